/**
 * Applies the effect language to a draft of the context (see draft.ts), so the context the
 * machine holds is never mutated.
 */
import { holds } from './conditions';
import { type Draft, own } from './draft';
import type { Effect, Odds } from './effect-schema';
import type { Cause, GameContext } from './game-context';
import { declareLine, judgeLine } from './red-lines';
import { nextRandom } from './rng';
import { moveTarget, type ScenarioIndex, stepFrom, stepToward } from './scenario-index';
import type { Step } from './scenario-schema';
import { callVote, voterTeam } from './votes';

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
  own(d, 'meters')[id] = to;
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

/**
 * True when a ladder's region standing on `from` takes its step to `to` next, on its way to the
 * rung the context holds (the machine's ladder regions follow `context.rungs` so).
 */
export function followsStep(index: ScenarioIndex, ctx: GameContext, ladder: string, from: string, to: string): boolean {
  return stepToward(index, ladder, from, ctx.rungs[ladder] ?? from) === to;
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
  own(d, 'rungs')[move.ladder] = to;
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
    else if ('vote' in e && voterTeam(ctx, e.voter) === undefined) {
      // A vote the bot casts is shown with its odds like a chance; a team's vote has none.
      out.push({ label: e.label, chance: oddsNow(index, ctx, e.bot) });
      out.push(...oddsOf(index, ctx, e.yes), ...oddsOf(index, ctx, e.no ?? []));
    }
  }
  return out;
}

export function applyEffects(index: ScenarioIndex, d: Draft, effects: readonly Effect[], cause: Cause): void {
  for (const e of effects) applierOf(e)(index, d, cause);
}

type Apply = (index: ScenarioIndex, d: Draft, cause: Cause) => void;

/** Each effect of a scenario is read once into a small function, kept beside the effect object (which never changes). */
const appliers = new WeakMap<Effect, Apply>();

function applierOf(e: Effect): Apply {
  let apply = appliers.get(e);
  if (!apply) {
    apply = compile(e);
    appliers.set(e, apply);
  }
  return apply;
}

function compile(e: Effect): Apply {
  if ('add' in e) {
    const { meter, add, note } = e;
    return (index, d, cause) => setMeter(index, d, meter, (d.meters[meter] ?? 0) + add, cause, note);
  }
  if ('set' in e) {
    const { meter, set, note } = e;
    return (index, d, cause) => setMeter(index, d, meter, set, cause, note);
  }
  if ('capital' in e) {
    const { capital, note } = e;
    return (index, d, cause) => addCapital(index, d, capital, cause, note);
  }
  if ('flag' in e) {
    const { flag, value = true } = e;
    return (_, d, cause) => setFlag(d, flag, value, cause);
  }
  if ('move' in e) {
    const { move, note } = e;
    return (index, d, cause) => {
      moveLadder(index, d, move, cause, note);
    };
  }
  if ('chance' in e) return (index, d, cause) => rollChance(index, d, e, cause);
  if ('after' in e) {
    const { after, label, effects } = e;
    return (_, d, cause) => {
      const due = d.round + after;
      d.pending = [...d.pending, { due, label, effects, cause }];
      d.log.push({ kind: 'scheduled', round: d.round, due, label, cause });
    };
  }
  if ('declare' in e) return (index, d) => declareLine(index, d, e.declare, e.public, applyEffects);
  if ('judge' in e) return (index, d) => judgeLine(index, d, e.judge, e.crossed, applyEffects);
  if ('vote' in e) return (index, d, cause) => callVote(index, d, e, cause, VOTE_TOOLS);
  const { trigger } = e;
  return (_, d) => {
    if (!d.triggered.includes(trigger)) d.triggered = [...d.triggered, trigger];
  };
}

const VOTE_TOOLS = { apply: applyEffects, roll, oddsNow };

function setFlag(d: Draft, flag: string, value: boolean, cause: Cause): void {
  if ((d.flags[flag] === true) === value) return;
  own(d, 'flags')[flag] = value;
  d.log.push({ kind: 'flag', round: d.round, id: flag, value, cause });
}

function rollChance(index: ScenarioIndex, d: Draft, e: Extract<Effect, { chance: unknown }>, cause: Cause): void {
  const chance = oddsNow(index, d, e.chance);
  const value = roll(d);
  const success = value < chance;
  d.log.push({ kind: 'roll', round: d.round, label: e.label, chance, roll: value, success, cause });
  applyEffects(index, d, success ? e.success : (e.failure ?? []), cause);
}
