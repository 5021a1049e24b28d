/**
 * Plays a started game to its end through the `Game` API alone: the flow event of every phase,
 * and a player's turn in the decide phase. The look-ahead bot, fixed scripts and the balance
 * report all drive games this way, so they follow whatever the machine does between turns.
 */
import type { Game, Phase } from './game';
import type { PlayerEvent } from './game-events';

/** A player's turn: sends the card events of one decide phase (and never `turn.end`). */
export type Turn = (game: Game) => void;

/** The event that moves each phase on when no one acts; a phase added to the game must be named here. */
const MOVE_ON: Readonly<Record<Phase, PlayerEvent | null>> = {
  setup: null,
  brief: { type: 'brief.done' },
  deliberate: { type: 'deliberation.done' },
  decide: { type: 'turn.end' },
  resolve: { type: 'round.next' },
  ended: null,
};

/** Every round takes several events; a sound game never comes near this many steps. */
const MAX_STEPS = 10_000;

/** Plays on until the game ends, calling `turn` in each decide phase; stops early if the game refuses to move on. */
export function playOut(game: Game, turn: Turn): void {
  for (let step = 0; step < MAX_STEPS; step++) {
    const phase = game.phase;
    if (phase === 'decide') turn(game);
    const next = MOVE_ON[phase];
    if (next === null || !game.send(next).ok) return;
  }
}

/** Plays on to the next decide phase (or the end); true when a decide phase was reached. */
export function playToDecide(game: Game): boolean {
  for (let step = 0; step < MAX_STEPS; step++) {
    const phase = game.phase;
    if (phase === 'decide') return true;
    const next = MOVE_ON[phase];
    if (next === null || !game.send(next).ok) return false;
  }
  return false;
}

/** A turn that plays nothing. */
export const pass: Turn = () => {};
