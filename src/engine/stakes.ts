/**
 * Every role's and seat's own stake: the objectives a role or a seat carries besides the
 * scenario's, scored the same way (0–100) for the debrief, beside the council's.
 */
import { type ObjectiveScore, scoreObjectives } from './debrief';
import type { GameContext } from './game-context';
import type { ScenarioIndex } from './scenario-index';

/** The scores of one role's (or, without `role`, one seat's) own objectives. */
export interface StakeScore {
  seat: string;
  role?: string;
  label: string;
  scores: ObjectiveScore[];
}

/** Each role and seat with objectives of its own, in the scenario's order (seat first, then its roles). */
export function stakeScores(index: ScenarioIndex, ctx: GameContext): StakeScore[] {
  const out: StakeScore[] = [];
  for (const seat of index.scenario.seats) {
    if (seat.objectives?.length)
      out.push({ seat: seat.id, label: seat.label, scores: scoreObjectives(index, ctx, seat.objectives) });
    for (const role of seat.roles)
      if (role.objectives?.length)
        out.push({
          seat: seat.id,
          role: role.id,
          label: role.label,
          scores: scoreObjectives(index, ctx, role.objectives),
        });
  }
  return out;
}
