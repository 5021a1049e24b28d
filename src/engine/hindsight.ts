/**
 * The hindsight check: nothing players read before the debrief may know what happened later.
 * Every text is tied to the first day it can be seen in a game of each length (see
 * `visibility.ts`); a text that mentions a later date, an event shown before its own date, or a
 * cited source published after that day, gets a warning. The debrief (what actually happened,
 * questions, comparisons, the real path) and the sources themselves are exempt.
 */
import { dateMentions } from './date-mentions';
import { jsonPath, type Problem } from './problems';
import type { Scenario } from './scenario-schema';
import { SCENARIO_WORDS } from './scenario-words';
import { Calendar, EarliestRounds } from './visibility';

type Path = (string | number)[];

/** A part of the scenario players can read, from the day `from`. */
interface Shown {
  path: Path;
  value: unknown;
  from: string;
  /** The last day a source it cites may be dated (an event's sources may report its whole period). */
  sourcesUntil?: string;
  sources?: readonly string[];
}

/** Every hindsight warning, for every length; where lengths differ, the earliest day counts. */
export function checkHindsight(s: Scenario): Problem[] {
  const found = new Map<string, Problem>();
  for (const length of s.lengths)
    for (const p of lengthWarnings(s, new Calendar(length))) {
      const key = `${p.path}\u0000${p.mentions}`;
      const seen = found.get(key);
      if (!seen || (p.visibleFrom ?? '') < (seen.visibleFrom ?? '')) found.set(key, p);
    }
  return [...found.values()];
}

function lengthWarnings(s: Scenario, calendar: Calendar): Problem[] {
  const out: Problem[] = [];
  const earliest = new EarliestRounds(s, calendar);
  const sourceDates = new Map(s.sources.map((x) => [x.id, earliestDay(x.date)]));
  // Dates are read from English words only; a translation's words are those of a checked original.
  const readWords = s.language === 'en' || s.language.startsWith('en-');
  for (const shown of shownParts(s, calendar, earliest)) {
    if (readWords)
      for (const { path, text } of wordsIn(shown.value, shown.path, typeof shown.value === 'string'))
        for (const m of dateMentions(text, shown.from))
          if (!m.forward && m.date > shown.from) out.push(warning(path, m.text, shown.from));
    shown.sources?.forEach((id, i) => {
      const date = sourceDates.get(id);
      if (date !== undefined && date > (shown.sourcesUntil ?? shown.from))
        out.push(warning([...shown.path, 'sources', i], `source ${id}, dated ${date}`, shown.from));
    });
  }
  out.push(...eventDates(s, calendar, earliest));
  return out;
}

function warning(path: Path, mentions: string, visibleFrom: string): Problem {
  return {
    code: 'hindsight',
    path: jsonPath(path),
    mentions,
    visibleFrom,
    expected: `nothing later than ${visibleFrom}, the first day players can see it`,
    found: `"${mentions}"`,
  };
}

/** The parts players read during play, each with the first day it can be seen. */
function shownParts(s: Scenario, calendar: Calendar, earliest: EarliestRounds): Shown[] {
  const begin = calendar.start(1);
  const last = calendar.length.rounds.length;
  const out: Shown[] = [
    { path: ['title'], value: s.title, from: begin },
    { path: ['summary'], value: s.summary, from: begin },
    { path: ['seats'], value: s.seats, from: begin },
    { path: ['capital'], value: s.capital, from: begin },
    { path: ['objectives'], value: s.objectives, from: begin },
  ];
  s.meters.forEach((m, i) => {
    out.push({ path: ['meters', i], value: m, from: begin, sources: m.sources });
  });
  s.ladders.forEach((l, li) => {
    out.push({ path: ['ladders', li], value: { ...l, steps: [] }, from: begin });
    l.steps.forEach((st, si) => {
      out.push({ path: ['ladders', li, 'steps', si], value: st, from: calendar.visibleFrom(st.visibleFrom) });
    });
  });
  s.cards.forEach((c, i) => {
    const from = calendar.visibleFrom(c.visibleFrom);
    out.push({ path: ['cards', i], value: c, from, sources: c.sources });
  });
  s.events.forEach((e, i) => {
    const round = earliest.event(e.id);
    if (round > last) return;
    const from = eventDay(e.date, e.trigger.type === 'scheduled', round, calendar);
    const { actually: _debrief, ...shown } = e;
    out.push({ path: ['events', i], value: shown, from, sources: e.sources, sourcesUntil: calendar.until(round) });
  });
  s.reactions.forEach((r, i) => {
    out.push({ path: ['reactions', i], value: r, from: calendar.start(earliest.condition(r.when)) });
  });
  s.endings.forEach((e, i) => {
    out.push({ path: ['endings', i], value: e, from: calendar.until(e.at === 'end' ? last : 1) });
  });
  s.lengths.forEach((l, li) => {
    out.push({ path: ['lengths', li, 'label'], value: l.label, from: begin });
    if (l !== calendar.length) return;
    l.rounds.forEach((r, ri) => {
      out.push({ path: ['lengths', li, 'rounds', ri, 'label'], value: r.label, from: r.until });
    });
  });
  s.glossary.forEach((g, i) => {
    out.push({ path: ['glossary', i], value: g, from: calendar.visibleFrom(g.visibleFrom) });
  });
  return out;
}

/**
 * The day from which an event's text may speak: a scheduled event drawn in the round of its
 * own date speaks as of that date; one drawn earlier (at random, on a condition, by a trigger)
 * as of the start of that round.
 */
function eventDay(date: string | undefined, scheduled: boolean, round: number, calendar: Calendar): string {
  const start = calendar.start(round);
  if (scheduled && date !== undefined && calendar.roundOf(date) === round && date > start) return date;
  return start;
}

/** Dated events and quotes that can be drawn before their own date. */
function eventDates(s: Scenario, calendar: Calendar, earliest: EarliestRounds): Problem[] {
  const out: Problem[] = [];
  s.events.forEach((e, i) => {
    const round = earliest.event(e.id);
    if (round > calendar.length.rounds.length) return;
    const from = eventDay(e.date, e.trigger.type === 'scheduled', round, calendar);
    if (e.date !== undefined && e.date > from) out.push(warning(['events', i, 'date'], e.date, from));
    if (e.quote && e.quote.date > from) out.push(warning(['events', i, 'quote', 'date'], e.quote.date, from));
  });
  return out;
}

/** Every string players read inside a value, with its path. */
function wordsIn(value: unknown, path: Path, inWords: boolean): { path: Path; text: string }[] {
  if (typeof value === 'string') return inWords ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => wordsIn(v, [...path, i], inWords));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => wordsIn(v, [...path, k], SCENARIO_WORDS.has(k)));
  return [];
}

/** The earliest day a source's date (YYYY-MM-DD, YYYY-MM or YYYY) can mean; undefined if it is not a date. */
export function earliestDay(date: string | undefined): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : undefined;
}
