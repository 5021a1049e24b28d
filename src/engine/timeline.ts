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
const HEADLINES = new Set<LogEntry['kind']>(['event', 'inject', 'card', 'reaction', 'line']);

/** Turns a game's log into timeline lines, in the order things happened. */
export function timeline(
  scenario: Scenario,
  log: readonly LogEntry[],
  dictionary: Dictionary,
  options: TimelineOptions = {},
): TimelineLine[] {
  const teller = new Teller(scenario, dictionary, options);
  for (const entry of log) teller.tell(entry);
  return teller.lines;
}

/** The entries that open something or stand on their own: a round, news, a decision, the console, the ending. */
type Story = Extract<
  LogEntry,
  {
    kind:
      | 'round'
      | 'event'
      | 'inject'
      | 'card'
      | 'reaction'
      | 'pause'
      | 'extend'
      | 'ending'
      | 'line'
      | 'proposal'
      | 'withdrawn'
      | 'council'
      | 'veto'
      | 'vote-called'
      | 'vote';
  }
>;
/** The changes, each with its cause. */
type Change = Exclude<LogEntry, Story>;

const STORIES = new Set<LogEntry['kind']>([
  'round',
  'event',
  'inject',
  'card',
  'reaction',
  'pause',
  'extend',
  'ending',
  'line',
  'proposal',
  'withdrawn',
  'council',
  'veto',
  'vote-called',
  'vote',
]);
const isStory = (entry: LogEntry): entry is Story => STORIES.has(entry.kind);

/** Tells a log line by line; remembers the headline a change sits under and the facilitator's own news. */
class Teller {
  readonly lines: TimelineLine[] = [];
  private readonly names: ReturnType<typeof labels>;
  private readonly periods: readonly { label?: string }[];
  private readonly injects = new Map<string, string>();
  private headline: { kind: string; id: string } | undefined;

  constructor(
    private readonly scenario: Scenario,
    private readonly dictionary: Dictionary,
    private readonly options: TimelineOptions,
  ) {
    this.names = labels(scenario);
    const length = scenario.lengths.find((l) => l.id === options.length) ?? scenario.lengths[0];
    this.periods = [...(length?.rounds ?? []), ...(length?.aftermath ?? [])];
  }

  tell(entry: LogEntry): void {
    if (HEADLINES.has(entry.kind) && 'id' in entry) this.headline = { kind: entry.kind, id: entry.id };
    if (isStory(entry)) this.tellStory(entry);
    else this.tellChange(entry);
  }

  private say(entry: LogEntry, depth: TimelineLine['depth'], key: string, params: Params): void {
    const full = `timeline.${key}`;
    this.lines.push({
      round: entry.round,
      kind: entry.kind,
      depth,
      key: full,
      params,
      text: translate(this.dictionary, full, params),
    });
  }

  private tellStory(entry: Story): void {
    const names = this.names;
    switch (entry.kind) {
      case 'round': {
        this.headline = undefined;
        const label = this.periods[entry.round - 1]?.label;
        if (label === undefined) this.say(entry, 0, 'round-plain', { round: entry.round });
        else this.say(entry, 0, entry.aftermath ? 'round-aftermath' : 'round', { round: entry.round, label });
        break;
      }
      case 'event':
        this.say(entry, 1, entry.injected ? 'event-injected' : 'event', { title: names.of('event', entry.id) });
        break;
      case 'inject':
        this.injects.set(entry.id, entry.title);
        this.say(entry, 1, 'inject', { title: entry.title, text: entry.text });
        break;
      case 'card': {
        const label = names.of('card', entry.id);
        const seat = names.seat(entry.seat);
        const team = entry.team === undefined ? undefined : this.options.teams?.find((t) => t.id === entry.team)?.name;
        if (team === undefined) this.say(entry, 1, 'card', { seat, label });
        else this.say(entry, 1, 'card-team', { team, seat, label });
        if (entry.rationale !== undefined) this.say(entry, 2, 'rationale', { text: entry.rationale });
        break;
      }
      case 'reaction':
        this.say(entry, 1, 'reaction', { seat: names.seat(entry.seat), label: names.of('reaction', entry.id) });
        break;
      case 'line': {
        const status = entry.status === 'declared' ? `declared-${entry.declared}` : entry.status;
        this.say(entry, 1, `line-${status}`, { label: names.of('line', entry.id) });
        break;
      }
      case 'proposal':
      case 'withdrawn':
      case 'veto':
        this.say(entry, 1, entry.kind, { team: this.teamName(entry.team), label: names.of('card', entry.card) });
        if (entry.kind === 'proposal' && entry.rationale !== undefined)
          this.say(entry, 2, 'rationale', { text: entry.rationale });
        break;
      case 'council':
        this.say(entry, 1, 'council', { team: this.teamName(entry.team), count: entry.adopted.length });
        if (entry.rationale !== undefined) this.say(entry, 2, 'rationale', { text: entry.rationale });
        break;
      case 'vote-called':
        this.say(entry, 2, 'vote-called', { label: entry.label, team: this.teamName(entry.team) });
        break;
      case 'vote':
        this.say(entry, 2, entry.team === undefined ? 'vote-bot' : 'vote-team', {
          label: entry.label,
          team: entry.team === undefined ? '' : this.teamName(entry.team),
          result: translate(this.dictionary, entry.yes ? 'timeline.vote-yes' : 'timeline.vote-no'),
          chance: Math.round((entry.chance ?? 0) * 100),
        });
        break;
      case 'pause':
        this.say(entry, 1, entry.paused ? 'paused' : 'resumed', {});
        break;
      case 'extend':
        this.say(entry, 1, 'extend', { seconds: entry.seconds });
        break;
      case 'ending':
        this.headline = undefined;
        this.say(entry, 0, entry.early ? 'ending-early' : 'ending', {
          label: names.of('ending', entry.id),
          text: this.scenario.endings.find((e) => e.id === entry.id)?.text ?? '',
        });
        break;
      default:
        unknownEntry(entry);
    }
  }

  private tellChange(entry: Change): void {
    const names = this.names;
    const cause = this.causeOf(entry.cause);
    const depth = this.depthOf(entry.cause);
    const noted = 'note' in entry ? entry.note : undefined;
    const note: Params = noted === undefined ? {} : { note: noted };
    const withNote = (key: string) => (noted === undefined ? key : `${key}-note`);
    const translated = (key: string) => translate(this.dictionary, `timeline.${key}`);
    switch (entry.kind) {
      case 'meter':
        this.say(entry, depth, withNote('meter'), {
          label: names.meter(entry.id),
          from: entry.from,
          to: entry.to,
          cause,
          ...note,
        });
        break;
      case 'capital':
        this.say(entry, depth, withNote('capital'), {
          label: this.scenario.capital.label,
          from: entry.from,
          to: entry.to,
          cause,
          ...note,
        });
        break;
      case 'rung': {
        const rung = (id: string) => names.rung(entry.ladder, id);
        const params = {
          ladder: names.ladder(entry.ladder),
          from: rung(entry.from),
          to: rung(entry.to),
          cause,
          ...note,
        };
        this.say(entry, depth, withNote('rung'), params);
        break;
      }
      case 'blocked':
        this.say(entry, depth, 'blocked', { ladder: names.ladder(entry.ladder), cause });
        break;
      case 'flag':
        this.say(entry, depth, 'flag', {
          id: entry.id,
          value: translated(entry.value ? 'flag-set' : 'flag-cleared'),
          cause,
        });
        break;
      case 'roll':
        // Shown as whole percentages: the roll succeeds when it falls under the chance.
        this.say(entry, depth, 'roll', {
          label: entry.label,
          chance: Math.round(entry.chance * 100),
          roll: Math.floor(entry.roll * 100),
          result: translated(entry.success ? 'roll-success' : 'roll-failure'),
        });
        break;
      case 'scheduled':
        this.say(entry, depth, 'scheduled', { label: entry.label, due: entry.due, cause });
        break;
      default:
        unknownEntry(entry);
    }
  }

  private teamName(id: string): string {
    return this.options.teams?.find((t) => t.id === id)?.name ?? id;
  }

  private causeOf(cause: Cause): string {
    switch (cause.kind) {
      case 'round':
        return translate(this.dictionary, 'timeline.cause-round');
      case 'inject':
        return this.injects.get(cause.id) ?? cause.id;
      case 'delayed':
        return translate(this.dictionary, 'timeline.cause-delayed', { label: this.names.anything(cause.id) });
      default:
        return this.names.of(cause.kind, cause.id);
    }
  }

  /**
   * A consequence sits under the headline that caused it; one with its own cause (the round's
   * income, a delayed effect) stands on its own line.
   */
  private depthOf(cause: Cause): 1 | 2 {
    const h = this.headline;
    return h !== undefined && h.kind === cause.kind && h.id === cause.id ? 2 : 1;
  }
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
    line: by(s.redLines ?? [], (l) => l.label),
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
