/**
 * Applies the effect language to a draft of the context. A draft is a fresh copy made by
 * `draftOf`, so the context the machine holds is never mutated.
 */
import { holds } from './conditions';
import type { Effect, Odds } from './effect-schema';
import type { Cause, GameContext } from './game-context';
import { nextRandom } from './rng';
import { moveTarget, type ScenarioIndex, stepFrom } from './scenario-index';
import type { Step } from './scenario-schema';

/** A context being changed: a fresh copy that only its maker writes into. */
export type Draft = GameContext;

/**
 * A draft shares the context's records and lists until it changes one: every change puts a new
 * record or list in the draft's own field (copy on write), never writes into the shared one.
 * Only the log, which almost every step adds to, is copied at once.
 */
export function draftOf(ctx: GameContext): Draft {
  return { ...ctx, log: ctx.log.slice() };
}

/** Rolls the seeded generator once. */
export function roll(d: Draft): number {
  const [value, next] = nextRandom(d.rng);
  d.rng = next;
  return value;
}

/** The open step from the ladder's current rung to `to`, if the scenario has one and it is unlocked. */
export function openStep(index: ScenarioIndex, ctx: GameContext, ladder: string, to: string): Step | undefined {
  const step = stepFrom(index, ladder, ctx.rungs[ladder] ?? '', to);
  return step && unlocked(index, ctx, step) ? step : undefined;
}

/** A step without an unlock condition is always open; one with it, once the condition holds. */
export function unlocked(index: ScenarioIndex, ctx: GameContext, step: Step): boolean {
  return step.unlock === undefined || holds(index, ctx, step.unlock);
}

export function setMeter(index: ScenarioIndex, d: Draft, id: string, value: number, cause: Cause, note?: string) {
  const meter = index.meters[id];
  if (!meter) return;
  const from = d.meters[id] ?? meter.start;
  const to = Math.min(meter.max, Math.max(meter.min, Math.round(value)));
  if (to === from) return;
  d.meters = { ...d.meters, [id]: to };
  d.log.push(
    note === undefined
      ? { kind: 'meter', round: d.round, id, from, to, cause }
      : { kind: 'meter', round: d.round, id, from, to, cause, note },
  );
}

export function addCapital(index: ScenarioIndex, d: Draft, amount: number, cause: Cause, note?: string) {
  const from = d.capital;
  const to = Math.min(index.scenario.capital.max, Math.max(0, from + amount));
  if (to === from) return;
  d.capital = to;
  d.log.push(
    note === undefined
      ? { kind: 'capital', round: d.round, from, to, cause }
      : { kind: 'capital', round: d.round, from, to, cause, note },
  );
}

/** Moves a ladder if an open step allows it; otherwise the attempt is logged as blocked. */
export function moveLadder(
  index: ScenarioIndex,
  d: Draft,
  move: { ladder: string; to?: string; by?: 1 | -1 },
  cause: Cause,
  note?: string,
): boolean {
  const from = d.rungs[move.ladder] ?? '';
  const to = moveTarget(index, move, from);
  if (to === undefined || to === from || !openStep(index, d, move.ladder, to)) {
    d.log.push({ kind: 'blocked', round: d.round, ladder: move.ladder, cause });
    return false;
  }
  d.rungs = { ...d.rungs, [move.ladder]: to };
  const entry = { kind: 'rung' as const, round: d.round, ladder: move.ladder, from, to, cause };
  d.log.push(note === undefined ? entry : { ...entry, note });
  return true;
}

/** The probability an uncertain outcome has now. */
export function oddsNow(index: ScenarioIndex, ctx: GameContext, odds: Odds): number {
  if (typeof odds === 'number') return odds;
  const meter = index.meters[odds.meter];
  if (!meter) return odds.atMin;
  const share = ((ctx.meters[odds.meter] ?? meter.start) - meter.min) / (meter.max - meter.min);
  return odds.atMin + (odds.atMax - odds.atMin) * share;
}

/**
 * The uncertain outcomes a list of effects holds, each with its odds now: shown before a
 * card is played, so the dice are never a surprise (delayed effects included).
 */
export function oddsOf(
  index: ScenarioIndex,
  ctx: GameContext,
  effects: readonly Effect[],
): { label: string; chance: number }[] {
  const out: { label: string; chance: number }[] = [];
  for (const e of effects) {
    if ('chance' in e) {
      out.push({ label: e.label, chance: oddsNow(index, ctx, e.chance) });
      out.push(...oddsOf(index, ctx, e.success), ...oddsOf(index, ctx, e.failure ?? []));
    } else if ('after' in e) out.push(...oddsOf(index, ctx, e.effects));
  }
  return out;
}

export function applyEffects(index: ScenarioIndex, d: Draft, effects: readonly Effect[], cause: Cause): void {
  for (const e of effects) applyEffect(index, d, e, cause);
}

function applyEffect(index: ScenarioIndex, d: Draft, e: Effect, cause: Cause): void {
  if ('add' in e) setMeter(index, d, e.meter, (d.meters[e.meter] ?? 0) + e.add, cause, e.note);
  else if ('set' in e) setMeter(index, d, e.meter, e.set, cause, e.note);
  else if ('capital' in e) addCapital(index, d, e.capital, cause, e.note);
  else if ('flag' in e) {
    const value = e.value ?? true;
    if ((d.flags[e.flag] === true) === value) return;
    d.flags = { ...d.flags, [e.flag]: value };
    d.log.push({ kind: 'flag', round: d.round, id: e.flag, value, cause });
  } else if ('move' in e) moveLadder(index, d, e.move, cause, e.note);
  else if ('chance' in e) {
    const chance = oddsNow(index, d, e.chance);
    const value = roll(d);
    const success = value < chance;
    d.log.push({ kind: 'roll', round: d.round, label: e.label, chance, roll: value, success, cause });
    applyEffects(index, d, success ? e.success : (e.failure ?? []), cause);
  } else if ('after' in e) {
    const due = d.round + e.after;
    d.pending = [...d.pending, { due, label: e.label, effects: e.effects, cause }];
    d.log.push({ kind: 'scheduled', round: d.round, due, label: e.label, cause });
  } else if (!d.triggered.includes(e.trigger)) d.triggered = [...d.triggered, e.trigger];
}
