/**
 * Red lines and pledges. The class declares a line (a card's `declare` effect), publicly or
 * privately. A `line` watches the other side: when its `watch` first holds while declared, it is
 * tested, and the class judges it with a card's `judge` effect. Judged crossed, one of its
 * `answer` cards is due by the deadline (`answerWithin` decide phases); not judged by then counts
 * as crossed and unanswered. A `pledge` watches one's own side: when its `watch` first holds, it
 * is broken at once. Nothing else decides: no event declares a line crossed.
 *
 * Only a public line costs anything when bent (`judgedNot`) or left unanswered (`unanswered`):
 * nobody outside was told of a private one.
 */
import { holds } from './conditions';
import { type Draft, own } from './draft';
import type { Effect } from './effect-schema';
import type { Cause, GameContext, LineState, LineStatus } from './game-context';
import type { ScenarioIndex } from './scenario-index';
import type { Card, RedLine } from './scenario-schema';

/** Applies a list of effects (effects.ts passes its own, which would otherwise import this file back). */
export type ApplyEffects = (index: ScenarioIndex, d: Draft, effects: readonly Effect[], cause: Cause) => void;

/** Sets a line's state, logs the change and applies the effects it brings, if any. */
function setLine(
  index: ScenarioIndex,
  d: Draft,
  line: RedLine,
  state: LineState,
  effects: readonly Effect[] | undefined,
  apply: ApplyEffects,
): void {
  own(d, 'lines')[line.id] = state;
  d.log.push({ kind: 'line', round: d.round, id: line.id, status: state.status, declared: state.declared });
  if (effects) apply(index, d, effects, { kind: 'line', id: line.id });
}

/** Declares a line; declaring publicly a line held privately makes it public. Anything else changes nothing. */
export function declareLine(index: ScenarioIndex, d: Draft, id: string, isPublic: boolean, apply: ApplyEffects): void {
  const line = index.redLines[id];
  if (!line || !declarationCounts(d, id, isPublic)) return;
  const before = d.lines?.[id];
  const declared: LineState['declared'] = isPublic ? 'public' : 'private';
  const state = before ? { ...before, declared } : { declared, round: d.round, status: 'declared' as const };
  setLine(index, d, line, state, isPublic ? line.effects.declaredPublic : undefined, apply);
}

/** True when a declaration would change something: the line is not declared yet, or goes public. */
export function declarationCounts(ctx: GameContext, id: string, isPublic: boolean): boolean {
  const before = ctx.lines?.[id];
  return before === undefined || (isPublic && before.declared === 'private');
}

/** The class's judgement of a tested line: crossed (an answer is due by the deadline) or not. */
export function judgeLine(index: ScenarioIndex, d: Draft, id: string, crossed: boolean, apply: ApplyEffects): void {
  const line = index.redLines[id];
  const before = d.lines?.[id];
  if (!line || before?.status !== 'tested') return;
  const status: LineStatus = crossed ? 'crossed' : 'judgedNot';
  const costs = !crossed && before.declared === 'public';
  setLine(index, d, line, { ...before, status }, costs ? line.effects.judgedNot : undefined, apply);
}

/** A card played: it answers every line judged crossed that lists it. */
export function answerLines(index: ScenarioIndex, d: Draft, card: string, apply: ApplyEffects): void {
  for (const line of index.answeredBy[card] ?? []) {
    const before = d.lines?.[line.id];
    if (before?.status === 'crossed')
      setLine(index, d, line, { ...before, status: 'answered' }, line.effects.answered, apply);
  }
}

/**
 * Looks at every declared line that has not been tested yet: a line whose watch holds is tested
 * (its deadline the end of the decide phase `firstDecide + answerWithin − 1`), a pledge is broken.
 */
export function watchLines(index: ScenarioIndex, d: Draft, firstDecide: number, apply: ApplyEffects): void {
  if (d.lines === undefined) return;
  for (const line of index.scenario.redLines ?? []) {
    const before = d.lines[line.id];
    if (before?.status !== 'declared' || !holds(index, d, line.watch)) continue;
    if (line.kind === 'pledge') setLine(index, d, line, { ...before, status: 'broken' }, line.effects.broken, apply);
    else {
      const state = { ...before, status: 'tested' as const, due: firstDecide + line.answerWithin - 1 };
      setLine(index, d, line, state, line.effects.tested, apply);
    }
  }
}

/** In the resolve: every line tested or judged crossed whose last round to answer has passed goes unanswered. */
export function lineDeadlines(index: ScenarioIndex, d: Draft, apply: ApplyEffects): void {
  if (d.lines === undefined) return;
  for (const line of index.scenario.redLines ?? []) {
    const before = d.lines[line.id];
    if (!before || (before.status !== 'tested' && before.status !== 'crossed') || (before.due ?? 0) > d.round) continue;
    const costs = before.declared === 'public';
    setLine(index, d, line, { ...before, status: 'unanswered' }, costs ? line.effects.unanswered : undefined, apply);
  }
}

/**
 * Why a card that declares or judges a line would do nothing now: the line is declared already
 * (as publicly as the card would), or it is not waiting for the class's judgement.
 */
export function lineBlocker(
  ctx: GameContext,
  card: Card,
): { code: 'line-declared'; line: string } | { code: 'line-not-tested'; line: string } | null {
  for (const e of card.effects) {
    if ('declare' in e && !declarationCounts(ctx, e.declare, e.public))
      return { code: 'line-declared', line: e.declare };
    if ('judge' in e && ctx.lines?.[e.judge]?.status !== 'tested') return { code: 'line-not-tested', line: e.judge };
  }
  return null;
}
