/**
 * The decisions a facilitator took back. An undo replays the game without the last decision, so
 * it leaves the game's log; the save keeps both the decision and the undo, and the record reads
 * them from there: which card (played, proposed, or adopted by the council's chair), whose, with
 * what rationale, in which round.
 */
import type { PlayerEvent } from '../engine/game-events';
import { lastUndoable } from '../engine/undoable';

export interface UndoneDecision {
  round: number;
  /** The card taken back, the team that played, proposed or adopted it (or the seat that played it). */
  event: { card: string; team: string | undefined; seat: string | undefined; rationale: string | undefined };
}

/** Every decision an undo took back, a card each, in the order the undos came. */
export function undoneDecisions(events: readonly PlayerEvent[]): UndoneDecision[] {
  const standing: PlayerEvent[] = [];
  const out: UndoneDecision[] = [];
  for (const event of events) {
    if (event.type !== 'facilitator.undo') {
      standing.push(event);
      continue;
    }
    // The last decision of the round still going on, as the game's own undo finds it.
    const cut = lastUndoable(standing);
    const taken = standing[cut];
    if (taken === undefined) continue;
    const round = 1 + standing.slice(0, cut).filter((e) => e.type === 'round.next').length;
    out.push(...cardsOf(taken).map((card) => ({ round, event: card })));
    standing.splice(cut);
  }
  return out;
}

/** The cards of a decision: the one played or proposed, or each the chair adopted. */
function cardsOf(event: PlayerEvent): UndoneDecision['event'][] {
  switch (event.type) {
    case 'card.play':
    case 'card.propose':
      return [{ card: event.card, team: event.team, seat: event.seat, rationale: event.rationale }];
    case 'council.decide':
      return event.adopt.map((card) => ({ card, team: event.team, seat: undefined, rationale: event.rationale }));
    default:
      return [];
  }
}
