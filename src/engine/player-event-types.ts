/**
 * The type of every event a player may send (game-events.ts has each one's full schema), for a
 * cheap check at the edge. A plain list, so that a game runs without loading the schema library:
 * the compiler holds each name to the schema's types, and a unit test the whole list to the schema.
 */
import type { PlayerEvent } from './game-events';

const TYPES = [
  'game.start',
  'brief.done',
  'deliberation.done',
  'card.play',
  'card.propose',
  'card.withdraw',
  'council.decide',
  'vote.cast',
  'turn.end',
  'round.next',
  'facilitator.pause',
  'facilitator.resume',
  'facilitator.extend',
  'facilitator.inject',
  'facilitator.write',
  'facilitator.undo',
  'facilitator.end',
] as const satisfies readonly PlayerEvent['type'][];

export const playerEventTypes: ReadonlySet<string> = new Set(TYPES);
