/**
 * The condition language: plain JSON, never code. A condition is `true`, `false`, a
 * combination (all/any/not) or one comparison on the state of play.
 */
import { z } from 'zod';
import { Id } from './scenario-primitives';

export const Ops = ['<', '<=', '>', '>=', '==', '!='] as const;
export type Op = (typeof Ops)[number];
const Op = z.enum(Ops);

export type Condition =
  | boolean
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { meter: string; op: Op; value: number }
  | { rung: string; op: Op; value: string }
  | { stat: 'round' | 'roundsLeft' | 'capital'; op: Op; value: number }
  | { flag: string; is?: boolean }
  | { played: string }
  | { event: string }
  | { line: string; is: LineIs };

/** What a condition may ask of a red line (see red-lines.ts). */
export const LINE_IS = [
  'declared',
  'public',
  'private',
  'standing',
  'tested',
  'crossed',
  'answered',
  'unanswered',
  'judgedNot',
  'broken',
] as const;
export type LineIs = (typeof LINE_IS)[number];

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.boolean(),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ meter: Id, op: Op, value: z.number() }).describe('compare a meter with a number'),
    z.strictObject({ rung: Id, op: Op, value: Id }).describe("compare a ladder's current rung with a rung, by order"),
    z.strictObject({ stat: z.enum(['round', 'roundsLeft', 'capital']), op: Op, value: z.number() }),
    z.strictObject({ flag: Id, is: z.boolean().optional() }).describe('a flag is set (or, with is:false, not set)'),
    z.strictObject({ played: Id }).describe('a card has been played at least once'),
    z.strictObject({ event: Id }).describe('an event has happened'),
    z.strictObject({ line: Id, is: z.enum(LINE_IS) }).describe("a red line's state"),
  ]),
);
