/**
 * News-blind fixed scripts: the same cards in every game, round by round, whatever the news.
 * A script shows what a class gets by following a plan without reading anything; the balance
 * report plays a family of them (the look-ahead bot's favourite lines, and "climb to rung k
 * from round r" plans with filler) over many seeds.
 */
import { cardBlocker } from './cards';
import { Game, type Rules } from './game';
import type { GameContext } from './game-context';
import { climbingCard, playerLadder, rungOf, unlockingCard } from './ladder-reach';
import { playToDecide, type Turn } from './playout';
import type { BasePolicy, Rollout } from './rollout';
import type { ScenarioIndex } from './scenario-index';

/** The cards the player seat plays in each round, in order (round 1 first). */
export type Script = string[][];

/** The next card of the round's list after the last one played, skipping those the game would refuse now. */
function nextOf(index: ScenarioIndex, ctx: GameContext, seat: string, list: readonly string[]): string | null {
  let from = 0;
  for (const [i, card] of list.entries()) if (ctx.playedThisRound.includes(card)) from = i + 1;
  for (const card of list.slice(from)) if (cardBlocker(index, ctx, { seat, card }) === null) return card;
  return null;
}

/** A script as a base policy for rollouts: each round's cards in order, the ones refused skipped. */
export function scriptBase(script: Script): BasePolicy {
  return (index, ctx, seat) => nextOf(index, ctx, seat, script[ctx.round - 1] ?? []);
}

/** Plays a whole game of a script through `rollout` with the game's own dice: the game the script would have had. */
export function playScript(rules: Rules, seed: number, length: string, script: Script, rollout: Rollout): GameContext {
  const game = new Game(rules, seed);
  game.send({ type: 'game.start', length });
  if (!playToDecide(game)) return game.context;
  return rollout(game, rules.index.scenario.player, [], scriptBase(script), game.context.rng) ?? game.context;
}

/** A climbing plan: from round `from` on, climb the player ladder to rung position `target`. */
export interface Climb {
  target: number;
  from: number;
}

/**
 * A turn that follows climbing plans (the highest target whose round has come): the cheapest
 * card that climbs, or else one that unlocks the next step and then, if the round allows, the
 * card that climbs it; then the `filler` cards.
 */
export function climberTurn(climbs: readonly Climb[], filler: readonly string[]): Turn {
  return (game) => {
    const index = game.rules.index;
    const seat = index.scenario.player;
    const ctx = game.context;
    const target = Math.max(-1, ...climbs.filter((c) => c.from <= ctx.round).map((c) => c.target));
    if (rungOf(index, ctx, playerLadder(index)) < target) {
      const card = climbingCard(index, ctx, seat) ?? unlockingCard(index, ctx, seat);
      if (card && game.send({ type: 'card.play', seat, card: card.id }).ok && card.move === undefined) {
        // The card unlocked the next step: climb it in the same round if the rules allow.
        const climb = climbingCard(index, game.context, seat);
        if (climb) game.send({ type: 'card.play', seat, card: climb.id });
      }
    }
    for (let card = nextOf(index, game.context, seat, filler); card !== null; ) {
      if (!game.send({ type: 'card.play', seat, card }).ok) break;
      card = nextOf(index, game.context, seat, filler);
    }
  };
}

/** The script a game's log shows the player seat playing. */
export function scriptOf(index: ScenarioIndex, ctx: GameContext): Script {
  const seat = index.scenario.player;
  const script: Script = Array.from({ length: ctx.round }, () => []);
  for (const e of ctx.log) if (e.kind === 'card' && e.seat === seat) script[e.round - 1]?.push(e.id);
  return script;
}
