/**
 * A game's history as readable lines: each round, its news, the decisions with their
 * rationales, the reactions, every meter change with its cause, the dice and the ending.
 * Built from the log alone, so the replay tool, the browser debrief and the Markdown export
 * all tell the same story. Sentences come from the `timeline` section of the locale file.
 */
import type { Cause, LogEntry } from './game-context';
import { type Dictionary, type Params, translate } from './locale';
import type { Scenario } from './scenario-schema';

/** One line of the timeline: the log entry it tells, its sentence and how far it is indented. */
export interface TimelineLine {
  round: number;
  kind: LogEntry['kind'];
  /** 0: a round's heading; 1: something that happened in it; 2: a consequence or a rationale. */
  depth: 0 | 1 | 2;
  /** The locale key and values the text was made from, so another language can re-render it. */
  key: string;
  params: Params;
  text: string;
}

export interface TimelineOptions {
  /** The length played (`context.length`), for the rounds' labels; the scenario's first by default. */
  length?: string;
  /** The teams of the game (`context.teams`), to name who played a card. */
  teams?: readonly { id: string; name: string }[];
}

/** Log entries that open something; the changes they cause are indented beneath them. */
const HEADLINES = new Set<LogEntry['kind']>(['event', 'inject', 'card', 'reaction']);

/** Turns a game's log into timeline lines, in the order things happened. */
export function timeline(
  scenario: Scenario,
  log: readonly LogEntry[],
  dictionary: Dictionary,
  options: TimelineOptions = {},
): TimelineLine[] {
  const names = labels(scenario);
  const periods = (scenario.lengths.find((l) => l.id === options.length) ?? scenario.lengths[0])?.rounds ?? [];
  const injects = new Map<string, string>();
  const out: TimelineLine[] = [];
  let headline: { kind: string; id: string } | undefined;

  const say = (entry: LogEntry, depth: TimelineLine['depth'], key: string, params: Params) =>
    out.push({
      round: entry.round,
      kind: entry.kind,
      depth,
      key: `timeline.${key}`,
      params,
      text: translate(dictionary, `timeline.${key}`, params),
    });
  const causeOf = (cause: Cause): string => {
    switch (cause.kind) {
      case 'round':
        return translate(dictionary, 'timeline.cause-round');
      case 'inject':
        return injects.get(cause.id) ?? cause.id;
      case 'delayed':
        return translate(dictionary, 'timeline.cause-delayed', { label: names.anything(cause.id) });
      default:
        return names.of(cause.kind, cause.id);
    }
  };
  // A consequence sits under the headline that caused it; one with its own cause (the round's
  // income, a delayed effect) stands on its own line.
  const depthOf = (cause: Cause): 1 | 2 =>
    headline !== undefined && headline.kind === cause.kind && headline.id === cause.id ? 2 : 1;
  const withNote = (key: string, note: string | undefined) => (note === undefined ? key : `${key}-note`);

  for (const entry of log) {
    if (HEADLINES.has(entry.kind) && 'id' in entry) headline = { kind: entry.kind, id: entry.id };
    switch (entry.kind) {
      case 'round': {
        headline = undefined;
        const label = periods[entry.round - 1]?.label;
        if (label === undefined) say(entry, 0, 'round-plain', { round: entry.round });
        else say(entry, 0, 'round', { round: entry.round, label });
        break;
      }
      case 'event':
        say(entry, 1, entry.injected ? 'event-injected' : 'event', { title: names.of('event', entry.id) });
        break;
      case 'inject':
        injects.set(entry.id, entry.title);
        say(entry, 1, 'inject', { title: entry.title, text: entry.text });
        break;
      case 'card': {
        const label = names.of('card', entry.id);
        const seat = names.seat(entry.seat);
        const team = entry.team === undefined ? undefined : options.teams?.find((t) => t.id === entry.team)?.name;
        if (team === undefined) say(entry, 1, 'card', { seat, label });
        else say(entry, 1, 'card-team', { team, seat, label });
        if (entry.rationale !== undefined) say(entry, 2, 'rationale', { text: entry.rationale });
        break;
      }
      case 'reaction':
        say(entry, 1, 'reaction', { seat: names.seat(entry.seat), label: names.of('reaction', entry.id) });
        break;
      case 'meter': {
        const params = {
          label: names.meter(entry.id),
          from: entry.from,
          to: entry.to,
          cause: causeOf(entry.cause),
          ...(entry.note === undefined ? {} : { note: entry.note }),
        };
        say(entry, depthOf(entry.cause), withNote('meter', entry.note), params);
        break;
      }
      case 'capital': {
        const params = {
          label: scenario.capital.label,
          from: entry.from,
          to: entry.to,
          cause: causeOf(entry.cause),
          ...(entry.note === undefined ? {} : { note: entry.note }),
        };
        say(entry, depthOf(entry.cause), withNote('capital', entry.note), params);
        break;
      }
      case 'rung': {
        const params = {
          ladder: names.ladder(entry.ladder),
          from: names.rung(entry.ladder, entry.from),
          to: names.rung(entry.ladder, entry.to),
          cause: causeOf(entry.cause),
          ...(entry.note === undefined ? {} : { note: entry.note }),
        };
        say(entry, depthOf(entry.cause), withNote('rung', entry.note), params);
        break;
      }
      case 'blocked':
        say(entry, depthOf(entry.cause), 'blocked', {
          ladder: names.ladder(entry.ladder),
          cause: causeOf(entry.cause),
        });
        break;
      case 'flag':
        say(entry, depthOf(entry.cause), 'flag', {
          id: entry.id,
          value: translate(dictionary, entry.value ? 'timeline.flag-set' : 'timeline.flag-cleared'),
          cause: causeOf(entry.cause),
        });
        break;
      case 'roll':
        // Shown as whole percentages: the roll succeeds when it falls under the chance.
        say(entry, depthOf(entry.cause), 'roll', {
          label: entry.label,
          chance: Math.round(entry.chance * 100),
          roll: Math.floor(entry.roll * 100),
          result: translate(dictionary, entry.success ? 'timeline.roll-success' : 'timeline.roll-failure'),
        });
        break;
      case 'scheduled':
        say(entry, depthOf(entry.cause), 'scheduled', {
          label: entry.label,
          due: entry.due,
          cause: causeOf(entry.cause),
        });
        break;
      case 'pause':
        say(entry, 1, entry.paused ? 'paused' : 'resumed', {});
        break;
      case 'extend':
        say(entry, 1, 'extend', { seconds: entry.seconds });
        break;
      case 'ending':
        headline = undefined;
        say(entry, 0, entry.early ? 'ending-early' : 'ending', {
          label: names.of('ending', entry.id),
          text: scenario.endings.find((e) => e.id === entry.id)?.text ?? '',
        });
        break;
      default:
        unknownEntry(entry);
    }
  }
  return out;
}

/** The timeline as plain text, two spaces per level of indentation, one line per entry. */
export function timelineText(lines: readonly TimelineLine[]): string {
  return lines.map((l) => `${'  '.repeat(l.depth)}${l.text}\n`).join('');
}

/** Every kind of log entry must be told; the compiler points here when a new kind appears. */
function unknownEntry(entry: never): void {
  void entry;
}

/** The scenario's labels by id; an id the scenario does not know is shown as it is. */
function labels(s: Scenario) {
  const by = <T extends { id: string }>(items: readonly T[], label: (x: T) => string) =>
    new Map(items.map((x) => [x.id, label(x)]));
  const tables: Record<string, Map<string, string>> = {
    card: by(s.cards, (c) => c.label),
    event: by(s.events, (e) => e.title),
    reaction: by(s.reactions, (r) => r.label),
    ending: by(s.endings, (e) => e.label),
  };
  const seats = by(s.seats, (x) => x.label);
  const meters = by(s.meters, (m) => m.label);
  const ladders = by(s.ladders, (l) => l.label);
  const rungs = new Map(s.ladders.map((l) => [l.id, by(l.rungs, (r) => r.label)]));
  const of = (table: string, id: string) => tables[table]?.get(id) ?? id;
  return {
    of,
    /** A delayed effect keeps only its origin's id: a card, an event or a reaction. */
    anything: (id: string) => tables.card?.get(id) ?? tables.event?.get(id) ?? tables.reaction?.get(id) ?? id,
    seat: (id: string) => seats.get(id) ?? id,
    meter: (id: string) => meters.get(id) ?? id,
    ladder: (id: string) => ladders.get(id) ?? id,
    rung: (ladder: string, id: string) => rungs.get(ladder)?.get(id) ?? id,
  };
}
