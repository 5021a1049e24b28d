/**
 * Which decision the facilitator's undo takes back: the last one made in the round still going
 * on, whether a card played, a card proposed to the council, or the chair's decision (which
 * played the cards it adopted). The game's undo and the record of what was taken back read it
 * alike.
 */
import type { PlayerEvent } from './game-events';

const UNDOABLE: ReadonlySet<PlayerEvent['type']> = new Set(['card.play', 'card.propose', 'council.decide']);

/** Where the last decision stands in `events`, if it was made in the round still going on; else -1. */
export function lastUndoable(events: readonly PlayerEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i]?.type;
    if (type === 'round.next' || type === 'game.start') return -1;
    if (type !== undefined && UNDOABLE.has(type)) return i;
  }
  return -1;
}
