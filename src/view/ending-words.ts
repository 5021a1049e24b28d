/**
 * The endings' lines in words: a line on a meter ("78 or more"), what else an ending needs, the
 * warning when an early ending is near, and why an ending came before the last round. Every
 * sentence is the locale's, with the scenario's labels in place of ids.
 */
import type { Condition, Op } from '../engine/condition-schema';
import type { ScenarioIndex } from '../engine/scenario-index';
import type { Scenario } from '../engine/scenario-schema';
import type { GameView } from '../session/session';
import { type EndingLine, type Near, reachedBy } from './ending-lines';
import type { Translate } from './locale';
import { labelOf } from './refusal-words';

/** A meter's line as words: "78 or more". */
export function lineText(op: Op, value: number, t: Translate): string {
  return op === '==' || op === '!=' ? String(value) : t(`watch.op.${op}`, { value });
}

/** One condition as words: a meter at its line, a ladder at a rung; anything else said generally. */
export function conditionText(c: Condition, s: Scenario, t: Translate): string {
  if (typeof c !== 'boolean' && 'meter' in c)
    return t('watch.meter-at', { meter: labelOf(s.meters, c.meter), line: lineText(c.op, c.value, t) });
  if (typeof c !== 'boolean' && 'rung' in c) {
    const ladder = s.ladders.find((l) => l.id === c.rung);
    return t(`watch.rung-op.${c.op}`, { ladder: ladder?.label ?? c.rung, rung: labelOf(ladder?.rungs ?? [], c.value) });
  }
  return t('watch.other');
}

/** Several conditions joined into one clause. */
function allText(cs: readonly Condition[], s: Scenario, t: Translate): string {
  return cs.map((c) => conditionText(c, s, t)).join(t('watch.and'));
}

/** What a line on a meter means: the ending it reaches and whether that ends the game at once. */
export function lineMeaning(line: EndingLine, s: Scenario, t: Translate): string {
  const at = lineText(line.op, line.value, t);
  if (!line.early) return t('watch.line-end', { line: at, ending: line.label });
  return line.also.length === 0
    ? t('watch.line-early', { line: at, ending: line.label })
    : t('watch.line-early-also', { line: at, also: allText(line.also, s, t), ending: line.label });
}

/** The warning for an early ending the next round could bring. */
export function nearText(near: Near, s: Scenario, t: Translate): string {
  if (near.kind === 'rung') {
    const ladder = s.ladders.find((l) => l.id === near.ladder);
    return t('watch.near-rung', {
      ladder: ladder?.label ?? near.ladder,
      rung: labelOf(ladder?.rungs ?? [], near.rung),
      ending: near.label,
    });
  }
  const params = {
    meter: labelOf(s.meters, near.meter),
    value: near.value,
    line: lineText(near.line.op, near.line.value, t),
    ending: near.label,
  };
  return near.line.also.length === 0
    ? t('watch.near', params)
    : t('watch.near-also', { ...params, also: allText(near.line.also, s, t) });
}

/**
 * Why the game ended before its last round, when an ending checked after every round was
 * reached (null otherwise: the game ran its course, or the facilitator ended it).
 */
export function earlyText(index: ScenarioIndex, view: GameView, t: Translate): string | null {
  const s = index.scenario;
  const ending = s.endings.find((e) => e.id === view.ending);
  const entry = view.log.findLast((e) => e.kind === 'ending');
  if (ending?.at !== 'any' || entry?.kind !== 'ending' || entry.early || view.round >= view.rounds) return null;
  const reasons = reachedBy(index, view, ending.when).map((c) => reachedText(c, view, s, t));
  return t('watch.early', { round: view.round, rounds: view.rounds, reasons: reasons.join(t('watch.and')) });
}

function reachedText(c: Condition, view: GameView, s: Scenario, t: Translate): string {
  if (typeof c !== 'boolean' && 'meter' in c)
    return t('watch.reached-meter', {
      meter: labelOf(s.meters, c.meter),
      value: view.meters[c.meter] ?? 0,
      line: lineText(c.op, c.value, t),
    });
  if (typeof c !== 'boolean' && 'rung' in c) {
    const ladder = s.ladders.find((l) => l.id === c.rung);
    return t('watch.reached-rung', {
      ladder: ladder?.label ?? c.rung,
      rung: labelOf(ladder?.rungs ?? [], view.rungs[c.rung] ?? ''),
    });
  }
  return conditionText(c, s, t);
}
