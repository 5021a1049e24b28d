/**
 * The browser tests' window into the game, present only with `?test` in the address:
 * `window.redLines.snapshot()` reads the state, `window.redLines.send(intent)` sends an intent
 * through the same session the controls use. Without `?test` nothing is exposed.
 */
import type { Phase } from '../engine/game';
import type { GameContext } from '../engine/game-context';
import type { LocalSession } from '../session/local-session';
import type { Intent, IntentResult } from '../session/session';
import type { RenderCounts } from './table-presenter';

export interface HookSnapshot {
  screen: string;
  phase: Phase | null;
  context: GameContext | null;
  /** The drawn table has been painted for the current game. */
  tableReady: boolean;
  /** The current game's drawn table has had its first frame, on screen or unseen behind the briefing. */
  tableBuilt: boolean;
  /** When it was (performance.now()), for the benchmark's "time to an interactive table". */
  tableReadyAt: number | null;
  /** When the hand and the news had been dealt onto it too. */
  tableDealtAt: number | null;
  /** Something on the table is still moving. */
  animating: boolean;
  /** How many of the drawn table's objects stand frozen in one image now. */
  frozen: number;
  /** How many textures the drawn table's game holds: as many for each new game, none left behind. */
  textures: number;
  /** The last sentence the narrator announced. */
  narrated: string;
  /** For the current game: table models built and drawn-table draws so far. */
  renders: RenderCounts | null;
}

/**
 * What the benchmarks poll while they time the page: a few numbers read without copying the game,
 * so that their polling costs the page they measure next to nothing.
 */
export type HookProbe = Pick<
  HookSnapshot,
  'screen' | 'phase' | 'tableReady' | 'tableBuilt' | 'tableReadyAt' | 'tableDealtAt' | 'animating'
> & {
  /** Cards played this round. */
  played: number;
};

export interface TestHook {
  snapshot(): HookSnapshot;
  probe(): HookProbe;
  send(intent: Intent): Promise<IntentResult>;
}

/** What the app lets the hook read. */
export interface HookSources {
  screen(): string;
  session(): LocalSession | null;
  table(): {
    ready: boolean;
    built: boolean;
    readyAt: number;
    dealtAt: number;
    animating: boolean;
    frozen: number;
    textures: number;
  };
  counts(): RenderCounts | null;
  narrated(): string;
}

declare global {
  interface Window {
    redLines?: TestHook;
  }
}

function tableOf(from: HookSources, table: ReturnType<HookSources['table']>) {
  const ready = from.session() !== null && table.ready;
  return {
    tableReady: ready,
    tableBuilt: from.session() !== null && table.built,
    tableReadyAt: ready ? table.readyAt : null,
    tableDealtAt: ready && table.dealtAt >= table.readyAt ? table.dealtAt : null,
    animating: table.animating,
  };
}

function snapshotOf(from: HookSources): HookSnapshot {
  const session = from.session();
  const table = from.table();
  return {
    screen: from.screen(),
    phase: session?.view().phase ?? null,
    context: session?.game.context ?? null,
    ...tableOf(from, table),
    frozen: table.frozen,
    textures: table.textures,
    narrated: from.narrated(),
    renders: from.counts(),
  };
}

function probeOf(from: HookSources): HookProbe {
  const game = from.session()?.game;
  return {
    screen: from.screen(),
    phase: game?.phase ?? null,
    played: game?.context.playedThisRound.length ?? 0,
    ...tableOf(from, from.table()),
  };
}

export function installTestHook(location: Location, from: HookSources): void {
  if (!new URLSearchParams(location.search).has('test')) return;
  // A structured copy: the test reads plain data, never the live game.
  window.redLines = {
    snapshot: () => structuredClone(snapshotOf(from)),
    probe: () => probeOf(from),
    send: (intent) => from.session()?.send(intent) ?? Promise.resolve({ ok: false, refusal: { code: 'not-started' } }),
  };
}
