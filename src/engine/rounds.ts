/** The steps of a round that are not a player's choice: the brief, the resolve, the ending. */
import { holds } from './conditions';
import { type Draft, draftOf, emptyRecord, own } from './draft';
import { addCapital, applyEffects, roll } from './effects';
import type { GameContext } from './game-context';
import type { StartEvent } from './game-events';
import { lineDeadlines, watchLines } from './red-lines';
import type { ScenarioIndex } from './scenario-index';
import type { ScenarioEvent } from './scenario-schema';

/** The context of a game that has not started. */
export function initialContext(index: ScenarioIndex, seed: number, rng: number): GameContext {
  const s = index.scenario;
  return {
    seed,
    rng,
    length: '',
    rounds: 0,
    round: 0,
    humans: [s.player],
    teams: [],
    requireRationale: false,
    deliberationSeconds: 0,
    deliberationBase: 0,
    paused: false,
    injects: 0,
    meters: Object.fromEntries(s.meters.map((m) => [m.id, m.start])),
    capital: s.capital.start,
    rungs: Object.fromEntries(s.ladders.map((l) => [l.id, l.start])),
    flags: emptyRecord(),
    played: emptyRecord(),
    playedThisRound: [],
    seen: emptyRecord(),
    reactionsFired: emptyRecord(),
    pending: [],
    triggered: [],
    ...(s.redLines === undefined ? {} : { lines: emptyRecord() }),
    ...(s.rules.council === undefined ? {} : { council: { proposals: [], decided: false } }),
    ending: '',
    log: [],
  };
}

/** Null when the game can start with these settings, else what is wrong with them. */
export function startProblem(index: ScenarioIndex, start: StartEvent): string | null {
  const s = index.scenario;
  if (!s.lengths.some((l) => l.id === start.length)) return `length "${start.length}"`;
  for (const h of start.humans ?? []) if (!s.seats.some((x) => x.id === h)) return `seat "${h}"`;
  const ids = new Set<string>();
  for (const t of start.teams ?? []) {
    const seat = s.seats.find((x) => x.id === t.seat);
    if (!seat) return `seat "${t.seat}"`;
    if (t.role !== undefined && !seat.roles.some((r) => r.id === t.role)) return `role "${t.role}"`;
    if (ids.has(t.id)) return `team "${t.id}" twice`;
    ids.add(t.id);
  }
  return null;
}

export function startGame(index: ScenarioIndex, ctx: GameContext, start: StartEvent): GameContext {
  const length = index.scenario.lengths.find((l) => l.id === start.length);
  const teams = start.teams ?? [];
  const humans = teams.length > 0 ? [...new Set(teams.map((t) => t.seat))] : (start.humans ?? ctx.humans);
  const base = start.deliberationSeconds ?? length?.deliberationSeconds ?? 0;
  return {
    ...ctx,
    length: start.length,
    rounds: length?.rounds.length ?? 0,
    humans,
    teams,
    requireRationale: start.requireRationale ?? false,
    deliberationBase: base,
  };
}

/** Opens the next round: income, then the round's events (scheduled, triggered, conditional, random). */
export function beginRound(index: ScenarioIndex, ctx: GameContext): Draft {
  const d = draftOf(ctx);
  d.round += 1;
  d.playedThisRound = [];
  if (d.council) d.council = { proposals: [], decided: false };
  d.deliberationSeconds = d.deliberationBase;
  // The aftermath's rounds are the bots' alone: marked in the log, and no capital to spend.
  const aftermath = d.round > d.rounds;
  d.log.push(aftermath ? { kind: 'round', round: d.round, aftermath } : { kind: 'round', round: d.round });
  if (d.round > 1 && !aftermath)
    addCapital(index, d, index.scenario.capital.perRound, { kind: 'round', id: String(d.round) });
  for (const e of roundEvents(index, d)) fire(index, d, e);
  watchLines(index, d, d.round, applyEffects);
  return d;
}

function roundEvents(index: ScenarioIndex, d: Draft): ScenarioEvent[] {
  const s = index.scenario;
  const periods = index.periods[d.length] ?? [];
  const until = periods[d.round - 1]?.until ?? '';
  const after = periods[d.round - 2]?.until ?? '';
  const out: ScenarioEvent[] = [];
  for (const e of index.eventsBy.scheduled)
    if (isOpen(d, e) && e.date !== undefined && e.date <= until && e.date > after) out.push(e);
  for (const id of d.triggered) {
    const e = index.events[id];
    if (e && isOpen(d, e) && !out.includes(e)) out.push(e);
  }
  d.triggered = [];
  for (const e of index.eventsBy.conditional)
    if (e.trigger.type === 'conditional' && isOpen(d, e) && !out.includes(e) && holds(index, d, e.trigger.when))
      out.push(e);
  const pool: ScenarioEvent[] = [];
  for (const e of index.eventsBy.random)
    if (
      e.trigger.type === 'random' &&
      isOpen(d, e) &&
      !out.includes(e) &&
      (e.trigger.when === undefined || holds(index, d, e.trigger.when))
    )
      pool.push(e);
  for (let n = 0; n < s.rules.randomEventsPerRound && pool.length > 0; n++) {
    const picked = pickWeighted(pool, roll(d));
    out.push(pool[picked] as ScenarioEvent);
    pool.splice(picked, 1);
  }
  return out;
}

/** An event that may happen only once is open until it has. */
const isOpen = (d: Draft, e: ScenarioEvent) => !(e.once && d.seen[e.id] !== undefined);

const weight = (e: ScenarioEvent) => (e.trigger.type === 'random' ? e.trigger.weight : 0);

function pickWeighted(pool: ScenarioEvent[], value: number): number {
  let total = 0;
  for (const e of pool) total += weight(e);
  let left = value * total;
  for (let i = 0; i < pool.length; i++) {
    left -= weight(pool[i] as ScenarioEvent);
    if (left < 0) return i;
  }
  return pool.length - 1;
}

/** Draws one event: it is marked seen, logged and its effects applied. */
export function fire(index: ScenarioIndex, d: Draft, e: ScenarioEvent, injected = false): void {
  own(d, 'seen')[e.id] = d.round;
  d.log.push(
    injected ? { kind: 'event', round: d.round, id: e.id, injected } : { kind: 'event', round: d.round, id: e.id },
  );
  applyEffects(index, d, e.effects, { kind: 'event', id: e.id });
}

/**
 * Closes the round: delayed effects that fall due, then the reactions of every seat no team plays
 * (with `rules.idleTeamsKeepBots`, also of an actor seat whose team played no card this round; in
 * the aftermath, of every seat: the teams have left the table).
 */
function silentSeats(index: ScenarioIndex, d: Draft): Set<string> {
  if (!index.scenario.rules.idleTeamsKeepBots) return new Set(d.humans);
  const acted = new Set<string>([index.scenario.player]);
  for (const e of d.log) if (e.kind === 'card' && e.round === d.round) acted.add(e.seat);
  return new Set(d.humans.filter((h) => acted.has(h)));
}

export function resolveRound(index: ScenarioIndex, ctx: GameContext): Draft {
  const d = draftOf(ctx);
  const due = d.pending.filter((p) => p.due <= d.round);
  d.pending = d.pending.filter((p) => p.due > d.round);
  for (const p of due) applyEffects(index, d, p.effects, { ...p.cause, kind: 'delayed' });
  const aftermath = d.round > d.rounds;
  const silent = silentSeats(index, d);
  for (const r of index.reactions) {
    if (!aftermath && silent.has(r.seat)) continue;
    if (r.once && d.reactionsFired[r.id] !== undefined) continue;
    if (!holds(index, d, r.when)) continue;
    own(d, 'reactionsFired')[r.id] = d.round;
    d.log.push({ kind: 'reaction', round: d.round, id: r.id, seat: r.seat });
    applyEffects(index, d, r.effects, { kind: 'reaction', id: r.id, seat: r.seat });
  }
  lineDeadlines(index, d, applyEffects);
  watchLines(index, d, d.round + 1, applyEffects);
  return d;
}

/**
 * The ending the game reaches now, if any: "any" endings every round, "end" endings after the
 * last round and its aftermath — or at once when the facilitator ends the game early (`early`).
 */
export function endingFor(index: ScenarioIndex, ctx: GameContext, early = false): string | undefined {
  for (const e of index.endings) if (e.at === 'any' && holds(index, ctx, e.when)) return e.id;
  if (ctx.round < ctx.rounds + (index.aftermath[ctx.length] ?? 0) && !early) return undefined;
  for (const e of index.endings) if (e.at === 'end' && holds(index, ctx, e.when)) return e.id;
  return undefined;
}

export function recordEnding(ctx: GameContext, id: string, early = false): GameContext {
  const entry = early
    ? { kind: 'ending' as const, round: ctx.round, id, early }
    : { kind: 'ending' as const, round: ctx.round, id };
  return { ...ctx, ending: id, log: [...ctx.log, entry] };
}
