/**
 * A game in progress: the XState actor plus the log of accepted events. Every input goes
 * through `send`, which either hands the event to the machine or refuses it with a reason
 * and leaves the game as it was.
 */
import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import { type Blocker, cardBlocker, rationaleMissing } from './cards';
import { canWrite } from './facilitator';
import type { GameContext } from './game-context';
import { type PlayerEvent, playerEventTypes } from './game-events';
import { createGameMachine, type GameMachine } from './machine';
import { startProblem } from './rounds';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Card, Scenario } from './scenario-schema';

export type Phase = 'setup' | 'brief' | 'deliberate' | 'decide' | 'resolve' | 'ended';

/** Why an event was refused; `code` picks the sentence from the locale file. */
export type Refusal =
  | Blocker
  | { code: 'game-over' }
  | { code: 'unknown-event'; type: string }
  | { code: 'wrong-phase'; phase: Phase; expected: string[] }
  | { code: 'cannot-start'; what: string }
  | { code: 'no-more-rounds' }
  | { code: 'paused' }
  | { code: 'not-paused' }
  | { code: 'not-started' }
  | { code: 'cannot-inject'; event: string }
  | { code: 'nothing-to-undo' };

export type SendResult = { ok: true } | { ok: false; refusal: Refusal };

/** The flow events each phase accepts (the console's work in every phase), for refusals that name the right event. */
export const PHASE_EVENTS: Readonly<Record<Phase, readonly string[]>> = {
  setup: ['game.start'],
  brief: ['brief.done'],
  deliberate: ['deliberation.done'],
  decide: ['card.play', 'turn.end'],
  resolve: ['round.next'],
  ended: [],
};

export interface CardStatus {
  card: Card;
  blocker: Blocker | null;
}

/** A scenario made ready to play: its index and machine, built once and shared by many games. */
export interface Rules {
  index: ScenarioIndex;
  machine: GameMachine;
}

export function prepare(scenario: Scenario): Rules {
  const index = indexScenario(scenario);
  return { index, machine: createGameMachine(scenario, index) };
}

export type GameSnapshot = SnapshotFrom<GameMachine>;

export class Game {
  readonly rules: Rules;
  readonly seed: number;
  /** Every event the game accepted, in order, undo included: with the seed, this is the save. */
  readonly events: PlayerEvent[] = [];
  private actor: Actor<GameMachine>;
  private readonly listeners = new Set<(snapshot: GameSnapshot) => void>();

  /** `from` restores a state instead of starting afresh: only `branch` passes one. */
  constructor(rules: Rules, seed: number, from?: GameSnapshot) {
    this.rules = rules;
    this.seed = seed;
    this.actor = from ? createActor(rules.machine, { snapshot: from, input: { seed } }).start() : this.freshActor();
  }

  /**
   * A what-if copy for look-ahead players: this game's state with other dice (`rng`, a generator
   * state), so a player can try a move without seeing the game's own future. Its `events` start
   * empty and undo in it starts over: a branch is never a save.
   */
  branch(rng: number): Game {
    const now = this.snapshot;
    return new Game(this.rules, this.seed, { ...now, context: { ...now.context, rng } });
  }

  get snapshot(): GameSnapshot {
    return this.actor.getSnapshot();
  }

  get context(): GameContext {
    return this.actor.getSnapshot().context;
  }

  get phase(): Phase {
    const value = this.actor.getSnapshot().value;
    return typeof value === 'string' ? 'ended' : (value.playing.flow as Phase);
  }

  /** Calls `listener` with every new snapshot; returns the way to stop. */
  subscribe(listener: (snapshot: GameSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event; a refused event changes nothing and says why. */
  send(event: PlayerEvent): SendResult {
    if (!playerEventTypes.has(event.type))
      return { ok: false, refusal: { code: 'unknown-event', type: String(event.type) } };
    if (event.type === 'facilitator.undo') return this.undo();
    const before = this.actor.getSnapshot();
    this.actor.send(event);
    const after = this.actor.getSnapshot();
    // XState keeps the very same snapshot object when no transition was taken.
    if (after === before) return { ok: false, refusal: this.whyRefused(event) };
    this.events.push(event);
    for (const listener of this.listeners) listener(after);
    return { ok: true };
  }

  /** Every card of a seat, each with the reason it is closed now (null when it can be played). */
  cards(seat: string, team?: string): CardStatus[] {
    const open = this.phase === 'decide';
    const ctx = this.context;
    const index = this.rules.index;
    return (index.cardsOf[seat] ?? []).map((card) => ({
      card,
      blocker: open
        ? cardBlocker(index, ctx, team === undefined ? { seat, card: card.id } : { seat, card: card.id, team })
        : null,
    }));
  }

  /** The cards a seat may play right now. */
  playable(seat: string, team?: string): Card[] {
    if (this.phase !== 'decide') return [];
    return this.cards(seat, team)
      .filter((c) => c.blocker === null)
      .map((c) => c.card);
  }

  /** The events of the game as it stands, with every undone decision taken out. */
  effectiveEvents(): PlayerEvent[] {
    const out: PlayerEvent[] = [];
    for (const event of this.events) {
      if (event.type !== 'facilitator.undo') out.push(event);
      else {
        const cut = lastUndoable(out);
        if (cut >= 0) out.splice(cut);
      }
    }
    return out;
  }

  /**
   * Undo takes back the last card played this round, and everything after it, by replaying
   * the game without them. The undo itself stays in the log, so a replay of the save is exact.
   */
  private undo(): SendResult {
    if (this.phase === 'ended') return { ok: false, refusal: { code: 'game-over' } };
    const effective = this.effectiveEvents();
    const cut = lastUndoable(effective);
    if (cut < 0) return { ok: false, refusal: { code: 'nothing-to-undo' } };
    const actor = this.freshActor();
    for (const event of effective.slice(0, cut)) actor.send(event);
    this.actor.stop();
    this.actor = actor;
    this.events.push({ type: 'facilitator.undo' });
    for (const listener of this.listeners) listener(actor.getSnapshot());
    return { ok: true };
  }

  private freshActor(): Actor<GameMachine> {
    const actor = createActor(this.rules.machine, { input: { seed: this.seed } });
    actor.start();
    return actor;
  }

  private whyRefused(event: PlayerEvent): Refusal {
    const phase = this.phase;
    const ctx = this.context;
    if (phase === 'ended') return { code: 'game-over' };
    if (event.type.startsWith('facilitator.')) {
      if (ctx.round < 1) return { code: 'not-started' };
      if (event.type === 'facilitator.resume') return { code: 'not-paused' };
      // News may be brought in while paused: a refused inject is refused for what it is.
      if (event.type === 'facilitator.inject') return { code: 'cannot-inject', event: event.event };
      if (event.type === 'facilitator.write' && !canWrite(this.rules.index, ctx, event))
        return { code: 'cannot-inject', event: 'custom' };
      if (ctx.paused) return { code: 'paused' };
      return { code: 'not-started' };
    }
    if (ctx.paused) return { code: 'paused' };
    if (!PHASE_EVENTS[phase].includes(event.type))
      return { code: 'wrong-phase', phase, expected: [...PHASE_EVENTS[phase]] };
    if (event.type === 'game.start') return { code: 'cannot-start', what: startProblem(this.rules.index, event) ?? '' };
    if (event.type === 'card.play')
      return (
        cardBlocker(this.rules.index, ctx, event) ??
        (rationaleMissing(ctx, event) ? { code: 'rationale-required' } : { code: 'unknown-card', card: event.card })
      );
    return { code: 'no-more-rounds' };
  }
}

/** Where the last card played stands in `events`, if it was played in the round still going on; else -1. */
function lastUndoable(events: readonly PlayerEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i]?.type;
    if (type === 'card.play') return i;
    if (type === 'round.next' || type === 'game.start') return -1;
  }
  return -1;
}
