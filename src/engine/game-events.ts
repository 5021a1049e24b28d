/** The events a game accepts: plain serialisable objects, ready to travel in a save or over a network. */
import { z } from 'zod';
import { Id, Text } from './scenario-primitives';

const Team = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(40),
  seat: Id,
  role: Id.optional().describe('for a team at the player seat: the role it speaks for'),
});

/** A news item the facilitator writes on the spot; its effects are plain meter changes. */
const CustomInject = z.strictObject({
  title: Text.and(z.string().max(120)),
  text: Text,
  effects: z.array(z.strictObject({ meter: Id, add: z.int().min(-50).max(50) })).max(6),
});

export const PlayerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('game.start'),
    length: Id,
    humans: z.array(Id).min(1).optional(),
    teams: z.array(Team).min(1).max(6).optional(),
    requireRationale: z.boolean().optional(),
    deliberationSeconds: z.int().min(10).max(3600).optional(),
  }),
  z.strictObject({ type: z.literal('brief.done') }),
  z.strictObject({ type: z.literal('deliberation.done') }),
  z.strictObject({
    type: z.literal('card.play'),
    seat: Id,
    card: Id,
    team: Id.optional(),
    rationale: z.string().max(2000).optional(),
  }),
  z.strictObject({
    type: z.literal('card.propose'),
    seat: Id,
    card: Id,
    team: Id,
    rationale: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('card.withdraw'), team: Id, card: Id }),
  z.strictObject({
    type: z.literal('council.decide'),
    team: Id,
    adopt: z.array(Id).max(10),
    rationale: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('vote.cast'), team: Id, vote: Id, yes: z.boolean() }),
  z.strictObject({ type: z.literal('turn.end') }),
  z.strictObject({ type: z.literal('round.next') }),
  z.strictObject({ type: z.literal('facilitator.pause') }),
  z.strictObject({ type: z.literal('facilitator.resume') }),
  z.strictObject({ type: z.literal('facilitator.extend'), seconds: z.int().min(1).max(3600) }),
  z.strictObject({ type: z.literal('facilitator.inject'), event: Id }),
  z.strictObject({ type: z.literal('facilitator.write'), inject: CustomInject }),
  z.strictObject({ type: z.literal('facilitator.undo') }),
  z.strictObject({ type: z.literal('facilitator.end') }),
]);

/** An event a player, a facilitator or a bot sends. */
export type PlayerEvent = z.infer<typeof PlayerEventSchema>;
export type StartEvent = Extract<PlayerEvent, { type: 'game.start' }>;
export type CardPlayEvent = Extract<PlayerEvent, { type: 'card.play' }>;
export type ProposeEvent = Extract<PlayerEvent, { type: 'card.propose' }>;
export type WithdrawEvent = Extract<PlayerEvent, { type: 'card.withdraw' }>;
export type DecideEvent = Extract<PlayerEvent, { type: 'council.decide' }>;
export type VoteEvent = Extract<PlayerEvent, { type: 'vote.cast' }>;
export type CustomInjectEvent = Extract<PlayerEvent, { type: 'facilitator.write' }>;
export type TeamSpec = z.infer<typeof Team>;

/** The type of every event a player may send, for a cheap check at the edge. */
export const playerEventTypes: ReadonlySet<string> = new Set(PlayerEventSchema.options.map((o) => o.shape.type.value));
