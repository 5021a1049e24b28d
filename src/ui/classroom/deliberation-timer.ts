/**
 * The deliberation timer of a class game: counts down the round's deliberation time (the
 * facilitator's extensions included, read from the game's context), stands still while the
 * game is paused, and at zero sends `deliberation.done` — time reaches the game only as an
 * event. The seconds already spent are kept with the session, so a reload does not restart it.
 */
import type { Game, SendResult } from '../../engine/game';
import type { PlayerEvent } from '../../engine/game-events';

export interface TimerState {
  round: number;
  /** Seconds of deliberation already used in this round. */
  spent: number;
}

export interface DeliberationTimer {
  /** Seconds left, or null outside the deliberation (or before it has started counting). */
  left(): number | null;
  state(): TimerState | undefined;
  stop(): void;
}

/** Reads a stored timer back, refusing anything that is not one. */
export function readTimer(value: unknown): TimerState | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  return typeof v.round === 'number' && typeof v.spent === 'number' && v.spent >= 0
    ? { round: v.round, spent: v.spent }
    : undefined;
}

export function deliberationTimer(options: {
  game: () => Game;
  send(event: PlayerEvent): SendResult;
  stored?: TimerState;
  /** Called every second while it runs, and when it changes state. */
  onTick(): void;
  now?: () => number;
}): DeliberationTimer {
  const now = options.now ?? (() => performance.now());
  let state = options.stored;
  let last = now();
  const tick = () => {
    const t = now();
    const game = options.game();
    const ctx = game.context;
    const elapsed = (t - last) / 1000;
    last = t;
    if (game.phase !== 'deliberate') {
      state = undefined;
      return;
    }
    if (state === undefined || state.round !== ctx.round) state = { round: ctx.round, spent: 0 };
    else if (!ctx.paused) state = { round: state.round, spent: state.spent + elapsed };
    if (!ctx.paused && state.spent >= ctx.deliberationSeconds) options.send({ type: 'deliberation.done' });
    options.onTick();
  };
  const handle = setInterval(tick, 1000);
  return {
    left() {
      const game = options.game();
      if (game.phase !== 'deliberate') return null;
      const spent = state !== undefined && state.round === game.context.round ? state.spent : 0;
      return Math.max(0, game.context.deliberationSeconds - spent);
    },
    state: () => state,
    stop: () => clearInterval(handle),
  };
}
