/**
 * A draft: the context of the next state, being made by one step (a brief, a card, a resolve,
 * an inject) from the context the machine holds, which is never written into.
 *
 * A draft shares the context's records and lists until it changes one. The first change of a
 * record copies it into the draft (`own`), and later changes in the same step write into that
 * copy; a list is replaced by a new one. Only the log, which almost every step adds to, is copied
 * at once.
 *
 * The records that grow one key at a time, in whatever order things happen in a game (flags, the
 * cards played, the events seen, the reactions fired), have no prototype: an id such as
 * `constructor` is a plain key there, and a look-up stays fast however many orders of keys the
 * games have made. (Objects built key by key in varying orders each get their own shape in the
 * JavaScript engine, and looking a key up across hundreds of shapes was the slowest part of a round.)
 */
import type { GameContext } from './game-context';

export type Draft = GameContext;

type FixedRecord = 'meters' | 'rungs';
type GrowingRecord = 'flags' | 'played' | 'seen' | 'reactionsFired' | 'lines';

export function draftOf(ctx: GameContext): Draft {
  return { ...ctx, log: ctx.log.slice() };
}

/** An empty record of the growing kind, without a prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const BIT: Record<FixedRecord | GrowingRecord, number> = {
  meters: 1,
  rungs: 2,
  flags: 4,
  played: 8,
  seen: 16,
  reactionsFired: 32,
  lines: 64,
};

/** The records each draft has copied already in this step, one bit each. */
const owned = new WeakMap<Draft, number>();

/** The draft's own copy of one of its records, to write into: made at the step's first change of it. */
export function own<K extends FixedRecord | GrowingRecord>(d: Draft, key: K): NonNullable<Draft[K]> {
  const mine = owned.get(d) ?? 0;
  if ((mine & BIT[key]) === 0) {
    // Meters and rungs hold every key from the start, in the scenario's order: a spread keeps their shape.
    const record: Record<string, unknown> = d[key] ?? emptyRecord();
    d[key] = (key === 'meters' || key === 'rungs' ? { ...record } : copyOf(record)) as Draft[K];
    owned.set(d, mine | BIT[key]);
  }
  return d[key] as NonNullable<Draft[K]>;
}

function copyOf<T>(record: Record<string, T>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const key of Object.keys(record)) out[key] = record[key] as T;
  return out;
}
