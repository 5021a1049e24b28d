/**
 * A game in progress: the XState actor plus the log of accepted events. Every input goes
 * through `send`, which either hands the event to the machine or refuses it with a reason
 * and leaves the game as it was.
 */
import { type Actor, createActor } from 'xstate';
import { type Blocker, cardBlocker } from './cards';
import type { GameContext } from './game-context';
import { type PlayerEvent, playerEventTypes } from './game-events';
import { createGameMachine, type GameMachine } from './machine';
import { canStart } from './rounds';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Card, Scenario } from './scenario-schema';

export type Phase = 'setup' | 'brief' | 'deliberate' | 'decide' | 'resolve' | 'ended';

/** Why an event was refused; `code` picks the sentence from the locale file. */
export type Refusal =
  | Blocker
  | { code: 'game-over' }
  | { code: 'unknown-event'; type: string }
  | { code: 'wrong-phase'; phase: Phase; expected: string[] }
  | { code: 'cannot-start' }
  | { code: 'no-more-rounds' };

export type SendResult = { ok: true } | { ok: false; refusal: Refusal };

/** What each phase accepts, for refusals that name the right event. */
const PHASE_EVENTS: Record<Phase, string[]> = {
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

export class Game {
  readonly rules: Rules;
  readonly seed: number;
  readonly actor: Actor<GameMachine>;
  /** Every event the game accepted, in order: with the seed, this is the save. */
  readonly events: PlayerEvent[] = [];

  constructor(rules: Rules, seed: number) {
    this.rules = rules;
    this.seed = seed;
    this.actor = createActor(rules.machine, { input: { seed } });
    this.actor.start();
  }

  get snapshot() {
    return this.actor.getSnapshot();
  }

  get context(): GameContext {
    return this.actor.getSnapshot().context;
  }

  get phase(): Phase {
    const value = this.actor.getSnapshot().value;
    return typeof value === 'string' ? 'ended' : (value.playing.flow as Phase);
  }

  /** Sends an event; a refused event changes nothing and says why. */
  send(event: PlayerEvent): SendResult {
    if (!playerEventTypes.has(event.type))
      return { ok: false, refusal: { code: 'unknown-event', type: String(event.type) } };
    const before = this.actor.getSnapshot();
    this.actor.send(event);
    // XState keeps the very same snapshot object when no transition was taken.
    if (this.actor.getSnapshot() !== before) {
      this.events.push(event);
      return { ok: true };
    }
    return { ok: false, refusal: this.whyRefused(event) };
  }

  /** Every card of a seat, each with the reason it is closed now (null when it can be played). */
  cards(seat: string): CardStatus[] {
    const phase = this.phase;
    const ctx = this.context;
    return this.rules.index.scenario.cards
      .filter((card) => card.seat === seat)
      .map((card) => ({
        card,
        blocker: phase === 'decide' ? cardBlocker(this.rules.index, ctx, { seat, card: card.id }) : null,
      }));
  }

  /** The cards a seat may play right now. */
  playable(seat: string): Card[] {
    if (this.phase !== 'decide') return [];
    return this.cards(seat)
      .filter((c) => c.blocker === null)
      .map((c) => c.card);
  }

  private whyRefused(event: PlayerEvent): Refusal {
    const phase = this.phase;
    if (phase === 'ended') return { code: 'game-over' };
    if (!PHASE_EVENTS[phase].includes(event.type)) return { code: 'wrong-phase', phase, expected: PHASE_EVENTS[phase] };
    if (event.type === 'game.start' && !canStart(this.rules.index, event)) return { code: 'cannot-start' };
    if (event.type === 'card.play')
      return cardBlocker(this.rules.index, this.context, event) ?? { code: 'unknown-card', card: event.card };
    return { code: 'no-more-rounds' };
  }
}
