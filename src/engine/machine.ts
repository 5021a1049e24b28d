/**
 * The machine factory: a scenario becomes an XState statechart. The game flow (setup →
 * brief → deliberate → decide → resolve) runs in parallel with one region per ladder, whose
 * states are the ladder's rungs and whose transitions are the scenario's steps. Endings are
 * the machine's final states. Guards and actions call the pure functions beside this file.
 *
 * After the last round, a length with an aftermath passes through the `aftermath` state, where
 * the bots play its periods and the ending is taken at once (see aftermath.ts).
 *
 * The ladder position is stored once, in `context.rungs`, which only the pure steps write (a card,
 * an event, a reaction moves a ladder through `moveLadder`). Each ladder region follows it by
 * eventless transitions whose guards read the context, within the same macrostep: nothing is
 * raised, and at rest the region's state is the context's rung by construction.
 */
import { assign, type SnapshotFrom, setup } from 'xstate';
import { aftermathDue, playAftermath } from './aftermath';
import { playCard } from './cards';
import { decide, propose, withdraw } from './council';
import { applyEffects, followsStep } from './effects';
import { extendTimer, injectEvent, setPaused, writeInject } from './facilitator';
import type { GameContext } from './game-context';
import type { PlayerEvent } from './game-events';
import { checksOf, endsIn, eventRefusal, type Phase } from './legality';
import { seedState } from './rng';
import { beginRound, initialContext, recordEnding, resolveRound, startGame } from './rounds';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Ladder, Scenario } from './scenario-schema';
import { cardsCallVotes, castVote } from './votes';

export interface GameInput {
  seed: number;
}

/** The guards and actions, by name; each body is one call of a pure function. */
function gameSetup(index: ScenarioIndex) {
  const checks = checksOf(index);
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as PlayerEvent,
      input: {} as GameInput,
    },
    guards: {
      allowed: ({ context, event }) => eventRefusal(checks, context, event) === null,
      endsIn: ({ context, event }, params: { id: string }) => endsIn(checks, context, event, params.id),
      endsNow: ({ context }, params: { id: string }) => checks.endingAt(context) === params.id,
      aftermathDue: ({ context, event }) =>
        eventRefusal(checks, context, event) === null && aftermathDue(index, context),
      follows: ({ context }, params: { ladder: string; from: string; to: string }) =>
        followsStep(index, context, params.ladder, params.from, params.to),
    },
    actions: {
      start: assign(({ context, event }) => (event.type === 'game.start' ? startGame(index, context, event) : context)),
      beginRound: assign(({ context }) => beginRound(index, context)),
      playCard: assign(({ context, event }) =>
        event.type === 'card.play' ? playCard(index, context, event) : context,
      ),
      propose: assign(({ context, event }) => (event.type === 'card.propose' ? propose(context, event) : context)),
      withdraw: assign(({ context, event }) => (event.type === 'card.withdraw' ? withdraw(context, event) : context)),
      decide: assign(({ context, event }) =>
        event.type === 'council.decide' ? decide(index, context, event) : context,
      ),
      castVote: assign(({ context, event }) =>
        event.type === 'vote.cast' ? castVote(index, context, event, applyEffects) : context,
      ),
      resolveRound: assign(({ context }) => resolveRound(index, context)),
      playAftermath: assign(({ context }) => playAftermath(index, context)),
      recordEnding: assign(({ context }, params: { id: string; early: boolean }) =>
        recordEnding(context, params.id, params.early),
      ),
      pause: assign(({ context }) => setPaused(context, true)),
      resume: assign(({ context }) => setPaused(context, false)),
      extend: assign(({ context, event }) =>
        event.type === 'facilitator.extend' ? extendTimer(context, event.seconds) : context,
      ),
      inject: assign(({ context, event }) =>
        event.type === 'facilitator.inject' ? injectEvent(index, context, event.event) : context,
      ),
      write: assign(({ context, event }) =>
        event.type === 'facilitator.write' ? writeInject(index, context, event) : context,
      ),
    },
  });
}

type GameSetup = ReturnType<typeof gameSetup>;

/** Turns a validated scenario into the game's machine. */
export function createGameMachine(scenario: Scenario, index: ScenarioIndex = indexScenario(scenario)) {
  const game = gameSetup(index);
  return game.createMachine({
    id: 'game',
    context: ({ input }) => initialContext(index, input.seed, seedState(input.seed)),
    initial: 'playing',
    states: {
      playing: playingState(game, scenario),
      ...Object.fromEntries(scenario.endings.map((e) => [e.id, { type: 'final' as const, description: e.label }])),
    },
  });
}

/** The game in play: the flow and the ladders side by side, and the facilitator's console over both. */
function playingState(game: GameSetup, scenario: Scenario) {
  return game.createStateConfig({
    type: 'parallel',
    // The console works in every phase; while paused, only the console acts (see legality.ts).
    on: {
      'facilitator.pause': { guard: 'allowed', actions: 'pause' },
      'facilitator.resume': { guard: 'allowed', actions: 'resume' },
      'facilitator.extend': { guard: 'allowed', actions: 'extend' },
      'facilitator.inject': { guard: 'allowed', actions: 'inject' },
      'facilitator.write': { guard: 'allowed', actions: 'write' },
      'facilitator.end': endingTransitions(scenario, true),
    },
    // The ladders' regions sit beside the flow, not in a region of their own: every state node
    // the game stands in is work for XState at every step.
    states: { flow: flowStates(game, scenario), ...ladderRegions(game, scenario.ladders) },
  });
}

/** The transitions into the endings, one per ending, each taken when it is the ending reached now. */
function endingTransitions(scenario: Scenario, early: boolean) {
  return scenario.endings.map((e) => ({
    guard: { type: 'endsIn' as const, params: { id: e.id } },
    target: `#game.${e.id}`,
    actions: { type: 'recordEnding' as const, params: { id: e.id, early } },
  }));
}

/** The round's phases: a round opens with the brief and closes with the resolve. */
function flowStates(game: GameSetup, scenario: Scenario) {
  return game.createStateConfig({
    initial: 'setup',
    states: {
      setup: { on: { 'game.start': { guard: 'allowed', actions: 'start', target: 'brief' } } },
      brief: { entry: 'beginRound', on: { 'brief.done': { guard: 'allowed', target: 'deliberate' } } },
      deliberate: { on: { 'deliberation.done': { guard: 'allowed', target: 'decide' } } },
      decide: {
        on: {
          'card.play': { guard: 'allowed', actions: 'playCard' },
          // Only a scenario with a council takes the council's events (see council.ts).
          ...(scenario.rules.council
            ? {
                'card.propose': { guard: 'allowed' as const, actions: 'propose' as const },
                'card.withdraw': { guard: 'allowed' as const, actions: 'withdraw' as const },
                'council.decide': { guard: 'allowed' as const, actions: 'decide' as const },
              }
            : {}),
          // Only a scenario whose cards call votes takes a vote (see votes.ts).
          ...(cardsCallVotes(scenario.cards)
            ? { 'vote.cast': { guard: 'allowed' as const, actions: 'castVote' as const } }
            : {}),
          'turn.end': { guard: 'allowed', target: 'resolve' },
        },
      },
      resolve: {
        entry: 'resolveRound',
        on: {
          'round.next': [
            ...endingTransitions(scenario, false),
            { guard: 'aftermathDue', target: 'aftermath' },
            { guard: 'allowed', target: 'brief' },
          ],
        },
      },
      // Passed through, never rested in: the bots play the aftermath, then the ending it reaches is taken.
      aftermath: {
        entry: 'playAftermath',
        always: scenario.endings.map((e) => ({
          guard: { type: 'endsNow' as const, params: { id: e.id } },
          target: `#game.${e.id}`,
          actions: { type: 'recordEnding' as const, params: { id: e.id, early: false } },
        })),
      },
    },
  });
}

/** The key of a ladder's region beside the flow: a ladder id never has a colon, so no ladder is called `flow`. */
const LADDER = 'ladder:';
const regionOf = (ladder: string) => `${LADDER}${ladder}`;

/** One region per ladder: its rungs are states, its steps eventless transitions that follow `context.rungs`. */
function ladderRegions(game: GameSetup, ladders: readonly Ladder[]) {
  return Object.fromEntries(
    ladders.map((ladder) => [
      regionOf(ladder.id),
      game.createStateConfig({
        initial: ladder.start,
        states: Object.fromEntries(
          ladder.rungs.map((rung) => [
            rung.id,
            {
              description: rung.label,
              always: ladder.steps
                .filter((s) => s.from === rung.id)
                .map((s) => ({
                  guard: { type: 'follows' as const, params: { ladder: ladder.id, from: s.from, to: s.to } },
                  target: s.to,
                })),
            },
          ]),
        ),
      }),
    ]),
  );
}

export type GameMachine = ReturnType<typeof createGameMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;

/** The phase a snapshot stands in: the flow's state, or `ended` in an ending. */
export function phaseOf(snapshot: GameSnapshot): Phase {
  const value = snapshot.value;
  return typeof value === 'string' ? 'ended' : (value.playing.flow as Phase);
}

/** The rung each ladder's region stands on, by ladder id (none once the game has ended). */
export function rungsOf(snapshot: GameSnapshot): Record<string, string> {
  const value = snapshot.value;
  const out: Record<string, string> = {};
  if (typeof value === 'string') return out;
  for (const [key, rung] of Object.entries(value.playing))
    if (key.startsWith(LADDER) && typeof rung === 'string') out[key.slice(LADDER.length)] = rung;
  return out;
}

/** The player events the machine's flow has transitions for in a phase (the console's are taken in every one). */
export function phaseEvents(machine: GameMachine, phase: Phase): string[] {
  return phase === 'ended' ? [] : machine.getStateNodeById(`game.playing.flow.${phase}`).ownEvents;
}

const PHASES: readonly Phase[] = ['setup', 'brief', 'deliberate', 'decide', 'resolve', 'ended'];

const takenByPhase = new WeakMap<GameMachine, Map<Phase, ReadonlySet<string>>>();

/** True when the flow's state in this phase has a transition for the event type: `phaseEvents`, read once per machine. */
export function phaseTakes(machine: GameMachine, phase: Phase, type: string): boolean {
  let taken = takenByPhase.get(machine);
  if (!taken) {
    taken = new Map(PHASES.map((p) => [p, new Set(phaseEvents(machine, p))]));
    takenByPhase.set(machine, taken);
  }
  return taken.get(phase)?.has(type) ?? false;
}
