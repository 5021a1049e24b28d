/** Evaluates the condition language against a game in progress. */
import type { Condition, Op } from './condition-schema';
import type { GameContext } from './game-context';
import type { ScenarioIndex } from './scenario-index';

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

/** True when the condition holds. Rungs compare by their order on the ladder. */
export function holds(index: ScenarioIndex, ctx: GameContext, c: Condition): boolean {
  if (typeof c === 'boolean') return c;
  if ('all' in c) return c.all.every((x) => holds(index, ctx, x));
  if ('any' in c) return c.any.some((x) => holds(index, ctx, x));
  if ('not' in c) return !holds(index, ctx, c.not);
  if ('meter' in c) return compare(ctx.meters[c.meter] ?? 0, c.op, c.value);
  if ('rung' in c) {
    const order = index.rungOrder[c.rung];
    return compare(order?.[ctx.rungs[c.rung] ?? ''] ?? -1, c.op, order?.[c.value] ?? -1);
  }
  if ('stat' in c) {
    const value = c.stat === 'round' ? ctx.round : c.stat === 'capital' ? ctx.capital : ctx.rounds - ctx.round;
    return compare(value, c.op, c.value);
  }
  if ('flag' in c) return (ctx.flags[c.flag] === true) === (c.is ?? true);
  if ('played' in c) return (ctx.played[c.played] ?? 0) > 0;
  return ctx.seen[c.event] !== undefined;
}
