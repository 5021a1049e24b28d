/**
 * The machine factory: a scenario becomes an XState statechart. The game flow (setup →
 * brief → deliberate → decide → resolve) runs in parallel with one region per ladder, whose
 * states are the ladder's rungs and whose transitions are the scenario's steps. Endings are
 * the machine's final states. Guards and actions call the pure functions beside this file.
 */
import { assign, enqueueActions, setup } from 'xstate';
import { cardBlocker, playCard } from './cards';
import { type Draft, finish } from './effects';
import type { GameContext } from './game-context';
import type { LadderMoved, MachineEvent } from './game-events';
import { seedState } from './rng';
import { beginRound, canStart, endingFor, initialContext, recordEnding, resolveRound, startGame } from './rounds';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { Scenario } from './scenario-schema';

export interface GameInput {
  seed: number;
}

/** Turns a validated scenario into the game's machine. */
export function createGameMachine(scenario: Scenario, index: ScenarioIndex = indexScenario(scenario)) {
  const machine = setup({
    types: {
      context: {} as GameContext,
      events: {} as MachineEvent,
      input: {} as GameInput,
    },
    guards: {
      canStart: ({ event }) => event.type === 'game.start' && canStart(index, event),
      canPlay: ({ context, event }) => event.type === 'card.play' && cardBlocker(index, context, event) === null,
      hasMoreRounds: ({ context }) => context.round < context.rounds,
      endingIs: ({ context }, params: { id: string }) => endingFor(index, context) === params.id,
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
      recordEnding: assign(({ context }, params: { id: string }) => recordEnding(context, params.id)),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => initialContext(index, input.seed, seedState(input.seed)),
    initial: 'playing',
    states: {
      playing: {
        type: 'parallel',
        states: {
          flow: {
            initial: 'setup',
            states: {
              setup: { on: { 'game.start': { guard: 'canStart', actions: 'start', target: 'brief' } } },
              brief: {
                entry: 'beginRound',
                on: { 'brief.done': 'deliberate' },
              },
              deliberate: { on: { 'deliberation.done': 'decide' } },
              decide: {
                on: {
                  'card.play': {
                    guard: 'canPlay',
                    actions: 'playCard',
                  },
                  'turn.end': 'resolve',
                },
              },
              resolve: {
                entry: 'resolveRound',
                on: {
                  'round.next': [
                    ...scenario.endings.map((e) => ({
                      guard: { type: 'endingIs' as const, params: { id: e.id } },
                      target: `#game.${e.id}`,
                      actions: { type: 'recordEnding' as const, params: { id: e.id } },
                    })),
                    { guard: 'hasMoreRounds', target: 'brief' },
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
