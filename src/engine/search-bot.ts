/**
 * The look-ahead player (`search`). At the start of each turn it tries every card it may play,
 * and playing nothing, in rollouts: copies of the game with dice of its own, never the game's,
 * played to the end with a fast base policy and scored on the scenario's objectives (the
 * debrief's 0–100 scores). Every option meets the same dice (common random numbers), so options
 * are compared on the same luck. The best few cards, alone and together, then get more rollouts,
 * and the bot plays the best of these plans. It sees only what a player sees: the state of play,
 * the log and the odds; the rollouts' dice are its own guesses.
 */
import { cardBlocker, playCard } from './cards';
import { objectiveScores } from './debrief';
import type { Game } from './game';
import type { GameContext } from './game-context';
import type { PlayerEvent } from './game-events';
import { climbingCard, mayGoAbove, playerLadder, rungOf, unlockingCard, wentAbove } from './ladder-reach';
import { nextRandom, seedState } from './rng';
import { type BasePolicy, passBase, type Rollout } from './rollout';
import type { ScenarioIndex } from './scenario-index';

/**
 * What the bot may do with the player seat's ladder. `free`: anything. `restraint`: never play a
 * card that may take the ladder above rung `cap` (a rung's position, lowest 0). `arming`: a game
 * in which the ladder never stood above `cap` scores 100 less, so the bot arms, when it finds best.
 */
export type SearchMode = { kind: 'free' } | { kind: 'restraint'; cap: number } | { kind: 'arming'; cap: number };

export interface SearchSettings {
  /** Rollouts for every option at the start of a turn (the first look). */
  rollouts: number;
  /** How many of the best cards are combined into plans for the second look. */
  finalists: number;
  /** Rollouts for each plan in the second look, counting those it already had from the first. */
  refine: number;
  mode: SearchMode;
}

export const DEFAULT_SEARCH: SearchSettings = { rollouts: 1, finalists: 3, refine: 3, mode: { kind: 'free' } };

/** A turn as the bot judged it: the plan it chose and its own estimates of the final score (0–100). */
export interface TurnEstimate {
  round: number;
  plan: string[];
  /** The chosen plan's estimate. */
  best: number;
  /** The median estimate over every single option (each card alone, and playing nothing). */
  median: number;
  options: number;
}

/** The mean of the scenario's objective scores (0–100) in a context. */
export function objectiveMean(index: ScenarioIndex, ctx: GameContext): number {
  const scores = objectiveScores(index, ctx);
  return scores.length === 0 ? 0 : scores.reduce((sum, o) => sum + o.score, 0) / scores.length;
}

/** Mixes whole numbers into one generator state: the dice of one rollout. */
function diceFor(...parts: number[]): number {
  let state = 0x2545f491;
  for (const part of parts) state = nextRandom((state ^ seedState(part)) >>> 0)[1];
  return nextRandom(state)[1];
}

/**
 * In arming mode the base policy climbs just in time: once the rounds left are no more than the
 * steps to above the cap, it climbs a step a turn (unlocking the step first when a flag it needs
 * is missing). The search itself decides whether climbing earlier is worth it.
 */
function armingBase(cap: number): BasePolicy {
  return (index, ctx, seat) => {
    const now = rungOf(index, ctx, playerLadder(index));
    const roundsLeft = ctx.rounds - ctx.round + 1;
    if (now > cap || roundsLeft > cap + 1 - now) return null;
    if (ctx.playedThisRound.some((id) => index.cards[id]?.move !== undefined)) return null;
    return (climbingCard(index, ctx, seat) ?? unlockingCard(index, ctx, seat))?.id ?? null;
  };
}

/**
 * A council that keeps its word: while a line it judged crossed waits for its answer, the first
 * answer card it may play now (one its mode allows). Without it the look-ahead would see every
 * "crossed" judgement go unanswered in its rollouts, and so never judge a line crossed.
 */
function answerFor(mode: SearchMode): BasePolicy {
  return (index, ctx, seat) => {
    for (const [id, state] of Object.entries(ctx.lines ?? {})) {
      if (state.status !== 'crossed') continue;
      for (const card of index.redLines[id]?.answer ?? []) {
        const data = index.cards[card];
        if (data === undefined || cardBlocker(index, ctx, { seat, card }) !== null) continue;
        if (mode.kind === 'restraint' && mayGoAbove(index, ctx, data, mode.cap)) continue;
        return card;
      }
    }
    return null;
  };
}

/** The base policy of a mode's rollouts, which also finishes the bot's own turns: answer a crossed line first. */
function baseFor(mode: SearchMode): BasePolicy {
  const answer = answerFor(mode);
  const rest = mode.kind === 'arming' ? armingBase(mode.cap) : passBase;
  return (index, ctx, seat) => answer(index, ctx, seat) ?? rest(index, ctx, seat);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/** The median of some numbers (0 for none). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Every ordered selection of `ranked` (kept in rank order) of 1 to `size` items. */
function combinations(ranked: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  const grow = (start: number, plan: string[]) => {
    if (plan.length > 0) out.push(plan);
    if (plan.length === size) return;
    for (let i = start; i < ranked.length; i++) grow(i + 1, [...plan, ranked[i] as string]);
  };
  grow(0, []);
  return out;
}

interface Look {
  game: Game;
  seat: string;
  settings: SearchSettings;
  rollout: Rollout;
  base: BasePolicy;
  seed: number;
}

/** A plan's estimates over the dice `first` to `first + count - 1`; empty when the game refuses the plan. */
function estimates(look: Look, plan: readonly string[], first: number, count: number): number[] {
  const { game, seat, settings } = look;
  const index = game.rules.index;
  const out: number[] = [];
  for (let j = first; j < first + count; j++) {
    const end = look.rollout(game, seat, plan, look.base, diceFor(look.seed, game.context.round, j));
    if (end === null) return [];
    const score = objectiveMean(index, end);
    const unarmed = settings.mode.kind === 'arming' && !wentAbove(index, end, settings.mode.cap);
    out.push(unarmed ? score - 100 : score);
  }
  return out;
}

/** The cards the mode lets the bot consider now. */
function candidates(game: Game, seat: string, mode: SearchMode): string[] {
  const index = game.rules.index;
  return game
    .playable(seat)
    .filter((card) => mode.kind !== 'restraint' || !mayGoAbove(index, game.context, card, mode.cap))
    .map((card) => card.id);
}

/**
 * Plans of two cards in which the first opens the second this turn (an unlock, then the step it
 * opens): the second card is not among this turn's candidates, so the best few singles could
 * never pair them, and the first alone often looks worse than playing nothing.
 */
function openingPairs(game: Game, seat: string, mode: SearchMode, singles: readonly string[]): string[][] {
  const index = game.rules.index;
  const ctx = game.context;
  const now = new Set(singles);
  const pairs: string[][] = [];
  for (const first of singles) {
    const after = playCard(index, ctx, { seat, card: first });
    for (const card of index.cardsOf[seat] ?? []) {
      if (now.has(card.id) || cardBlocker(index, after, { seat, card: card.id }) !== null) continue;
      if (mode.kind === 'restraint' && mayGoAbove(index, after, card, mode.cap)) continue;
      pairs.push([first, card.id]);
    }
  }
  return pairs;
}

/** Every single option (each open card alone, and playing nothing) with its estimates over `count` dice. */
function firstLook(look: Look, open: readonly string[], count: number): { plan: string[]; values: number[] }[] {
  return [[], ...open.map((card) => [card])]
    .map((plan) => ({ plan, values: estimates(look, plan, 0, count) }))
    .filter((o) => o.values.length > 0);
}

/**
 * The bot's first look at a turn, taken with `count` rollouts: each single option's mean estimate
 * of the final score, `[]` standing for playing nothing (card-values.ts).
 */
export function optionValues(
  game: Game,
  seat: string,
  settings: SearchSettings,
  seed: number,
  rollout: Rollout,
  count: number,
): { plan: string[]; value: number }[] {
  const look: Look = { game, seat, settings, rollout, seed, base: baseFor(settings.mode) };
  return firstLook(look, candidates(game, seat, settings.mode), count).map((o) => ({
    plan: o.plan,
    value: mean(o.values),
  }));
}

/**
 * Chooses this turn's plan: every single option first, then plans made of the best few cards,
 * and plans in which one card opens another. The second look reuses the first look's rollouts
 * of a plan (the same dice), so every plan is still judged on the same dice as every other.
 */
export function planTurn(
  game: Game,
  seat: string,
  settings: SearchSettings,
  seed: number,
  rollout: Rollout,
): TurnEstimate {
  const look: Look = { game, seat, settings, rollout, seed, base: baseFor(settings.mode) };
  const open = candidates(game, seat, settings.mode);
  const first = firstLook(look, open, settings.rollouts);
  const ranked = first
    .filter((o) => o.plan.length === 1)
    .sort((a, b) => mean(b.values) - mean(a.values))
    .slice(0, settings.finalists)
    .map((o) => o.plan[0] as string);
  const known = new Map(first.map((o) => [o.plan.join(' '), o.values]));
  const size = game.rules.index.scenario.rules.cardsPerRound;
  let best = { plan: [] as string[], value: Number.NEGATIVE_INFINITY };
  const pairs = size >= 2 ? openingPairs(game, seat, settings.mode, open) : [];
  for (const plan of [[], ...combinations(ranked, size), ...pairs]) {
    const had = (known.get(plan.join(' ')) ?? []).slice(0, settings.refine);
    const more = had.length < settings.refine ? estimates(look, plan, had.length, settings.refine - had.length) : [];
    const values = [...had, ...more];
    if (values.length === settings.refine && mean(values) > best.value) best = { plan, value: mean(values) };
  }
  return {
    round: game.context.round,
    plan: best.plan,
    best: best.value,
    median: median(first.map((o) => mean(o.values))),
    options: first.length,
  };
}

/**
 * The search bot's turn for `seat`: plans the turn, plays the plan's cards that the game still
 * accepts, then lets the base policy finish the turn, exactly as its rollouts assumed.
 */
export function searchTurn(
  game: Game,
  seat: string,
  settings: SearchSettings,
  seed: number,
  rollout: Rollout,
): { sent: PlayerEvent[]; estimate: TurnEstimate } {
  const estimate = planTurn(game, seat, settings, seed, rollout);
  const sent: PlayerEvent[] = [];
  const base = baseFor(settings.mode);
  for (const card of estimate.plan) {
    const event: PlayerEvent = { type: 'card.play', seat, card };
    if (game.send(event).ok) sent.push(event);
  }
  for (
    let card = base(game.rules.index, game.context, seat);
    card !== null;
    card = base(game.rules.index, game.context, seat)
  ) {
    const event: PlayerEvent = { type: 'card.play', seat, card };
    if (!game.send(event).ok) break;
    sent.push(event);
  }
  return { sent, estimate };
}
