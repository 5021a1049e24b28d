/**
 * What one viewer may see. The server sends each device only its view; the hot-seat table shows
 * the same thing behind the "pass the device" screen. The generator's state and the seed are
 * never shown while the game goes on (they would tell the dice in advance), nor are the contents
 * of delayed effects, nor another team's hand.
 */
import { cardBlocker } from './cards';
import { type CouncilRefusal, councilOn, proposalBlocker } from './council';
import {
  type Decision,
  decisions,
  ladderPath,
  meterSeries,
  type ObjectiveScore,
  objectiveScores,
  type PathStep,
} from './debrief';
import { oddsOf, openStep } from './effects';
import { canInject } from './facilitator';
import type { Game, Phase } from './game';
import type { GameContext } from './game-context';
import { privateFactsFor } from './private-facts';
import type { ScenarioIndex } from './scenario-index';
import type { Card, PrivateFact, Seat } from './scenario-schema';
import { type StakeScore, stakeScores } from './stakes';
import type { Viewer } from './viewer';
import { shownInRound } from './visibility';

export type { Viewer };

/** One card of the viewer's hand: closed with its reason (or null when it can be played now), and its odds now. */
export interface HandCard {
  card: string;
  /** At a council, also why the viewer's team may not propose it now. */
  blocker: CouncilRefusal | null;
  odds: { label: string; chance: number }[];
  /** For a card with diminishing returns played before: what its next play multiplies its meter changes by. */
  fade?: number;
}

/**
 * The state of play as one viewer sees it: plain, serialisable data. It is the game's context
 * without the generator and with delayed effects by label only, plus the phase and the viewer's
 * hand. The seed is added once the game is over, for the debrief and the exports.
 */
export interface GameView extends Omit<GameContext, 'rng' | 'seed' | 'pending'> {
  viewer: Viewer;
  phase: Phase;
  /** Effects still to land, by label and round only (their contents are part of the surprise). */
  pending: { due: number; label: string }[];
  /** The seat whose cards `hand` holds ('' for the projector and the console). */
  handSeat: string;
  hand: HandCard[];
  /** For each ladder, the rungs one step away that the rules open now (a locked step is left out). */
  openSteps: Record<string, string[]>;
  /** The facilitator's: the deck's events that may be injected now ([] for everyone else). */
  injectable: string[];
  /** The private facts of the viewer's role (or seat): present only when there are some (see private-facts.ts). */
  privateFacts?: PrivateFact[];
  seed?: number;
  /** Once the game is over: what the ending and the debrief read (scores, paths, meters over the rounds, decisions). */
  outcome?: Outcome;
}

/** The record of a finished game, read by the engine from the context so that a view alone can draw the debrief. */
export interface Outcome {
  scores: ObjectiveScore[];
  /** Every move of each ladder, by ladder id. */
  paths: Record<string, PathStep[]>;
  /** Each meter's value at the start and at the end of every round played. */
  series: Record<string, number[]>;
  decisions: Decision[];
  /** Each role's and seat's own objectives, scored: present only in a scenario that gives some. */
  stakes?: StakeScore[];
}

/** The seat and team whose hand a viewer holds. */
function handOwner(ctx: GameContext, viewer: Viewer): { seat: string; team?: string } | undefined {
  if (viewer.kind === 'seat') return { seat: viewer.seat };
  if (viewer.kind !== 'team') return undefined;
  const team = ctx.teams.find((t) => t.id === viewer.team);
  return team ? { seat: team.seat, team: team.id } : undefined;
}

/** The view of a game for one viewer. */
export function viewOf(game: Game, viewer: Viewer): GameView {
  const index = game.rules.index;
  const { rng: _rng, seed, pending, ...ctx } = game.context;
  const phase = game.phase;
  const owner = handOwner(game.context, viewer);
  // A card dated later than the round being played is not on the table yet, not even closed.
  const dealt = (owner ? (index.cardsOf[owner.seat] ?? []) : []).filter((c) =>
    shownInRound(index.scenario, ctx, c.visibleFrom),
  );
  // A team at a council that decides proposes its cards: a card it may not propose now is closed too.
  const proposer =
    owner?.team !== undefined && owner.seat === index.scenario.player && councilOn(index, game.context)
      ? owner.team
      : undefined;
  const blockerOf = (card: string): CouncilRefusal | null => {
    const seat = owner?.seat ?? '';
    if (proposer !== undefined)
      return proposalBlocker(index, game.context, { type: 'card.propose', seat, card, team: proposer });
    return cardBlocker(index, game.context, { seat, card, ...(owner?.team ? { team: owner.team } : {}) });
  };
  const hand: HandCard[] = dealt.map((card) => ({
    ...fadeOf(card, ctx.played[card.id] ?? 0),
    card: card.id,
    blocker: phase === 'decide' ? blockerOf(card.id) : null,
    odds: oddsOf(index, game.context, card.effects),
  }));
  const view: GameView = {
    ...ctx,
    ...privateLinesHidden(index, ctx, viewer, owner?.seat),
    viewer,
    phase,
    pending: pending.map((p) => ({ due: p.due, label: p.label })),
    handSeat: owner?.seat ?? '',
    hand,
    openSteps: openStepsOf(index, game.context),
    injectable:
      viewer.kind === 'facilitator'
        ? index.scenario.events.filter((e) => canInject(index, game.context, e.id)).map((e) => e.id)
        : [],
  };
  const facts = privateFactsFor(index.scenario, ctx.teams, viewer);
  if (facts.length > 0) view.privateFacts = facts;
  if (phase === 'ended') {
    view.seed = seed;
    view.outcome = outcomeOf(index, game.context);
  }
  return view;
}

/**
 * A red line declared privately is the player seat's secret: the projector (in a class, the
 * shared table too) and the teams of other seats see neither the line nor its entries in the log
 * (the console, the seat's own teams, and a player alone do).
 */
function privateLinesHidden(
  index: ScenarioIndex,
  ctx: Pick<GameContext, 'lines' | 'log' | 'teams'>,
  viewer: Viewer,
  seat: string | undefined,
): Partial<Pick<GameContext, 'lines' | 'log'>> {
  const lines = ctx.lines;
  // In a class, the player seat's own view is the shared screen everyone sees (the teams read theirs on their panels).
  const shared = viewer.kind === 'seat' && ctx.teams.length > 0;
  if (lines === undefined || viewer.kind === 'facilitator' || (seat === index.scenario.player && !shared)) return {};
  const hidden = new Set(Object.keys(lines).filter((id) => lines[id]?.declared === 'private'));
  if (hidden.size === 0) return {};
  return {
    lines: Object.fromEntries(Object.entries(lines).filter(([id]) => !hidden.has(id))),
    log: ctx.log.filter((e) => !(e.kind === 'line' && hidden.has(e.id))),
  };
}

/** The hand's note of a fading card already played: the factor of its next play. */
function fadeOf(card: Card, earlier: number): { fade?: number } {
  return card.fade === undefined || earlier === 0 ? {} : { fade: card.fade ** earlier };
}

function openStepsOf(index: ScenarioIndex, ctx: GameContext): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const ladder of index.scenario.ladders) {
    const exits = index.steps[ladder.id]?.[ctx.rungs[ladder.id] ?? ''] ?? [];
    out[ladder.id] = exits.filter((s) => openStep(index, ctx, ladder.id, s.to) !== undefined).map((s) => s.to);
  }
  return out;
}

function outcomeOf(index: ScenarioIndex, ctx: GameContext): Outcome {
  const paths: Record<string, PathStep[]> = {};
  for (const ladder of index.scenario.ladders) paths[ladder.id] = ladderPath(index, ctx, ladder.id);
  const outcome: Outcome = {
    scores: objectiveScores(index, ctx),
    paths,
    series: meterSeries(index, ctx),
    decisions: decisions(index, ctx),
  };
  const stakes = stakeScores(index, ctx);
  if (stakes.length > 0) outcome.stakes = stakes;
  return outcome;
}

/** The public part of a seat: its brief is shown only to the team that holds it. */
export interface SeatView {
  seat: Seat;
  round: number;
  rounds: number;
  meters: Record<string, number>;
  capital: number;
  rungs: Record<string, string>;
  /** The public history: everything in the log, which holds no secret. */
  log: GameContext['log'];
  /** Effects still to land, by label and round only (their contents are part of the surprise). */
  pending: { due: number; label: string }[];
  ending: string;
}

export function viewFor(index: ScenarioIndex, ctx: GameContext, seatId: string): SeatView | undefined {
  const seat = index.scenario.seats.find((s) => s.id === seatId);
  if (!seat) return undefined;
  return {
    seat,
    round: ctx.round,
    rounds: ctx.rounds,
    meters: { ...ctx.meters },
    capital: ctx.capital,
    rungs: { ...ctx.rungs },
    log: ctx.log,
    pending: ctx.pending.map((p) => ({ due: p.due, label: p.label })),
    ending: ctx.ending,
  };
}
