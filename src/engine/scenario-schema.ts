/**
 * Scenario format v1: the zod schema every scenario file is parsed with.
 * The TypeScript types of a scenario are inferred from here, and the JSON Schema
 * that editors use (`schema/scenario.schema.json`) is generated from it.
 */
import { z } from 'zod';
import { type Condition, ConditionSchema } from './condition-schema';
import { type Effect, EffectSchema, MoveTarget } from './effect-schema';
import { Id, Text } from './scenario-primitives';

export { Id, Text };

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const Ids = z.array(Id);

const Source = z.strictObject({
  id: Id,
  publisher: Text,
  title: Text.optional(),
  date: z.string().optional().describe('when it was published: YYYY-MM-DD, YYYY-MM or YYYY'),
  url: z
    .url({ protocol: /^https$/, error: 'a web address starting with https://' })
    .optional()
    .describe('where a reader can check the claim; the check warns while it is missing'),
  kind: z
    .enum(['primary', 'agency', 'newspaper', 'aggregator', 'official-statement'])
    .optional()
    .describe(
      'primary: the document itself (a treaty, a transcript); agency: a news agency; newspaper: a paper or broadcaster; aggregator: a site retelling others; official-statement: a government or organisation speaking for itself',
    ),
});

/** The first day a text may be shown; the hindsight check reads the text against it. */
const VisibleFrom = IsoDate.describe(
  'the first day this may be shown to players (from the round whose period holds it); by default from the start',
);

const Objective = z
  .strictObject({
    id: Id,
    label: Text,
    description: Text,
    meter: Id.optional().describe('scored from this meter, 0–100, in the direction the meter says is better'),
    when: ConditionSchema.optional().describe('or scored 100 if this holds at the end, else 0'),
  })
  .refine((o) => (o.meter === undefined) !== (o.when === undefined), 'exactly one of "meter" or "when"');

const LineEffects = z.strictObject({
  declaredPublic: z.array(EffectSchema).optional().describe('when the line is declared publicly'),
  tested: z.array(EffectSchema).optional().describe("when the other side's act first meets the line's watch"),
  answered: z.array(EffectSchema).optional().describe('when an answer card is played for a line judged crossed'),
  unanswered: z
    .array(EffectSchema)
    .optional()
    .describe('at the deadline without an answer, for a public line (a line not judged counts as crossed)'),
  judgedNot: z.array(EffectSchema).optional().describe('when a public line is judged not crossed'),
  broken: z.array(EffectSchema).optional().describe("when a pledge's watch first holds"),
});

const RedLine = z.strictObject({
  id: Id,
  label: Text,
  text: Text,
  kind: z
    .enum(['line', 'pledge'])
    .describe('"line": on the other side\'s acts, judged by the class; "pledge": on one\'s own acts, broken at once'),
  watch: ConditionSchema.describe('what tests the line (or breaks the pledge) once it holds while declared'),
  answer: Ids.default([]).describe('the cards that answer the line when it is judged crossed'),
  answerWithin: z.int().min(1).max(5).default(1).describe('the decide phases the class has to judge and answer'),
  effects: LineEffects.default({}),
});

/** A fact or forecast only the team holding the role (or seat) sees. */
const PrivateFact = z.strictObject({ text: Text, sources: Ids.optional().describe('where the fact comes from') });

const Brief = z.strictObject({
  summary: Text,
  goals: z.array(Text).min(1),
  worries: z.array(Text).default([]),
  redLines: z.array(Text).default([]),
  owns: Text.describe('the kind of decision this role owns at the table'),
  private: z
    .array(PrivateFact)
    .optional()
    .describe("facts or forecasts shown only to the team holding this role (or seat), never to the others'"),
});

const Role = z.strictObject({
  id: Id,
  label: Text,
  brief: Brief,
  objectives: z
    .array(Objective)
    .optional()
    .describe("the role's own stake, scored in the debrief beside the council's"),
});

const Seat = z.strictObject({
  id: Id,
  label: Text,
  kind: z.enum(['player', 'actor']),
  description: Text,
  roles: z.array(Role).default([]),
  brief: Brief.optional().describe('shown to a team that takes this seat instead of its bot'),
  objectives: z.array(Objective).optional().describe("the seat's own stake, scored in the debrief"),
});

const Meter = z.strictObject({
  id: Id,
  label: Text,
  description: Text,
  min: z.number().default(0),
  max: z.number().default(100),
  start: z.number(),
  better: z.enum(['higher', 'lower']).describe('which way is good for the player seat'),
  basis: Text.optional().describe('why the meter starts where it does'),
  sources: Ids.default([]).describe('where the starting value comes from'),
});

const Capital = z.strictObject({
  label: Text,
  description: Text,
  start: z.int().min(0),
  perRound: z.int().min(0),
  max: z.int().min(1),
});

const Tier = z.strictObject({ id: Id, label: Text, description: Text.optional() });
const Rung = z.strictObject({ id: Id, label: Text, tier: Id, description: Text });
const Step = z.strictObject({
  from: Id,
  to: Id,
  unlock: ConditionSchema.optional().describe('the step is open only while this holds'),
  locked: Text.optional().describe('why the step is closed, shown while unlock fails'),
  explain: Text.optional(),
  visibleFrom: VisibleFrom.optional(),
});

const Ladder = z.strictObject({
  id: Id,
  owner: Id,
  label: Text,
  description: Text,
  tiers: z.array(Tier).min(1),
  rungs: z.array(Rung).min(2).describe('in order, lowest first'),
  start: Id,
  steps: z.array(Step).min(1),
});

const Card = z.strictObject({
  id: Id,
  seat: Id,
  role: Id.optional().describe('the role at the table that owns this decision'),
  label: Text,
  text: Text,
  explain: Text.describe('one line: why it does what it does'),
  tier: Id.optional(),
  cost: z.int().min(0),
  posture: z.int().min(-2).max(3).describe('-2 de-escalates … 0 holds … 3 escalates sharply; used by bots'),
  requires: ConditionSchema.optional(),
  locked: Text.optional().describe('why the card is closed while "requires" fails'),
  move: MoveTarget.optional(),
  effects: z.array(EffectSchema).default([]),
  once: z.boolean().default(false),
  fade: z
    .number()
    .gt(0)
    .max(1)
    .optional()
    .describe("diminishing returns: each earlier play multiplies the card's meter changes by this"),
  sources: Ids.default([]).describe('where the facts behind the card come from'),
  visibleFrom: VisibleFrom.optional(),
});

const Quote = z.strictObject({ text: Text, speaker: Text, date: IsoDate });

/** What really happened, with the sources that say so; read only in the debrief. */
const Actually = z.strictObject({ text: Text, sources: Ids.min(1) });

/** One dated act of the player seat's real history, placed on a rung of its ladder. */
const PathStep = z.strictObject({
  date: IsoDate,
  rung: Id,
  kind: z.enum(['historical', 'reported']).default('historical').describe('"reported": claimed, never confirmed'),
  text: Text,
  sources: Ids.min(1),
});

const Trigger = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('scheduled') }).describe('drawn in the round whose period holds the event date'),
  z.strictObject({
    type: z.literal('random'),
    weight: z.number().positive(),
    when: ConditionSchema.optional(),
  }),
  z.strictObject({ type: z.literal('conditional'), when: ConditionSchema }),
]);

const GameEvent = z
  .strictObject({
    id: Id,
    title: Text,
    text: Text,
    kind: z.enum(['historical', 'reported', 'hypothetical']),
    date: IsoDate.optional(),
    sources: Ids.default([]),
    quote: Quote.optional(),
    trigger: Trigger,
    once: z.boolean().default(true),
    effects: z.array(EffectSchema).default([]),
    actually: Actually.optional().describe(
      'for a hypothetical event with a real counterpart: what really happened, for the debrief',
    ),
  })
  .superRefine((e, ctx) => {
    if (e.kind !== 'hypothetical' && e.sources.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `at least one source for a ${e.kind} event` });
    if (e.kind !== 'hypothetical' && !e.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a date for a ${e.kind} event` });
    if (e.trigger.type === 'scheduled' && !e.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a date for a scheduled event' });
  });

const Reaction = z.strictObject({
  id: Id,
  seat: Id,
  label: Text,
  text: Text,
  when: ConditionSchema,
  effects: z.array(EffectSchema).min(1),
  once: z.boolean().default(false),
});

const Ending = z.strictObject({
  id: Id,
  label: Text,
  text: Text,
  at: z.enum(['any', 'end']).describe('"any": checked after every round; "end": only after the last'),
  when: ConditionSchema,
});

const Round = z.strictObject({
  label: Text,
  until: IsoDate.describe('the last day of the period this round covers'),
  actually: Actually.optional().describe('what really happened in this period, for the debrief'),
});

const Length = z.strictObject({
  id: Id,
  label: Text,
  minutes: z.int().positive(),
  deliberationSeconds: z.int().positive(),
  from: IsoDate.optional().describe(
    'the day play begins: nothing shown from the first round may know of a later date (by default the first round until)',
  ),
  rounds: z.array(Round).min(1).max(30),
  aftermath: z
    .array(
      z.strictObject({ label: Text, until: IsoDate.describe('the last day of the period this projection covers') }),
    )
    .max(2)
    .optional()
    .describe(
      'one or two periods played after the last round by the bots alone (news, delayed effects, reactions), before the ending and the scores are read',
    ),
});

const Rules = z.strictObject({
  cardsPerRound: z.int().min(1).default(2),
  movesPerRound: z.int().min(0).default(1),
  randomEventsPerRound: z.int().min(0).default(1),
  credibility: Id.optional().describe(
    "the meter that stands for the council's credibility, shown beside its red lines",
  ),
  council: z
    .strictObject({
      chair: Id.describe('the role of the player seat whose team picks which proposals become decisions'),
      proposalsPerTeam: z.union([z.literal(1), z.literal(2)]).default(1),
    })
    .optional()
    .describe("with teams, the player seat's teams propose and the chair's team adopts or vetoes"),
  idleTeamsKeepBots: z
    .boolean()
    .optional()
    .describe("an actor seat a team holds keeps its bot's reactions in every round its team plays no card"),
});

/** One dated act of another country's, with the sources that say so. */
const ComparisonStep = z.strictObject({
  date: IsoDate,
  text: Text,
  sources: Ids.default([]).describe('where this step comes from'),
});

/** A sourced sentence of the case as a whole, for the comparison of two cases. */
const CaseNote = z.strictObject({ text: Text, sources: Ids.min(1).describe('where this comes from') });

/** What the comparison of two cases reads about this one (`debrief.case`). */
const Case = z.strictObject({
  government: Text.describe('who decided, as the comparison names them, e.g. "Germany\'s federal government"'),
  stopped: CaseNote.describe('where the real government stopped, and what it never did'),
  feared: z.array(CaseNote).min(1).describe('what the real government feared, each in its own sentence'),
  lines: z
    .array(
      z.strictObject({
        date: IsoDate,
        by: Text.describe('who declared it'),
        text: Text,
        outcome: z.enum(['held', 'crossed', 'dropped', 'open']).describe('what became of it by the end of the case'),
        sources: Ids.min(1),
      }),
    )
    .default([])
    .describe('red lines and pledges declared in the real case, by either side, and what became of each'),
  questions: z
    .array(
      z.strictObject({
        id: Id,
        with: Id.describe('the id of the other scenario this question compares the case with'),
        text: Text,
        sources: Ids.default([]),
      }),
    )
    .default([])
    .describe('questions that set this case beside another'),
});

const Debrief = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: Id,
        text: Text,
        theme: Text.optional(),
        sources: Ids.default([]).describe('where an idea the question uses comes from'),
      }),
    )
    .default([]),
  comparisons: z
    .array(
      z.strictObject({
        id: Id,
        label: Text,
        steps: z.array(ComparisonStep).min(1),
        sources: Ids.default([]).describe('where the comparison as a whole comes from'),
      }),
    )
    .default([]),
  actualPath: z
    .strictObject({
      ladder: Id.describe("the ladder the path is drawn on, usually the player seat's"),
      label: Text.optional(),
      steps: z.array(PathStep).min(1).describe('in date order'),
    })
    .optional()
    .describe("where the real government's acts stood on the ladder, drawn beside the class's path"),
  case: Case.optional().describe('what a comparison with another case reads about this one'),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('red-lines-scenario'),
  formatVersion: z.literal(1),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  title: Text,
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag like en or ko'),
  summary: Text,
  player: Id.describe('the seat the class plays by default'),
  sources: z.array(Source).default([]),
  seats: z.array(Seat).min(1),
  meters: z.array(Meter).min(1),
  capital: Capital,
  ladders: z.array(Ladder).min(1).describe("the player seat's ladder first, then the counter-ladders"),
  cards: z.array(Card).min(1),
  events: z.array(GameEvent).default([]),
  reactions: z.array(Reaction).default([]),
  redLines: z
    .array(RedLine)
    .optional()
    .describe('lines the class may declare on the other side, and pledges on its own acts'),
  endings: z.array(Ending).min(1),
  objectives: z.array(Objective).default([]),
  lengths: z.array(Length).min(1),
  rules: Rules.default({ cardsPerRound: 2, movesPerRound: 1, randomEventsPerRound: 1 }),
  debrief: Debrief.default({ questions: [], comparisons: [] }),
  glossary: z.array(z.strictObject({ term: Text, definition: Text, visibleFrom: VisibleFrom.optional() })).default([]),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Seat = Scenario['seats'][number];
export type Meter = Scenario['meters'][number];
export type Ladder = Scenario['ladders'][number];
export type Step = Ladder['steps'][number];
export type Card = Scenario['cards'][number];
export type ScenarioEvent = Scenario['events'][number];
export type Reaction = Scenario['reactions'][number];
export type Ending = Scenario['endings'][number];
export type Length = Scenario['lengths'][number];
export type RedLine = NonNullable<Scenario['redLines']>[number];
export type Objective = Scenario['objectives'][number];
export type Brief = Role['brief'];
export type Role = Seat['roles'][number];
export type PrivateFact = NonNullable<Brief['private']>[number];
export type { Condition, Effect };
