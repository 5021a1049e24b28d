/**
 * Everything the debrief shows, gathered once from the scenario and a game's context: the
 * screen, the Markdown and the PDF are all drawn from this one model, so they tell the same story.
 * Pure: no DOM, so it is tested in Node.
 */

import type { Decision, ObjectiveScore, PathStep } from '../engine/debrief';
import type { PlayerEvent } from '../engine/game-events';
import { type Dictionary, translate } from '../engine/locale';
import type { ScenarioIndex } from '../engine/scenario-index';
import type { Scenario } from '../engine/scenario-schema';
import type { TimelineLine } from '../engine/timeline';
import type { GameView } from '../session/session';
import type { CaseComparison } from './case-comparison';
import { endingLines } from './ending-lines';
import { earlyText } from './ending-words';
import { undoneDecisions } from './interventions';
import { readableDate } from './language';
import { type RealHistory, realHistory } from './real-history';
import { type StakesModel, stakesModel } from './stakes-model';
import { storyLines } from './story';

type Source = Scenario['sources'][number];

/** One line of a round's story: a timeline line, or one the record adds (a decision taken back). */
export interface StoryLine {
  depth: TimelineLine['depth'];
  kind: TimelineLine['kind'] | 'undo';
  text: string;
}

export interface RoundRecord {
  round: number;
  label: string;
  lines: StoryLine[];
  /** What really happened in this period, with its sources, when the scenario says. */
  actually?: { text: string; sources: Source[] };
}

export interface LadderView {
  id: string;
  label: string;
  description: string;
  tiers: { id: string; label: string }[];
  rungs: { id: string; label: string; tier: string; visited: boolean; current: boolean; start: boolean }[];
  /** The scenario's steps, each with how often the game took it. */
  steps: { from: string; to: string; down: boolean; taken: number }[];
  path: PathStep[];
}

export interface MeterLine {
  id: string;
  label: string;
  better: 'higher' | 'lower';
  min: number;
  max: number;
  /** The value at the start and after each round played. */
  values: number[];
  /** The endings' lines on this meter, once per value: `early` when crossing it can end the game before the last round. */
  lines: { value: number; early: boolean }[];
}

/** One dated step of another country's ladder, with the sources that say so. */
export interface ComparisonStep {
  date: string;
  text: string;
  sources: Source[];
}

export interface TeamView {
  id: string;
  name: string;
  seat: string;
  role: string;
}

/** A card the facilitator took back: who played it, in which round, and why they had. */
export interface UndoneRecord {
  round: number;
  team: string;
  label: string;
  rationale: string;
}

/** The record of a game for the debrief, with what really happened beside it (`RealHistory`). */
export interface DebriefModel extends RealHistory {
  /** The language the debrief is read in (`ko`, `en`), for its dates. */
  lang: string;
  title: string;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  length: string;
  teams: TeamView[];
  /** `early`: ended by the facilitator; `why`: why an ending cut the game short (null: it did not). */
  ending?: { id: string; label: string; text: string; early: boolean; round: number; why: string | null };
  scores: ObjectiveScore[];
  rounds: RoundRecord[];
  decisions: Decision[];
  /** The decisions the facilitator took back (they are not among `decisions`). */
  undone: UndoneRecord[];
  /** Labels for the meter charts' x axis: the start, then each round played. */
  points: string[];
  meters: MeterLine[];
  ladders: LadderView[];
  questions: { id: string; text: string; theme?: string }[];
  comparisons: { id: string; label: string; steps: ComparisonStep[]; sources: Source[] }[];
  /** Each role's and seat's own objectives, and the aftermath told as a projection (see stakes-model.ts). */
  own: StakesModel;
  /** This case set beside the other cases (case-comparison.ts), when they could be loaded. */
  cases?: CaseComparison[];
}

/** The length's rounds, then its aftermath's periods: an aftermath round keeps its own label. */
function periodsOf(
  length: Scenario['lengths'][number] | undefined,
): { label: string; actually?: { text: string; sources: string[] } }[] {
  return [...(length?.rounds ?? []), ...(length?.aftermath ?? [])];
}

/**
 * Builds the model from a finished game's view (its `outcome` and `seed`); `words.dictionary` holds the
 * timeline's sentences (`timeline.*`, `record.*`), `words.lang` the language the dates are written in. `events` (the save's) tell the decisions the
 * facilitator took back, which the game's own log no longer holds.
 */
export function debriefModel(
  index: ScenarioIndex,
  ctx: GameView,
  words: { dictionary: Dictionary; lang: string },
  events: readonly PlayerEvent[] = [],
): DebriefModel {
  const { dictionary, lang } = words;
  const s = index.scenario;
  const outcome = ctx.outcome ?? { scores: [], paths: {}, series: {}, decisions: [] };
  const length = s.lengths.find((l) => l.id === ctx.length) ?? s.lengths[0];
  const periods = periodsOf(length);
  const sourceOf = new Map(s.sources.map((x) => [x.id, x]));
  const sources = (ids: readonly string[]) => ids.flatMap((id) => sourceOf.get(id) ?? []);

  const lines = storyLines(s, ctx.log, dictionary, { length: ctx.length, teams: ctx.teams });
  const undone = undoneRecords(s, ctx, events);
  const rounds: RoundRecord[] = [];
  for (let r = 1; r <= ctx.round; r++) {
    const period = periods[r - 1];
    const record: RoundRecord = {
      round: r,
      label: period?.label ?? String(r),
      lines: [
        ...lines.filter((l) => l.round === r && l.kind !== 'ending'),
        ...undone
          .filter((u) => u.round === r)
          .map((u) => ({
            depth: 1 as const,
            kind: 'undo' as const,
            text: translate(dictionary, 'record.undo', { team: u.team, label: u.label }),
          })),
      ],
    };
    if (period?.actually) record.actually = { text: period.actually.text, sources: sources(period.actually.sources) };
    rounds.push(record);
  }

  const endingEntry = ctx.log.findLast((e) => e.kind === 'ending');
  const ending = s.endings.find((e) => e.id === ctx.ending);
  const series = outcome.series;
  const watched = endingLines(s);
  const seats = new Map(s.seats.map((x) => [x.id, x]));

  return {
    lang,
    title: s.title,
    scenarioId: s.id,
    scenarioVersion: s.version,
    seed: ctx.seed ?? 0,
    length: length?.label ?? '',
    teams: ctx.teams.map((t) => {
      const seat = seats.get(t.seat);
      return {
        id: t.id,
        name: t.name,
        seat: seat?.label ?? t.seat,
        role: seat?.roles.find((r) => r.id === t.role)?.label ?? '',
      };
    }),
    ...(ending && endingEntry?.kind === 'ending'
      ? {
          ending: {
            id: ending.id,
            label: ending.label,
            text: ending.text,
            early: endingEntry.early === true,
            round: endingEntry.round,
            why: earlyText(index, ctx, (key, params) => translate(dictionary, key, params)),
          },
        }
      : {}),
    scores: outcome.scores,
    rounds,
    decisions: outcome.decisions,
    undone,
    points: ['0', ...rounds.map((r) => r.label)],
    meters: s.meters.map((m) => ({
      id: m.id,
      label: m.label,
      better: m.better,
      min: m.min,
      max: m.max,
      values: series[m.id] ?? [],
      lines: meterLines(watched, m.id),
    })),
    ladders: s.ladders.map((ladder) => ladderView(index, ctx, ladder, outcome.paths[ladder.id] ?? [])),
    questions: s.debrief.questions.map((q) => (q.theme === undefined ? { id: q.id, text: q.text } : { ...q })),
    ...realHistory(s, ctx.log),
    own: stakesModel(s, ctx),
    comparisons: s.debrief.comparisons.map((c) => ({
      id: c.id,
      label: c.label,
      steps: c.steps.map((st) => ({ date: st.date, text: st.text, sources: sources(st.sources) })),
      sources: sources(c.sources),
    })),
  };
}

/** The distinct lines on a meter; a value that can end the game early is drawn as such. */
function meterLines(lines: ReturnType<typeof endingLines>, meter: string): MeterLine['lines'] {
  const out = new Map<number, boolean>();
  for (const l of lines) if (l.meter === meter) out.set(l.value, (out.get(l.value) ?? false) || l.early);
  return [...out].map(([value, early]) => ({ value, early }));
}

/** The decisions taken back, each named by its team (or seat) and card. */
function undoneRecords(s: Scenario, ctx: GameView, events: readonly PlayerEvent[]): UndoneRecord[] {
  return undoneDecisions(events).map(({ round, event }) => ({
    round,
    team:
      ctx.teams.find((t) => t.id === event.team)?.name ??
      s.seats.find((x) => x.id === event.seat)?.label ??
      event.seat ??
      '',
    label: s.cards.find((c) => c.id === event.card)?.label ?? event.card,
    rationale: event.rationale ?? '',
  }));
}

/** One ladder as the debrief draws it: its rungs visited, its steps each with how often they were taken, the path. */
function ladderView(
  index: ScenarioIndex,
  ctx: GameView,
  ladder: Scenario['ladders'][number],
  path: PathStep[],
): LadderView {
  const visited = new Set([ladder.start, ...path.map((p) => p.to)]);
  const order = index.rungOrder[ladder.id] ?? {};
  return {
    id: ladder.id,
    label: ladder.label,
    description: ladder.description,
    tiers: ladder.tiers.map((t) => ({ id: t.id, label: t.label })),
    rungs: ladder.rungs.map((r) => ({
      id: r.id,
      label: r.label,
      tier: r.tier,
      visited: visited.has(r.id),
      current: ctx.rungs[ladder.id] === r.id,
      start: ladder.start === r.id,
    })),
    steps: ladder.steps.map((st) => ({
      from: st.from,
      to: st.to,
      down: (order[st.to] ?? 0) < (order[st.from] ?? 0),
      taken: path.filter((p) => p.from === st.from && p.to === st.to).length,
    })),
    path,
  };
}

/** A source as one line of text: publisher, title, date (as `lang` writes it) and address, as far as they are known. */
export function sourceText(source: Source, lang: string): string {
  const date = source.date === undefined ? undefined : readableDate(source.date, lang);
  return [source.publisher, source.title, date, source.url].filter((x) => x !== undefined && x !== '').join(', ');
}
