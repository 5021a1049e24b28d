/**
 * A game in progress: the XState actor plus the log of accepted events. Every input goes
 * through `send`, which either hands the event to the machine or refuses it with a reason
 * and leaves the game as it was.
 */
import { type Actor, createActor } from 'xstate';
import { type Blocker, blockerOf, seatRound } from './cards';
import type { GameContext } from './game-context';
import type { PlayerEvent } from './game-events';
import { checksOf, eventRefusal, isConsoleEvent, type Phase, pausedRefusal, type Refusal } from './legality';
import { createGameMachine, type GameMachine, type GameSnapshot, phaseEvents, phaseOf, phaseTakes } from './machine';
import { playerEventTypes } from './player-event-types';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Card, Scenario } from './scenario-schema';
import { lastUndoable } from './undoable';

export type { GameSnapshot, Phase, Refusal };

export type SendResult = { ok: true } | { ok: false; refusal: Refusal };

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
    return phaseOf(this.actor.getSnapshot());
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
    const refusal = refusalOf(this.rules, this.actor.getSnapshot(), event);
    if (refusal) return { ok: false, refusal };
    this.actor.send(event);
    this.events.push(event);
    const after = this.actor.getSnapshot();
    for (const listener of this.listeners) listener(after);
    return { ok: true };
  }

  /** Every card of a seat, each with the reason it is closed now (null when it can be played). */
  cards(seat: string, team?: string): CardStatus[] {
    const open = this.phase === 'decide';
    const ctx = this.context;
    const index = this.rules.index;
    const done = seatRound(index, ctx, seat);
    return (index.cardsOf[seat] ?? []).map((card) => ({
      card,
      blocker: open ? blockerOf(index, ctx, card, seat, team, done) : null,
    }));
  }

  /** The cards a seat may play right now (a bot asks before every card it plays). */
  playable(seat: string, team?: string): Card[] {
    if (this.phase !== 'decide') return [];
    const ctx = this.context;
    const index = this.rules.index;
    const done = seatRound(index, ctx, seat);
    return (index.cardsOf[seat] ?? []).filter((card) => blockerOf(index, ctx, card, seat, team, done) === null);
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
   * Undo takes back the last decision made this round (a card played, a card proposed to the
   * council, or the chair's decision), and everything after it, by replaying the game without
   * them. The undo itself stays in the log, so a replay of the save is exact.
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
}

/**
 * Null when the machine takes the event now, else why not, read from the machine itself: a game
 * that has ended takes nothing; the flow's state takes only the events it has transitions for
 * (`phaseTakes`, the console's are taken in every phase); a transition is taken when its guard's
 * checks pass (`eventRefusal`, the very function the guards call). A flow event is refused while paused before its phase is looked at.
 * This is `snapshot.can(event)` with the reason, without running the guards a second time on
 * every accepted event; the property tests hold the two to the same answer.
 */
export function refusalOf(rules: Rules, snapshot: GameSnapshot, event: PlayerEvent): Refusal | null {
  if (snapshot.status === 'done') return { code: 'game-over' };
  const ctx = snapshot.context;
  if (!isConsoleEvent(event)) {
    const paused = pausedRefusal(ctx);
    if (paused) return paused;
    const phase = phaseOf(snapshot);
    if (!phaseTakes(rules.machine, phase, event.type))
      return { code: 'wrong-phase', phase, expected: phaseEvents(rules.machine, phase) };
  }
  return eventRefusal(checksOf(rules.index), ctx, event);
}
