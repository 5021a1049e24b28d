/** Which cards a seat may play now, why the others are closed, and playing one. */
import { holds } from './conditions';
import { type Draft, draftOf, own } from './draft';
import { addCapital, applyEffects, moveLadder, unlocked } from './effects';
import { effectsOfPlay } from './fade';
import type { GameContext, LogEntry } from './game-context';
import { answerLines, lineBlocker, watchLines } from './red-lines';
import { moveTarget, type ScenarioIndex, stepFrom } from './scenario-index';
import type { Card } from './scenario-schema';
import { shownInRound } from './visibility';

/**
 * Why a card cannot be played. `code` picks the sentence from the locale file; `text`,
 * when present, is the scenario's own explanation (a locked step, a failed precondition).
 */
export type Blocker =
  | { code: 'unknown-card'; card: string }
  | { code: 'not-shown-yet' }
  | { code: 'not-your-seat'; seat: string }
  | { code: 'unknown-team'; team: string }
  | { code: 'role-owned'; role: string }
  | { code: 'rationale-required' }
  | { code: 'already-played' }
  | { code: 'once-only' }
  | { code: 'card-limit'; limit: number }
  | { code: 'move-limit'; limit: number }
  | { code: 'capital'; need: number; have: number }
  | { code: 'requires'; text?: string }
  | { code: 'no-step'; from: string; to: string }
  | { code: 'step-locked'; text?: string }
  | { code: 'line-declared'; line: string }
  | { code: 'line-not-tested'; line: string };

/** The reasons that carry nothing but their code, made once (a bot asks about every card before each play). */
const ALREADY_PLAYED: Blocker = Object.freeze({ code: 'already-played' });
const ONCE_ONLY: Blocker = Object.freeze({ code: 'once-only' });
const REQUIRES: Blocker = Object.freeze({ code: 'requires' });
const STEP_LOCKED: Blocker = Object.freeze({ code: 'step-locked' });
const NOT_SHOWN_YET: Blocker = Object.freeze({ code: 'not-shown-yet' });

export interface CardPlay {
  seat: string;
  card: string;
  team?: string;
  rationale?: string;
}

/** Null when the card may be played now; otherwise the first reason it may not. */
export function cardBlocker(index: ScenarioIndex, ctx: GameContext, play: CardPlay): Blocker | null {
  const card = index.cards[play.card];
  if (!card) return { code: 'unknown-card', card: String(play.card) };
  return blockerOf(index, ctx, card, play.seat, play.team);
}

/** What a seat has done this round: the cards it played, and how many of them moved a ladder. */
export interface SeatRound {
  cards: number;
  moves: number;
}

/** The cards and ladder moves a seat's cards made this round: each seat has its own, as it has its own cards. */
export function seatRound(index: ScenarioIndex, ctx: GameContext, seat: string): SeatRound {
  const done = { cards: 0, moves: 0 };
  for (const id of ctx.playedThisRound) {
    const card = index.cards[id];
    if (card?.seat !== seat) continue;
    done.cards++;
    if (card.move) done.moves++;
  }
  return done;
}

/**
 * `cardBlocker` for a card of the scenario, played from a seat (by a team, with teams). A caller
 * asking about many cards of one seat passes the seat's round once (`seatRound`).
 */
export function blockerOf(
  index: ScenarioIndex,
  ctx: GameContext,
  card: Card,
  seat: string,
  team: string | undefined,
  done: SeatRound = seatRound(index, ctx, card.seat),
): Blocker | null {
  if (!shownInRound(index.scenario, ctx, card.visibleFrom)) return NOT_SHOWN_YET;
  if (card.seat !== seat || !ctx.humans.includes(card.seat)) return { code: 'not-your-seat', seat: card.seat };
  const teamBlocker = ctx.teams.length > 0 ? teamBlockerFor(ctx, card, team) : null;
  if (teamBlocker) return teamBlocker;
  if (ctx.playedThisRound.includes(card.id)) return ALREADY_PLAYED;
  if (card.once && (ctx.played[card.id] ?? 0) > 0) return ONCE_ONLY;
  const limit = index.scenario.rules.cardsPerRound;
  if (done.cards >= limit) return { code: 'card-limit', limit };
  if (card.requires !== undefined && !holds(index, ctx, card.requires))
    return card.locked === undefined ? REQUIRES : { code: 'requires', text: card.locked };
  if (ctx.lines !== undefined) {
    const blocker = lineBlocker(ctx, card);
    if (blocker) return blocker;
  }
  if (card.move) {
    const blocker = moveBlocker(index, ctx, card, done);
    if (blocker) return blocker;
  }
  if (card.cost > ctx.capital) return { code: 'capital', need: card.cost, have: ctx.capital };
  return null;
}

/** When the class plays with the rationale rule, a card needs a sentence of why before it is played. */
export function rationaleMissing(ctx: GameContext, play: CardPlay): boolean {
  return ctx.requireRationale && (play.rationale ?? '').trim() === '';
}

/**
 * With teams, a card is played by a team at its seat; a card owned by a role is played by the
 * team speaking for that role, if a team does (every role owns a decision: a stake for each team).
 */
function teamBlockerFor(ctx: GameContext, card: Card, teamId: string | undefined): Blocker | null {
  if (teamId === undefined) return null;
  const team = ctx.teams.find((t) => t.id === teamId);
  if (!team) return { code: 'unknown-team', team: teamId };
  if (team.seat !== card.seat) return { code: 'not-your-seat', seat: card.seat };
  const owner =
    card.role !== undefined ? ctx.teams.find((t) => t.seat === card.seat && t.role === card.role) : undefined;
  if (owner && owner.id !== team.id && card.role !== undefined) return { code: 'role-owned', role: card.role };
  return null;
}

function moveBlocker(index: ScenarioIndex, ctx: GameContext, card: Card, done: SeatRound): Blocker | null {
  const move = card.move;
  if (!move) return null;
  const limit = index.scenario.rules.movesPerRound;
  if (done.moves >= limit) return { code: 'move-limit', limit };
  const from = ctx.rungs[move.ladder] ?? '';
  const to = moveTarget(index, move, from) ?? '';
  const step = stepFrom(index, move.ladder, from, to);
  if (!step) return { code: 'no-step', from, to };
  if (!unlocked(index, ctx, step))
    return step.locked === undefined || !shownInRound(index.scenario, ctx, step.visibleFrom)
      ? STEP_LOCKED
      : { code: 'step-locked', text: step.locked };
  return null;
}

/** Plays a card the caller has checked with `cardBlocker`. */
export function playCard(index: ScenarioIndex, ctx: GameContext, play: CardPlay): Draft {
  const card = index.cards[play.card] as Card;
  const d = draftOf(ctx);
  const cause = { kind: 'card' as const, id: card.id, seat: card.seat };
  const entry: LogEntry = { kind: 'card', round: d.round, id: card.id, seat: card.seat };
  if (play.team !== undefined) entry.team = play.team;
  if (play.rationale) entry.rationale = play.rationale.trim();
  d.log.push(entry);
  d.playedThisRound = [...d.playedThisRound, card.id];
  const earlier = d.played[card.id] ?? 0;
  own(d, 'played')[card.id] = earlier + 1;
  addCapital(index, d, -card.cost, cause);
  if (card.move) moveLadder(index, d, card.move, cause);
  applyEffects(index, d, effectsOfPlay(card, earlier), cause);
  answerLines(index, d, card.id, applyEffects);
  watchLines(index, d, d.round, applyEffects);
  return d;
}
