/**
 * Evaluates the condition language against a game in progress. Each condition of a scenario is
 * turned once into a small function (kept beside the condition object, which never changes), so
 * the many checks of a round do not read the condition's shape again every time.
 */
import type { Condition, Op } from './condition-schema';
import type { GameContext } from './game-context';
import { lineIs } from './line-status';
import type { ScenarioIndex } from './scenario-index';

type Test = (index: ScenarioIndex, ctx: GameContext) => boolean;

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

const compiled = new WeakMap<Exclude<Condition, boolean>, Test>();

/** True when the condition holds. Rungs compare by their order on the ladder. */
export function holds(index: ScenarioIndex, ctx: GameContext, c: Condition): boolean {
  return typeof c === 'boolean' ? c : testOf(c)(index, ctx);
}

function testOf(c: Condition): Test {
  if (typeof c === 'boolean') return () => c;
  let test = compiled.get(c);
  if (!test) {
    test = compile(c);
    compiled.set(c, test);
  }
  return test;
}

function compile(c: Exclude<Condition, boolean>): Test {
  // Plain loops: a callback would be a new function on every check.
  if ('all' in c) {
    const tests = c.all.map(testOf);
    return (index, ctx) => {
      for (const t of tests) if (!t(index, ctx)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const tests = c.any.map(testOf);
    return (index, ctx) => {
      for (const t of tests) if (t(index, ctx)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const test = testOf(c.not);
    return (index, ctx) => !test(index, ctx);
  }
  if ('meter' in c) return (_, ctx) => compare(ctx.meters[c.meter] ?? 0, c.op, c.value);
  if ('rung' in c)
    return (index, ctx) => {
      const order = index.rungOrder[c.rung];
      return compare(order?.[ctx.rungs[c.rung] ?? ''] ?? -1, c.op, order?.[c.value] ?? -1);
    };
  if ('stat' in c) {
    if (c.stat === 'round') return (_, ctx) => compare(ctx.round, c.op, c.value);
    if (c.stat === 'capital') return (_, ctx) => compare(ctx.capital, c.op, c.value);
    return (_, ctx) => compare(ctx.rounds - ctx.round, c.op, c.value);
  }
  if ('flag' in c) {
    const is = c.is ?? true;
    return (_, ctx) => (ctx.flags[c.flag] === true) === is;
  }
  if ('played' in c) return (_, ctx) => (ctx.played[c.played] ?? 0) > 0;
  if ('line' in c) return (_, ctx) => lineIs(ctx.lines?.[c.line], c.is);
  return (_, ctx) => ctx.seen[c.event] !== undefined;
}
