/**
 * What the debrief shows and the exports write, read from a finished (or paused) game's
 * context: meters over the rounds, the path taken on each ladder, each objective's score,
 * each round's record beside what actually happened, and one row per decision for grading.
 */
import { holds } from './conditions';
import type { Cause, GameContext } from './game-context';
import type { ScenarioIndex } from './scenario-index';
import type { Objective } from './scenario-schema';

/** Each meter's value at the start (index 0) and at the end of every round played. */
export function meterSeries(index: ScenarioIndex, ctx: GameContext): Record<string, number[]> {
  const current: Record<string, number> = {};
  for (const m of index.scenario.meters) current[m.id] = m.start;
  const series: Record<string, number[]> = {};
  for (const m of index.scenario.meters) series[m.id] = [m.start];
  let round = 0;
  const close = (upTo: number) => {
    for (; round < upTo; round++) for (const m of index.scenario.meters) series[m.id]?.push(current[m.id] ?? m.start);
  };
  for (const entry of ctx.log) {
    if (entry.kind === 'round') close(entry.round - 1);
    else if (entry.kind === 'meter') current[entry.id] = entry.to;
  }
  close(ctx.round);
  return series;
}

export interface PathStep {
  round: number;
  from: string;
  to: string;
  cause: Cause;
  /** True when the step went down the ladder. */
  down: boolean;
}

/** Every move a ladder made, in order, including steps back down. */
export function ladderPath(index: ScenarioIndex, ctx: GameContext, ladder: string): PathStep[] {
  const order = index.rungOrder[ladder] ?? {};
  const out: PathStep[] = [];
  for (const e of ctx.log)
    if (e.kind === 'rung' && e.ladder === ladder)
      out.push({
        round: e.round,
        from: e.from,
        to: e.to,
        cause: e.cause,
        down: (order[e.to] ?? 0) < (order[e.from] ?? 0),
      });
  return out;
}

export interface ObjectiveScore {
  id: string;
  label: string;
  description: string;
  /** 0–100: a meter objective scores the meter in its better direction; a condition scores 100 or 0. */
  score: number;
}

/** The scenario's objectives, each scored now. */
export function objectiveScores(index: ScenarioIndex, ctx: GameContext): ObjectiveScore[] {
  return scoreObjectives(index, ctx, index.scenario.objectives);
}

/** Any list of objectives (the scenario's, a role's, a seat's), each scored now. */
export function scoreObjectives(
  index: ScenarioIndex,
  ctx: GameContext,
  objectives: readonly Objective[],
): ObjectiveScore[] {
  return objectives.map((o) => {
    let score = 0;
    if (o.meter !== undefined) {
      const m = index.meters[o.meter];
      const v = ctx.meters[o.meter] ?? 0;
      if (m) {
        const share = (v - m.min) / (m.max - m.min);
        score = Math.round(100 * (m.better === 'higher' ? share : 1 - share));
      }
    } else if (o.when !== undefined) score = holds(index, ctx, o.when) ? 100 : 0;
    return { id: o.id, label: o.label, description: o.description, score };
  });
}

export interface Decision {
  round: number;
  roundLabel: string;
  team: string;
  seat: string;
  role: string;
  card: string;
  label: string;
  cost: number;
  rationale: string;
}

/** One row per card played, with its team and rationale: what a teacher grades. */
export function decisions(index: ScenarioIndex, ctx: GameContext): Decision[] {
  const periods = index.scenario.lengths.find((l) => l.id === ctx.length)?.rounds ?? [];
  const seats = new Map(index.scenario.seats.map((s) => [s.id, s]));
  const out: Decision[] = [];
  for (const e of ctx.log) {
    if (e.kind !== 'card') continue;
    const card = index.cards[e.id];
    const team = ctx.teams.find((t) => t.id === e.team);
    const seat = seats.get(e.seat);
    const roleId = card?.role ?? team?.role;
    out.push({
      round: e.round,
      roundLabel: periods[e.round - 1]?.label ?? '',
      team: team?.name ?? seat?.label ?? e.seat,
      seat: seat?.label ?? e.seat,
      role: seat?.roles.find((r) => r.id === roleId)?.label ?? '',
      card: e.id,
      label: card?.label ?? e.id,
      cost: card?.cost ?? 0,
      rationale: e.rationale ?? '',
    });
  }
  return out;
}
