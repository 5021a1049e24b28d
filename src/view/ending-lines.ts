/**
 * The lines the endings draw on the meters, read from the scenario's conditions: at which value
 * of which meter an ending is reached, whether it can end the game early (checked after every
 * round) or is judged at the end, and what else it needs. The table and the briefing draw them,
 * the table warns a round ahead when an early ending is near, and the ending says which line
 * was crossed.
 */
import type { Condition, Op } from '../engine/condition-schema';
import { holds } from '../engine/conditions';
import type { GameContext } from '../engine/game-context';
import type { ScenarioIndex } from '../engine/scenario-index';
import type { Scenario } from '../engine/scenario-schema';
import type { GameView } from '../session/session';

export interface EndingLine {
  ending: string;
  label: string;
  meter: string;
  op: Op;
  value: number;
  /** True when the ending can come before the last round; false when it is judged at the end. */
  early: boolean;
  /** What else the ending needs with this line (empty: crossing the line alone reaches it). */
  also: Condition[];
}

const FLIP: Partial<Record<Op, Op>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** Every meter line of every ending, in the scenario's order. */
export function endingLines(scenario: Scenario): EndingLine[] {
  const out: EndingLine[] = [];
  for (const ending of scenario.endings) {
    const early = ending.at === 'any';
    const walk = (c: Condition, also: Condition[], negated: boolean): void => {
      if (typeof c === 'boolean') return;
      if ('all' in c)
        for (const [i, x] of c.all.entries()) walk(x, [...also, ...c.all.filter((_, j) => j !== i)], negated);
      else if ('any' in c) for (const x of c.any) walk(x, also, negated);
      else if ('not' in c) walk(c.not, also, !negated);
      else if ('meter' in c) {
        const op = negated ? FLIP[c.op] : c.op;
        if (op !== undefined && op !== '==' && op !== '!=')
          out.push({ ending: ending.id, label: ending.label, meter: c.meter, op, value: c.value, early, also });
      }
    };
    walk(ending.when, [], false);
  }
  return out;
}

/** The lines drawn on one meter. */
export function linesOf(lines: readonly EndingLine[], meter: string): EndingLine[] {
  return lines.filter((l) => l.meter === meter);
}

/**
 * The state of play a view shows, as the condition language reads it. A view lacks only what a
 * player may never see (the seed, the generator, delayed effects' contents), which no condition reads.
 */
export function playState(view: GameView): GameContext {
  return { ...view, seed: 0, rng: 0, pending: [] };
}

/**
 * How close a meter must come to an early ending's line for the table to warn: a tenth of its
 * range (10 points on 0–100), about what one round's news, decisions and answers move a meter.
 */
export function nearBy(min: number, max: number): number {
  return Math.max(1, Math.ceil((max - min) / 10));
}

/** An early ending that the next round could bring: by a meter moving `nearBy`, or a ladder moving a step. */
export type Near =
  | { ending: string; label: string; kind: 'meter'; meter: string; value: number; line: EndingLine }
  | { ending: string; label: string; kind: 'rung'; ladder: string; rung: string };

/** The early endings within reach of the next round, each once, with what brings it near. */
export function nearEndings(index: ScenarioIndex, view: GameView, lines: readonly EndingLine[]): Near[] {
  const state = playState(view);
  const out: Near[] = [];
  for (const ending of index.scenario.endings) {
    if (ending.at !== 'any' || holds(index, state, ending.when)) continue;
    const named = { ending: ending.id, label: ending.label };
    const byMeter = nearByMeter(index, state, lines, ending.id);
    const byRung = byMeter ? undefined : nearByRung(index, state, ending.when);
    if (byMeter) out.push({ ...named, ...byMeter });
    else if (byRung) out.push({ ...named, ...byRung });
  }
  return out;
}

function nearByMeter(
  index: ScenarioIndex,
  state: GameContext,
  lines: readonly EndingLine[],
  ending: string,
): Omit<Extract<Near, { kind: 'meter' }>, 'ending' | 'label'> | undefined {
  const own = lines.filter((l) => l.ending === ending && l.also.every((c) => holds(index, state, c)));
  // The nearest line first: the one the meter would cross soonest.
  const byDistance = own
    .map((line) => ({ line, gap: Math.abs((state.meters[line.meter] ?? 0) - line.value) }))
    .sort((a, b) => a.gap - b.gap);
  for (const { line, gap } of byDistance) {
    const meter = index.scenario.meters.find((m) => m.id === line.meter);
    if (!meter || gap > nearBy(meter.min, meter.max)) continue;
    const value = state.meters[line.meter] ?? meter.start;
    return { kind: 'meter', meter: line.meter, value, line };
  }
  return undefined;
}

function nearByRung(
  index: ScenarioIndex,
  state: GameContext,
  when: Condition,
): Omit<Extract<Near, { kind: 'rung' }>, 'ending' | 'label'> | undefined {
  for (const ladder of index.scenario.ladders) {
    const at = ladder.rungs.findIndex((r) => r.id === state.rungs[ladder.id]);
    for (const next of [ladder.rungs[at + 1], ladder.rungs[at - 1]]) {
      if (!next) continue;
      const moved = { ...state, rungs: { ...state.rungs, [ladder.id]: next.id } };
      if (holds(index, moved, when)) return { kind: 'rung', ladder: ladder.id, rung: next.id };
    }
  }
  return undefined;
}

/** The conditions that reached an ending: the branch of its condition that holds, leaf by leaf. */
export function reachedBy(index: ScenarioIndex, view: GameView, when: Condition): Condition[] {
  const state = playState(view);
  const walk = (c: Condition): Condition[] => {
    if (typeof c === 'boolean' || 'not' in c) return [];
    if ('all' in c) return c.all.flatMap(walk);
    if ('any' in c) {
      const first = c.any.find((x) => holds(index, state, x));
      return first === undefined ? [] : walk(first);
    }
    return holds(index, state, c) ? [c] : [];
  };
  return walk(when);
}
