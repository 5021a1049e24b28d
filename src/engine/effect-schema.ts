/**
 * The effect language: what a card, event or reaction does. Every meter change carries its
 * cause (the card, event or reaction it came from) and may add a note saying why.
 */
import { z } from 'zod';
import { Id, Text } from './scenario-primitives';

export type Effect =
  | { meter: string; add: number; note?: string }
  | { meter: string; set: number; note?: string }
  | { capital: number; note?: string }
  | { flag: string; value?: boolean }
  | { move: { ladder: string; to?: string; by?: 1 | -1 }; note?: string }
  | { chance: Odds; label: string; success: Effect[]; failure?: Effect[] }
  | { after: number; label: string; effects: Effect[] }
  | { trigger: string }
  | { declare: string; public: boolean }
  | { judge: string; crossed: boolean }
  | VoteEffect;

/**
 * A decision that belongs to another seat or role (say, the opposition's vote in the Assembly):
 * the team that holds the voter chooses, with `yes` or `no` following; with no team holding it,
 * its bot votes yes with the odds of `bot` (see votes.ts).
 */
export interface VoteEffect {
  vote: string;
  voter: { seat: string; role?: string };
  label: string;
  bot: Odds;
  yes: Effect[];
  no?: Effect[];
}

/**
 * The odds of an uncertain outcome: a fixed probability, or one that slides with a meter
 * (`atMin` when the meter is at its minimum, `atMax` at its maximum, in a straight line between).
 */
export type Odds = number | { meter: string; atMin: number; atMax: number };
const Probability = z.number().min(0).max(1);
export const OddsSchema = z.union([Probability, z.strictObject({ meter: Id, atMin: Probability, atMax: Probability })]);

export const MoveTarget = z
  .strictObject({ ladder: Id, to: Id.optional(), by: z.union([z.literal(1), z.literal(-1)]).optional() })
  .refine((m) => (m.to === undefined) !== (m.by === undefined), 'exactly one of "to" or "by"');

export const EffectSchema: z.ZodType<Effect> = z.lazy(() =>
  z.union([
    z.strictObject({ meter: Id, add: z.number(), note: Text.optional() }),
    z.strictObject({ meter: Id, set: z.number(), note: Text.optional() }),
    z.strictObject({ capital: z.int(), note: Text.optional() }).describe('add to political capital'),
    z.strictObject({ flag: Id, value: z.boolean().optional() }),
    z.strictObject({ move: MoveTarget, note: Text.optional() }).describe('move a ladder, if a step allows it'),
    z
      .strictObject({
        chance: OddsSchema,
        label: Text,
        success: z.array(EffectSchema),
        failure: z.array(EffectSchema).optional(),
      })
      .describe('an uncertain outcome: the odds are shown before the choice and the roll after'),
    z
      .strictObject({ after: z.int().min(1).max(10), label: Text, effects: z.array(EffectSchema).min(1) })
      .describe('effects that land this many rounds later'),
    z.strictObject({ trigger: Id }).describe('an event that will be drawn at the next brief'),
    z
      .strictObject({ declare: Id, public: z.boolean() })
      .describe('declares one of the red lines (or pledges), publicly or privately'),
    z
      .strictObject({ judge: Id, crossed: z.boolean() })
      .describe("the class's judgement of a tested red line: crossed (an answer is due) or not"),
    z
      .strictObject({
        vote: Id.describe('names the vote, for the voting team and the log'),
        voter: z.strictObject({ seat: Id, role: Id.optional() }).describe('the seat (and role) whose choice it is'),
        label: Text.describe('the question, said as its yes: "The Assembly consents"'),
        bot: OddsSchema.describe("the odds that the voter's bot votes yes, when no team holds the voter"),
        yes: z.array(EffectSchema),
        no: z.array(EffectSchema).optional(),
      })
      .describe("another seat's or role's choice: its team votes, or its bot with the odds of `bot`"),
  ]),
);
