/**
 * The scenario's sources as a bibliography, grouped by kind (the documents themselves first,
 * retellings last) and in date order within each group. A source is a claim about its day, so
 * during play the list holds only the sources behind what the class has been shown so far —
 * the meters' starting values, the cards on the table this round, the news that has arrived —
 * and none dated after the round being played (nor any without a date, which cannot be placed
 * in time); a source that only the debrief cites (what really happened, the real path, the
 * questions) waits for the game's end, when every source is listed. Pure: no DOM.
 */
import { earliestDay } from '../engine/hindsight';
import type { Scenario } from '../engine/scenario-schema';
import { shownInRound } from '../engine/visibility';
import type { GameView } from '../session/session';

export type Source = Scenario['sources'][number];
/** A source's kind, or `other` for a source that does not say. */
export type SourceKind = NonNullable<Source['kind']> | 'other';

/** The groups in the order they are listed: the documents and their authors first, retellings last. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  'primary',
  'official-statement',
  'agency',
  'newspaper',
  'aggregator',
  'other',
];

export interface SourceGroup {
  kind: SourceKind;
  sources: Source[];
}

export interface SourcesModel {
  /** `all` once the game is over; `so-far` during play. */
  scope: 'all' | 'so-far';
  /** The round being played (during play), its label and the last day of its period. */
  round: number;
  roundLabel: string;
  until: string;
  groups: SourceGroup[];
  /** How many sources are listed, and how many the scenario has. */
  shown: number;
  total: number;
}

/** What the list reads of a game: its phase, its length and round, and the news that has arrived. */
export type SourcesAt = Pick<GameView, 'phase' | 'length' | 'round' | 'log'>;

/** The bibliography for a game as it stands. */
export function sourcesModel(s: Scenario, at: SourcesAt): SourcesModel {
  const length = s.lengths.find((l) => l.id === at.length) ?? s.lengths[0];
  const round = Math.max(1, at.round);
  const period = length?.rounds[round - 1];
  const scope = at.phase === 'ended' ? 'all' : 'so-far';
  const until = period?.until ?? '';
  const listed = scope === 'all' ? s.sources : shownSoFar(s, { ...at, round }, until);
  const groups = SOURCE_KINDS.map((kind) => ({
    kind,
    sources: listed.filter((x) => (x.kind ?? 'other') === kind).sort(byDate),
  })).filter((g) => g.sources.length > 0);
  return {
    scope,
    round,
    roundLabel: period?.label ?? '',
    until,
    groups,
    shown: listed.length,
    total: s.sources.length,
  };
}

/** The sources cited by what players may have read by now, each dated no later than `until`. */
function shownSoFar(s: Scenario, at: SourcesAt, until: string): Source[] {
  const cited = new Set<string>();
  const cite = (ids: readonly string[]) => {
    for (const id of ids) cited.add(id);
  };
  for (const m of s.meters) cite(m.sources);
  for (const c of s.cards) if (shownInRound(s, at, c.visibleFrom)) cite(c.sources);
  const events = new Map(s.events.map((e) => [e.id, e]));
  for (const entry of at.log) if (entry.kind === 'event') cite(events.get(entry.id)?.sources ?? []);
  return s.sources.filter((x) => {
    const day = earliestDay(x.date);
    return cited.has(x.id) && day !== undefined && day <= until;
  });
}

/** Earliest first; undated sources last; then by publisher and title. */
function byDate(a: Source, b: Source): number {
  const da = earliestDay(a.date) ?? '9999';
  const db = earliestDay(b.date) ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return `${a.publisher} ${a.title ?? ''}`.localeCompare(`${b.publisher} ${b.title ?? ''}`);
}

/** The address to link to: only an https address becomes a link; anything else stays text. */
export function sourceLink(source: Source): string | undefined {
  return source.url?.startsWith('https://') ? source.url : undefined;
}
