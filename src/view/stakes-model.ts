/**
 * The debrief's own stakes: each role's and seat's objectives (the outcome's `stakes`) beside
 * the council's, with the teams that held them, and the aftermath, told as a projection the bots
 * played after the last round, not play. One model for the screen and the Markdown and PDF exports.
 */
import type { ObjectiveScore } from '../engine/debrief';
import type { Scenario } from '../engine/scenario-schema';
import type { GameView } from '../session/session';
import type { Translate } from './locale';
import { labelOf } from './refusal-words';

/** One role's (or seat's) own objectives, scored, with who held it. */
export interface StakeView {
  label: string;
  seat: string;
  /** The teams that held this role or seat; empty when its bot played it. */
  teams: string[];
  scores: ObjectiveScore[];
}

/** The rounds played by the bots after the last one: their numbers and period labels. */
export interface AftermathView {
  rounds: { round: number; label: string }[];
}

export interface StakesModel {
  stakes: StakeView[];
  aftermath: AftermathView | null;
}

/** Reads the stakes and the aftermath from a finished game's view. */
export function stakesModel(scenario: Scenario, view: GameView): StakesModel {
  const stakes = (view.outcome?.stakes ?? []).map((s) => ({
    label: s.label,
    seat: labelOf(scenario.seats, s.seat),
    teams: view.teams
      .filter((t) => t.seat === s.seat && (s.role === undefined || t.role === s.role || t.role === undefined))
      .map((t) => t.name),
    scores: s.scores,
  }));
  const length = scenario.lengths.find((l) => l.id === view.length) ?? scenario.lengths[0];
  const played = length?.rounds.length ?? 0;
  const periods = length?.aftermath ?? [];
  const rounds = view.log.flatMap((e) =>
    e.kind === 'round' && e.aftermath === true
      ? [{ round: e.round, label: periods[e.round - played - 1]?.label ?? String(e.round) }]
      : [],
  );
  return { stakes, aftermath: rounds.length === 0 ? null : { rounds } };
}

/** The model as headed lists of sentences, for the exports (and the screen's words). */
export function stakesText(model: StakesModel, t: Translate): { heading: string; lines: string[] }[] {
  const out: { heading: string; lines: string[] }[] = [];
  if (model.aftermath)
    out.push({
      heading: t('council.debrief.aftermath'),
      lines: [
        t('council.debrief.aftermath-text', {
          count: model.aftermath.rounds.length,
          periods: model.aftermath.rounds.map((r) => r.label).join(', '),
        }),
      ],
    });
  for (const s of model.stakes)
    out.push({
      heading: t('council.debrief.stake', { label: s.label, seat: s.seat }),
      lines: [
        s.teams.length === 0
          ? t('council.debrief.held-by-bot')
          : t('council.debrief.held-by', { teams: s.teams.join(', ') }),
        ...s.scores.map((x) => t('council.debrief.score', { label: x.label, score: x.score })),
      ],
    });
  return out;
}
