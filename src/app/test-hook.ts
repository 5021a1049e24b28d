/**
 * The browser tests' window into the game, present only with `?test` in the address:
 * `window.redLines.snapshot()` reads the state, `window.redLines.send(event)` sends an event
 * through the same path as the controls. Without `?test` nothing is exposed.
 */
import type { Phase, SendResult } from '../engine/game';
import type { GameContext } from '../engine/game-context';
import type { PlayerEvent } from '../engine/game-events';

export interface HookSnapshot {
  screen: string;
  phase: Phase | null;
  context: GameContext | null;
  /** The drawn table has been painted for the current game. */
  tableReady: boolean;
  /** When it was (performance.now()), for the benchmark's "time to an interactive table". */
  tableReadyAt: number | null;
  /** When the hand and the news had been dealt onto it too. */
  tableDealtAt: number | null;
  /** Something on the table is still moving. */
  animating: boolean;
  /** The last sentence the narrator announced. */
  narrated: string;
}

export interface TestHook {
  snapshot(): HookSnapshot;
  send(event: PlayerEvent): SendResult;
}

declare global {
  interface Window {
    redLines?: TestHook;
  }
}

export function installTestHook(location: Location, hook: TestHook): void {
  if (!new URLSearchParams(location.search).has('test')) return;
  // A structured copy: the test reads plain data, never the live game.
  window.redLines = {
    snapshot: () => structuredClone(hook.snapshot()),
    send: (event) => hook.send(event),
  };
}
