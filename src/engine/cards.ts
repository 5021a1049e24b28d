/** Which cards a seat may play now, why the others are closed, and playing one. */
import { holds } from './conditions';
import { addCapital, applyEffects, type Draft, draftOf, moveLadder, openStep } from './effects';
import type { GameContext } from './game-context';
import { moveTarget, type ScenarioIndex } from './scenario-index';
import type { Card } from './scenario-schema';

/**
 * Why a card cannot be played. `code` picks the sentence from the locale file; `text`,
 * when present, is the scenario's own explanation (a locked step, a failed precondition).
 */
export type Blocker =
  | { code: 'unknown-card'; card: string }
  | { code: 'not-your-seat'; seat: string }
  | { code: 'already-played' }
  | { code: 'once-only' }
  | { code: 'card-limit'; limit: number }
  | { code: 'move-limit'; limit: number }
  | { code: 'capital'; need: number; have: number }
  | { code: 'requires'; text?: string }
  | { code: 'no-step'; from: string; to: string }
  | { code: 'step-locked'; text?: string };

export interface CardPlay {
  seat: string;
  card: string;
  rationale?: string;
}

/** Null when the card may be played now; otherwise the first reason it may not. */
export function cardBlocker(index: ScenarioIndex, ctx: GameContext, play: CardPlay): Blocker | null {
  const card = index.cards[play.card];
  if (!card) return { code: 'unknown-card', card: String(play.card) };
  if (card.seat !== play.seat || !ctx.humans.includes(card.seat)) return { code: 'not-your-seat', seat: card.seat };
  if (ctx.playedThisRound.includes(card.id)) return { code: 'already-played' };
  if (card.once && (ctx.played[card.id] ?? 0) > 0) return { code: 'once-only' };
  const limit = index.scenario.rules.cardsPerRound;
  if (countForSeat(index, ctx, card.seat) >= limit) return { code: 'card-limit', limit };
  if (card.requires !== undefined && !holds(index, ctx, card.requires))
    return card.locked === undefined ? { code: 'requires' } : { code: 'requires', text: card.locked };
  if (card.move) {
    const blocker = moveBlocker(index, ctx, card);
    if (blocker) return blocker;
  }
  if (card.cost > ctx.capital) return { code: 'capital', need: card.cost, have: ctx.capital };
  return null;
}

function countForSeat(index: ScenarioIndex, ctx: GameContext, seat: string): number {
  let n = 0;
  for (const id of ctx.playedThisRound) if (index.cards[id]?.seat === seat) n++;
  return n;
}

function moveBlocker(index: ScenarioIndex, ctx: GameContext, card: Card): Blocker | null {
  const move = card.move;
  if (!move) return null;
  const limit = index.scenario.rules.movesPerRound;
  if (ctx.movesThisRound >= limit) return { code: 'move-limit', limit };
  const from = ctx.rungs[move.ladder] ?? '';
  const to = moveTarget(index, move, from) ?? '';
  const step = index.steps[move.ladder]?.[from]?.find((s) => s.to === to);
  if (!step) return { code: 'no-step', from, to };
  if (!openStep(index, ctx, move.ladder, to))
    return step.locked === undefined ? { code: 'step-locked' } : { code: 'step-locked', text: step.locked };
  return null;
}

/** Plays a card the caller has checked with `cardBlocker`. */
export function playCard(index: ScenarioIndex, ctx: GameContext, play: CardPlay): Draft {
  const card = index.cards[play.card] as Card;
  const d = draftOf(ctx);
  const cause = { kind: 'card' as const, id: card.id, seat: card.seat };
  d.log.push(
    play.rationale
      ? { kind: 'card', round: d.round, id: card.id, seat: card.seat, rationale: play.rationale }
      : { kind: 'card', round: d.round, id: card.id, seat: card.seat },
  );
  d.playedThisRound.push(card.id);
  d.played[card.id] = (d.played[card.id] ?? 0) + 1;
  addCapital(index, d, -card.cost, cause);
  if (card.move && moveLadder(index, d, card.move, cause)) d.movesThisRound++;
  applyEffects(index, d, card.effects, cause);
  return d;
}
