/**
 * Two cases side by side, for the debrief: for each, where the class stopped on its ladder
 * (this game, and the other case's latest finished game in this browser if there is one) and
 * where the real government stopped, what that government feared, the red lines declared in the
 * real case and in the class's game and what became of them, and the questions that compare the
 * two (each scenario's `debrief.case`). Pure: no DOM, so it is tested in Node.
 */
import type { GameContext, LineStatus } from '../engine/game-context';
import type { ScenarioIndex } from '../engine/scenario-index';
import type { Scenario } from '../engine/scenario-schema';

type Source = Scenario['sources'][number];
type CaseData = NonNullable<Scenario['debrief']['case']>;

/** A sentence with the sources behind it. */
export interface SourcedText {
  text: string;
  sources: Source[];
}

/** One rung of a case's ladder, low to high, marked where the class and the real government went. */
export interface CaseRung {
  id: string;
  label: string;
  tier: string;
  /** The highest rung the class's game reached. */
  classPeak: boolean;
  /** Where the class's game ended. */
  classEnd: boolean;
  /** The highest rung the real government's acts reached. */
  realPeak: boolean;
}

/** A red line or pledge of the class's game, and where it stood at the end. */
export interface ClassLine {
  label: string;
  declared: 'public' | 'private';
  /** A pledge still standing is `kept`: nothing tests a pledge but breaking it. */
  status: LineStatus | 'kept';
}

/** A game of a case played in this browser. */
export interface PlayedGame {
  /** Its name as the saved sessions list it ('' for the game this debrief is of). */
  name: string;
  context: Pick<GameContext, 'rungs' | 'lines' | 'log'>;
}

/** One case as the comparison reads it. */
export interface CaseColumn {
  scenarioId: string;
  title: string;
  government: string;
  ladder: string;
  rungs: CaseRung[];
  /** The real government's highest rung, and what the case says of where it stopped. */
  realPeak: string;
  stopped?: SourcedText;
  feared: SourcedText[];
  /** Lines declared in the real case, by either side. */
  lines: (SourcedText & { date: string; by: string; outcome: CaseData['lines'][number]['outcome'] })[];
  /** Null: this case has not been played to its end in this browser. */
  played: { name: string; peak: string; end: string; lines: ClassLine[] } | null;
}

/** Two cases side by side, with the questions that compare them. */
export interface CaseComparison {
  cases: [CaseColumn, CaseColumn];
  questions: (SourcedText & { id: string })[];
}

/** A case to compare: its prepared index and, when one was finished here, its game. */
export interface CaseInput {
  index: ScenarioIndex;
  played: PlayedGame | null;
}

/** Sets `current` (the game of this debrief) beside `other`. */
export function caseComparison(current: CaseInput, other: CaseInput): CaseComparison {
  const a = caseColumn(current);
  const b = caseColumn(other);
  const asked = (from: Scenario, withId: string) => {
    const sources = sourcesOf(from);
    return (from.debrief.case?.questions ?? [])
      .filter((q) => q.with === withId)
      .map((q) => ({ id: q.id, text: q.text, sources: sources(q.sources) }));
  };
  return {
    cases: [a, b],
    questions: [
      ...asked(current.index.scenario, other.index.scenario.id),
      ...asked(other.index.scenario, current.index.scenario.id),
    ],
  };
}

/** True when a scenario can be set beside another: it draws its real path on a ladder. */
export function comparable(s: Scenario): boolean {
  return s.debrief.actualPath !== undefined;
}

function sourcesOf(s: Scenario): (ids: readonly string[]) => Source[] {
  const byId = new Map(s.sources.map((x) => [x.id, x]));
  return (ids) => ids.flatMap((id) => byId.get(id) ?? []);
}

function caseColumn({ index, played }: CaseInput): CaseColumn {
  const s = index.scenario;
  const sources = sourcesOf(s);
  const path = s.debrief.actualPath;
  const ladder = s.ladders.find((l) => l.id === path?.ladder) ?? s.ladders[0];
  const order = index.rungOrder[ladder?.id ?? ''] ?? {};
  const rank = (id: string) => order[id] ?? 0;
  const highest = (ids: readonly string[]) =>
    ids.reduce<string | undefined>((top, id) => (top === undefined || rank(id) > rank(top) ? id : top), undefined);
  const realPeak = highest(path?.steps.map((st) => st.rung) ?? []) ?? ladder?.start ?? '';
  const game = played ? classGame(s, ladder?.id ?? '', played, highest) : null;
  const label = (id: string) => ladder?.rungs.find((r) => r.id === id)?.label ?? id;
  const tiers = new Map(ladder?.tiers.map((t) => [t.id, t.label]));
  const kase = s.debrief.case;
  return {
    scenarioId: s.id,
    title: s.title,
    government: kase?.government ?? s.seats.find((x) => x.id === s.player)?.label ?? s.player,
    ladder: ladder?.label ?? '',
    rungs: (ladder?.rungs ?? []).map((r) => ({
      id: r.id,
      label: r.label,
      tier: tiers.get(r.tier) ?? r.tier,
      classPeak: game?.peak === r.id,
      classEnd: game?.end === r.id,
      realPeak: realPeak === r.id,
    })),
    realPeak: label(realPeak),
    ...(kase ? { stopped: { text: kase.stopped.text, sources: sources(kase.stopped.sources) } } : {}),
    feared: (kase?.feared ?? []).map((f) => ({ text: f.text, sources: sources(f.sources) })),
    lines: (kase?.lines ?? []).map((l) => ({
      date: l.date,
      by: l.by,
      text: l.text,
      outcome: l.outcome,
      sources: sources(l.sources),
    })),
    played: game ? { name: game.name, peak: label(game.peak), end: label(game.end), lines: game.lines } : null,
  };
}

/** Where a game went on the ladder (its highest rung and its last) and the lines it declared. */
function classGame(
  s: Scenario,
  ladder: string,
  played: PlayedGame,
  highest: (ids: readonly string[]) => string | undefined,
): { name: string; peak: string; end: string; lines: ClassLine[] } {
  const { context } = played;
  const start = s.ladders.find((l) => l.id === ladder)?.start ?? '';
  const reached = [start, ...context.log.flatMap((e) => (e.kind === 'rung' && e.ladder === ladder ? [e.to] : []))];
  const lines = Object.entries(context.lines ?? {}).map(([id, state]) => {
    const line = s.redLines?.find((l) => l.id === id);
    const kept = line?.kind === 'pledge' && state.status === 'declared';
    return { label: line?.label ?? id, declared: state.declared, status: kept ? ('kept' as const) : state.status };
  });
  return { name: played.name, peak: highest(reached) ?? start, end: context.rungs[ladder] ?? start, lines };
}
