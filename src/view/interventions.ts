/**
 * The decisions a facilitator took back. An undo replays the game without the last card, so
 * the card leaves the game's log; the save keeps both the card and the undo, and the record
 * reads them from there: which card, whose, with what rationale, in which round.
 */
import type { CardPlayEvent, PlayerEvent } from '../engine/game-events';

export interface UndoneDecision {
  round: number;
  event: CardPlayEvent;
}

/** Every card play an undo took back, in the order the undos came. */
export function undoneDecisions(events: readonly PlayerEvent[]): UndoneDecision[] {
  const standing: PlayerEvent[] = [];
  const out: UndoneDecision[] = [];
  for (const event of events) {
    if (event.type !== 'facilitator.undo') {
      standing.push(event);
      continue;
    }
    // The last card of the round still going on, as the game's own undo finds it.
    for (let i = standing.length - 1; i >= 0; i--) {
      const earlier = standing[i];
      if (earlier === undefined || earlier.type === 'round.next' || earlier.type === 'game.start') break;
      if (earlier.type !== 'card.play') continue;
      const round = 1 + standing.slice(0, i).filter((e) => e.type === 'round.next').length;
      out.push({ round, event: earlier });
      standing.splice(i);
      break;
    }
  }
  return out;
}
