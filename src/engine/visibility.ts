/**
 * When each part of a scenario can first be seen in a game of one length: the round a date
 * falls in, the first day of each round, and the earliest round an event can be drawn, read
 * from its trigger, its conditions and the effects that can trigger it. The hindsight check
 * asks these questions; a screen that hides what is not yet known can ask them too.
 */
import type { Condition } from './condition-schema';
import type { Effect } from './effect-schema';
import type { Length, Scenario } from './scenario-schema';

/** The day after a YYYY-MM-DD date (calendar arithmetic; the engine reads no clock). */
export function dayAfter(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  const [year, month, day] = d < days ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The rounds of one length, as dated periods. */
export class Calendar {
  /** The first day of each round: the length's `from` (else the first `until`), then the day after the last. */
  readonly starts: string[];

  constructor(readonly length: Length) {
    this.starts = length.rounds.map((r, i) => {
      const prev = length.rounds[i - 1];
      return prev ? dayAfter(prev.until) : (length.from ?? r.until);
    });
  }

  /** The 1-based round whose period holds the date (the first round holds everything before it); Infinity after the last. */
  roundOf(date: string): number {
    const i = this.length.rounds.findIndex((r) => date <= r.until);
    return i < 0 ? Number.POSITIVE_INFINITY : i + 1;
  }

  /** The first day of a 1-based round. */
  start(round: number): string {
    return this.starts[round - 1] ?? this.starts[0] ?? '';
  }

  /** The last day of a 1-based round. */
  until(round: number): string {
    return this.length.rounds[round - 1]?.until ?? '';
  }

  /** The first day a part dated `visibleFrom` (or undated) can be seen: never before play begins. */
  visibleFrom(date: string | undefined): string {
    const begin = this.start(1);
    return date !== undefined && date > begin ? date : begin;
  }
}

/**
 * Whether a part that players may see from `visibleFrom` is shown in the round being played:
 * from the round of the chosen length whose period holds that day, never before (a card, a
 * ladder step, a glossary entry). A part without the date is shown from the first round.
 */
export function shownInRound(s: Scenario, at: { length: string; round: number }, visibleFrom?: string): boolean {
  if (visibleFrom === undefined) return true;
  const length = s.lengths.find((l) => l.id === at.length);
  return length !== undefined && calendarOf(length).roundOf(visibleFrom) <= at.round;
}

/** One calendar per length: a bot asks about every dated card before each play. */
const calendars = new WeakMap<Length, Calendar>();
function calendarOf(length: Length): Calendar {
  let calendar = calendars.get(length);
  if (!calendar) {
    calendar = new Calendar(length);
    calendars.set(length, calendar);
  }
  return calendar;
}

/** The earliest round (1-based) in which events can be drawn and cards played, for one length. */
export class EarliestRounds {
  private readonly events = new Map<string, number>();
  private readonly cards = new Map<string, number>();
  /** For each event, the rounds in which an effect can first trigger it (it arrives one brief later). */
  private readonly triggeredIn = new Map<string, (() => number)[]>();

  constructor(
    private readonly s: Scenario,
    private readonly calendar: Calendar,
  ) {
    s.cards.forEach((c) => {
      this.noteTriggers(c.effects, () => this.card(c.id));
    });
    s.reactions.forEach((r) => {
      this.noteTriggers(r.effects, () => this.condition(r.when));
    });
    s.events.forEach((e) => {
      this.noteTriggers(e.effects, () => this.event(e.id));
    });
  }

  /** The earliest round the event can be drawn in; Infinity if never. */
  event(id: string): number {
    return this.memo(this.events, id, () => {
      const e = this.s.events.find((x) => x.id === id);
      if (!e) return Number.POSITIVE_INFINITY;
      const own =
        e.trigger.type === 'scheduled'
          ? this.calendar.roundOf(e.date ?? '')
          : e.trigger.when === undefined
            ? 1
            : this.condition(e.trigger.when);
      const triggered = (this.triggeredIn.get(id) ?? []).map((round) => round() + 1);
      return Math.min(own, ...triggered);
    });
  }

  /** The earliest round the card can be played in. */
  card(id: string): number {
    return this.memo(this.cards, id, () => {
      const c = this.s.cards.find((x) => x.id === id);
      if (!c) return Number.POSITIVE_INFINITY;
      const shown = c.visibleFrom === undefined ? 1 : this.calendar.roundOf(c.visibleFrom);
      return Math.max(shown, c.requires === undefined ? 1 : this.condition(c.requires));
    });
  }

  /**
   * The earliest round in which the condition can hold at a brief. Conservative: only the
   * round number, events and cards are read; anything else may hold from the first round.
   */
  condition(c: Condition): number {
    if (typeof c === 'boolean') return c ? 1 : Number.POSITIVE_INFINITY;
    if ('all' in c) return Math.max(1, ...c.all.map((x) => this.condition(x)));
    if ('any' in c) return Math.min(...c.any.map((x) => this.condition(x)));
    if ('not' in c) return 1;
    if ('event' in c) return this.event(c.event);
    if ('played' in c) return this.card(c.played) + 1;
    if ('stat' in c && c.stat === 'round') return roundAtLeast(c.op, c.value);
    return 1;
  }

  private noteTriggers(effects: readonly Effect[], round: () => number, delay = 0): void {
    for (const e of effects) {
      if ('trigger' in e) {
        const list = this.triggeredIn.get(e.trigger) ?? [];
        list.push(() => round() + delay);
        this.triggeredIn.set(e.trigger, list);
      } else if ('chance' in e) {
        this.noteTriggers(e.success, round, delay);
        this.noteTriggers(e.failure ?? [], round, delay);
      } else if ('after' in e) this.noteTriggers(e.effects, round, delay + e.after);
    }
  }

  /** Caches an answer; a question that leads back to itself counts from the first round. */
  private memo(cache: Map<string, number>, id: string, compute: () => number): number {
    const known = cache.get(id);
    if (known !== undefined) return known;
    cache.set(id, 1);
    const value = compute();
    cache.set(id, value);
    return value;
  }
}

/** The smallest round number a comparison with the round allows. */
function roundAtLeast(op: string, value: number): number {
  if (op === '>=' || op === '==') return Math.max(1, Math.ceil(value));
  if (op === '>') return Math.max(1, Math.floor(value) + 1);
  return 1;
}
