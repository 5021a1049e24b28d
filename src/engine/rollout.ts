/**
 * Rollouts for the look-ahead player: from a game in its decide phase, play a plan of cards
 * now, then a base policy to the end of the game, with dice of the rollout's own.
 *
 * Two ways give the same result. `gameRollout` goes through `Game.branch` and the machine: always
 * right, whatever the machine does between turns. `fastRollout` calls the engine's exported pure
 * functions (play a card, resolve, ending, next round) without the machine, about three times
 * faster. `rolloutFor` checks once per scenario and length that the fast way ends sample games in
 * exactly the context the machine does, and falls back to the machine when it does not (a rule
 * added to the machine's flow that the fast way does not know).
 */
import { aftermathDue, playAftermath } from './aftermath';
import { cardBlocker, playCard } from './cards';
import { Game, type Rules } from './game';
import type { GameContext } from './game-context';
import { pass, playOut, playToDecide, type Turn } from './playout';
import { nextRandom, seedState } from './rng';
import { beginRound, endingFor, recordEnding, resolveRound } from './rounds';
import type { ScenarioIndex } from './scenario-index';

/** A base policy: the card a seat plays next in a rollout's later turns, or null to end the turn. */
export type BasePolicy = (index: ScenarioIndex, ctx: GameContext, seat: string) => string | null;

/** Plays nothing. */
export const passBase: BasePolicy = () => null;

/**
 * The final context of a rollout: `plan` played now by `seat`, then `base` for the rest of this
 * turn and in every later turn, with the generator state `rng` for dice. Null when the game
 * refuses a card of the plan.
 */
export type Rollout = (
  game: Game,
  seat: string,
  plan: readonly string[],
  base: BasePolicy,
  rng: number,
) => GameContext | null;

/** Every card a base policy may play in one turn: a guard against a policy that never says stop. */
const MAX_BASE_CARDS = 50;

/** The base policy as a turn of the `Game` API. */
function baseTurn(base: BasePolicy, seat: string): Turn {
  return (game) => {
    for (let n = 0; n < MAX_BASE_CARDS; n++) {
      const card = base(game.rules.index, game.context, seat);
      if (card === null || !game.send({ type: 'card.play', seat, card }).ok) return;
    }
  };
}

/** A rollout through the machine itself. */
export const gameRollout: Rollout = (game, seat, plan, base, rng) => {
  const branch = game.branch(rng);
  for (const card of plan) if (!branch.send({ type: 'card.play', seat, card }).ok) return null;
  const turn = base === passBase ? pass : baseTurn(base, seat);
  turn(branch);
  if (!branch.send({ type: 'turn.end' }).ok) return null;
  playOut(branch, turn);
  return branch.context;
};

function playFast(index: ScenarioIndex, ctx: GameContext, seat: string, card: string): GameContext | null {
  if (cardBlocker(index, ctx, { seat, card }) !== null) return null;
  return playCard(index, ctx, { seat, card });
}

/** A rollout through the engine's pure functions, in the machine's order: resolve, ending, next round, turn. */
export const fastRollout: Rollout = (game, seat, plan, base, rng) => {
  const index = game.rules.index;
  let ctx: GameContext = { ...game.context, rng };
  for (const card of plan) {
    const next = playFast(index, ctx, seat, card);
    if (next === null) return null;
    ctx = next;
  }
  for (;;) {
    ctx = baseFast(index, ctx, seat, base);
    ctx = resolveRound(index, ctx);
    const ending = endingFor(index, ctx);
    if (ending !== undefined) return recordEnding(ctx, ending);
    if (ctx.round >= ctx.rounds) return afterLastRound(index, ctx);
    ctx = beginRound(index, ctx);
  }
};

/** The aftermath, if the length has one, and the ending it reaches (as the machine's `aftermath` state). */
function afterLastRound(index: ScenarioIndex, ctx: GameContext): GameContext {
  if (!aftermathDue(index, ctx)) return ctx;
  const after = playAftermath(index, ctx);
  const ending = endingFor(index, after);
  return ending === undefined ? after : recordEnding(after, ending);
}

/** The rest of a turn by the base policy, through the pure functions. */
function baseFast(index: ScenarioIndex, ctx: GameContext, seat: string, base: BasePolicy): GameContext {
  let now = ctx;
  for (let n = 0; n < MAX_BASE_CARDS; n++) {
    const card = base(index, now, seat);
    const next = card === null ? null : playFast(index, now, seat, card);
    if (next === null) return now;
    now = next;
  }
  return now;
}

/** A base policy for the check: one card a round, a different one each round, so card play is compared too. */
const checkBase: BasePolicy = (index, ctx, seat) => {
  if (ctx.playedThisRound.length > 0) return null;
  const open = (index.cardsOf[seat] ?? []).filter((c) => cardBlocker(index, ctx, { seat, card: c.id }) === null);
  return open[(ctx.round * 7) % Math.max(1, open.length)]?.id ?? null;
};

const SAMPLE_GAMES = 4;

/** True when the fast rollout ends sample games (from every round) in exactly the machine's context. */
export function fastRolloutAgrees(rules: Rules, length: string): boolean {
  const seat = rules.index.scenario.player;
  for (let g = 0; g < SAMPLE_GAMES; g++) {
    const game = new Game(rules, g + 1);
    if (!game.send({ type: 'game.start', length }).ok) return false;
    for (let round = 1; playToDecide(game); round++) {
      const rng = nextRandom(seedState(g * 101 + round))[1];
      const plan = checkBase(rules.index, game.context, seat);
      const planned = plan === null ? [] : [plan];
      const slow = gameRollout(game, seat, planned, checkBase, rng);
      const fast = fastRollout(game, seat, planned, checkBase, rng);
      if (JSON.stringify(slow) !== JSON.stringify(fast)) return false;
      if (plan !== null) game.send({ type: 'card.play', seat, card: plan });
      game.send({ type: 'turn.end' });
    }
  }
  return true;
}

const checked = new WeakMap<Rules, Map<string, Rollout>>();

/** The rollout to use for a scenario's rules and a length: the fast one when it agrees with the machine. */
export function rolloutFor(rules: Rules, length: string): Rollout {
  let byLength = checked.get(rules);
  if (!byLength) {
    byLength = new Map();
    checked.set(rules, byLength);
  }
  let rollout = byLength.get(length);
  if (!rollout) {
    rollout = fastRolloutAgrees(rules, length) ? fastRollout : gameRollout;
    byLength.set(length, rollout);
  }
  return rollout;
}
