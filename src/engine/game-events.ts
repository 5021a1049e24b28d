/** The events a game accepts: plain serialisable objects, ready to travel in a save or over a network. */
import { z } from 'zod';
import { Id } from './scenario-primitives';

export const PlayerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('game.start'), length: Id, humans: z.array(Id).min(1).optional() }),
  z.strictObject({ type: z.literal('brief.done') }),
  z.strictObject({ type: z.literal('deliberation.done') }),
  z.strictObject({ type: z.literal('card.play'), seat: Id, card: Id, rationale: z.string().max(2000).optional() }),
  z.strictObject({ type: z.literal('turn.end') }),
  z.strictObject({ type: z.literal('round.next') }),
]);

/** An event a player, a facilitator or a bot sends. */
export type PlayerEvent = z.infer<typeof PlayerEventSchema>;

/** Raised inside the machine only, so the ladder states follow the context's rungs. */
export interface LadderMoved {
  type: 'ladder.moved';
  ladder: string;
  to: string;
}

export type MachineEvent = PlayerEvent | LadderMoved;

/** The type of every event a player may send, for a cheap check at the edge. */
export const playerEventTypes: ReadonlySet<string> = new Set(PlayerEventSchema.options.map((o) => o.shape.type.value));
