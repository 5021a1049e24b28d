/**
 * The machine factory: a scenario becomes an XState statechart. The game flow (setup →
 * brief → deliberate → decide → resolve) runs in parallel with one region per ladder, whose
 * states are the ladder's rungs and whose transitions are the scenario's steps. Endings are
 * the machine's final states. Guards and actions call the pure functions beside this file.
 */
import { and, assign, enqueueActions, not, setup } from 'xstate';
import { cardBlocker, playCard, rationaleMissing } from './cards';
import { type Draft, finish } from './effects';
import { canInject, canWrite, extendTimer, injectEvent, setPaused, writeInject } from './facilitator';
import type { GameContext } from './game-context';
import type { LadderMoved, MachineEvent } from './game-events';
import { seedState } from './rng';
import { beginRound, endingFor, initialContext, recordEnding, resolveRound, startGame, startProblem } from './rounds';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Scenario } from './scenario-schema';

export interface GameInput {
  seed: number;
}

/** Turns a validated scenario into the game's machine. */
export function createGameMachine(scenario: Scenario, index: ScenarioIndex = indexScenario(scenario)) {
  // One guard per ending asks the same question of the same context: answer it once.
  const endings = {
    at: memoByContext((ctx) => endingFor(index, ctx)),
    early: memoByContext((ctx) => endingFor(index, ctx, true)),
  };
  const machine = setup({
    types: {
      context: {} as GameContext,
      events: {} as MachineEvent,
      input: {} as GameInput,
    },
    guards: {
      paused: ({ context }) => context.paused,
      canStart: ({ event }) => event.type === 'game.start' && startProblem(index, event) === null,
      canPlay: ({ context, event }) =>
        event.type === 'card.play' && cardBlocker(index, context, event) === null && !rationaleMissing(context, event),
      hasMoreRounds: ({ context }) => context.round < context.rounds,
      endingIs: ({ context }, params: { id: string }) => endings.at(context) === params.id,
      endingNowIs: ({ context }, params: { id: string }) => endings.early(context) === params.id,
      started: ({ context }) => context.round >= 1,
      canInject: ({ context, event }) => event.type === 'facilitator.inject' && canInject(index, context, event.event),
      canWrite: ({ context, event }) => event.type === 'facilitator.write' && canWrite(index, context, event),
      movedTo: ({ event }, params: { ladder: string; to: string }) =>
        event.type === 'ladder.moved' && event.ladder === params.ladder && event.to === params.to,
    },
    actions: {
      start: assign(({ context, event }) => (event.type === 'game.start' ? startGame(index, context, event) : context)),
      beginRound: enqueueActions(({ context, enqueue }) => commit(enqueue, beginRound(index, context))),
      playCard: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'card.play') commit(enqueue, playCard(index, context, event));
      }),
      resolveRound: enqueueActions(({ context, enqueue }) => commit(enqueue, resolveRound(index, context))),
      recordEnding: assign(({ context }, params: { id: string; early: boolean }) =>
        recordEnding(context, params.id, params.early),
      ),
      pause: assign(({ context }) => setPaused(context, true)),
      resume: assign(({ context }) => setPaused(context, false)),
      extend: assign(({ context, event }) =>
        event.type === 'facilitator.extend' ? extendTimer(context, event.seconds) : context,
      ),
      inject: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'facilitator.inject') commit(enqueue, injectEvent(index, context, event.event));
      }),
      write: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'facilitator.write') commit(enqueue, writeInject(index, context, event));
      }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => initialContext(index, input.seed, seedState(input.seed)),
    initial: 'playing',
    states: {
      playing: {
        type: 'parallel',
        // The facilitator's console works in every phase; while paused, only the console acts, and
        // news may still be brought in (a teacher pauses to explain, then injects).
        on: {
          'facilitator.pause': { guard: and([not('paused'), 'started']), actions: 'pause' },
          'facilitator.resume': { guard: 'paused', actions: 'resume' },
          'facilitator.extend': { guard: 'started', actions: 'extend' },
          'facilitator.inject': { guard: 'canInject', actions: 'inject' },
          'facilitator.write': { guard: 'canWrite', actions: 'write' },
          'facilitator.end': scenario.endings.map((e) => ({
            guard: and(['started', { type: 'endingNowIs' as const, params: { id: e.id } }]),
            target: `#game.${e.id}`,
            actions: { type: 'recordEnding' as const, params: { id: e.id, early: true } },
          })),
        },
        states: {
          flow: {
            initial: 'setup',
            states: {
              setup: { on: { 'game.start': { guard: 'canStart', actions: 'start', target: 'brief' } } },
              brief: {
                entry: 'beginRound',
                on: { 'brief.done': { guard: not('paused'), target: 'deliberate' } },
              },
              deliberate: { on: { 'deliberation.done': { guard: not('paused'), target: 'decide' } } },
              decide: {
                on: {
                  'card.play': { guard: and([not('paused'), 'canPlay']), actions: 'playCard' },
                  'turn.end': { guard: not('paused'), target: 'resolve' },
                },
              },
              resolve: {
                entry: 'resolveRound',
                on: {
                  'round.next': [
                    ...scenario.endings.map((e) => ({
                      guard: and([not('paused'), { type: 'endingIs' as const, params: { id: e.id } }]),
                      target: `#game.${e.id}`,
                      actions: { type: 'recordEnding' as const, params: { id: e.id, early: false } },
                    })),
                    { guard: and([not('paused'), 'hasMoreRounds']), target: 'brief' },
                  ],
                },
              },
            },
          },
          ladders: {
            type: 'parallel',
            states: Object.fromEntries(
              scenario.ladders.map((ladder) => [
                ladder.id,
                {
                  initial: ladder.start,
                  states: Object.fromEntries(
                    ladder.rungs.map((rung) => [
                      rung.id,
                      {
                        description: rung.label,
                        on: {
                          'ladder.moved': ladder.steps
                            .filter((s) => s.from === rung.id)
                            .map((s) => ({
                              guard: { type: 'movedTo' as const, params: { ladder: ladder.id, to: s.to } },
                              target: s.to,
                            })),
                        },
                      },
                    ]),
                  ),
                },
              ]),
            ),
          },
        },
      },
      ...Object.fromEntries(scenario.endings.map((e) => [e.id, { type: 'final' as const, description: e.label }])),
    },
  });
  return machine;
}

function memoByContext<T>(compute: (ctx: GameContext) => T): (ctx: GameContext) => T {
  const cache = new WeakMap<GameContext, { value: T }>();
  return (ctx) => {
    let hit = cache.get(ctx);
    if (!hit) {
      hit = { value: compute(ctx) };
      cache.set(ctx, hit);
    }
    return hit.value;
  };
}

/** Commits a draft and raises one `ladder.moved` per move, so the ladder regions follow. */
function commit(
  enqueue: { assign: (f: () => GameContext) => void; raise: (e: LadderMoved) => void },
  draft: Draft,
): void {
  const { context, moves } = finish(draft);
  enqueue.assign(() => context);
  for (const m of moves) enqueue.raise({ type: 'ladder.moved', ladder: m.ladder, to: m.to });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
