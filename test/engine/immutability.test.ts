import { describe, expect, it } from 'vitest';
import { playTurn } from '../../src/engine/bots';
import { playCard } from '../../src/engine/cards';
import { injectEvent, writeInject } from '../../src/engine/facilitator';
import { Game } from '../../src/engine/game';
import type { GameContext } from '../../src/engine/game-context';
import { beginRound, resolveRound } from '../../src/engine/rounds';
import { chooser } from '../../src/engine/simulate';
import { NORTHSEA_PATH, rulesOf, SEOUL_PATH } from '../support/scenarios';

/** Freezes every object reachable from the value, so any write into it throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Contexts met along a bot's game, one per phase of every round. */
function contextsOf(path: string, seed: number): { game: Game; contexts: GameContext[] } {
  const rules = rulesOf(path);
  const game = new Game(rules, seed);
  const pick = chooser(seed);
  const contexts: GameContext[] = [];
  game.send({ type: 'game.start', length: 'short' });
  while (game.phase !== 'ended') {
    contexts.push(structuredClone(game.context));
    game.send({ type: 'brief.done' });
    game.send({ type: 'deliberation.done' });
    contexts.push(structuredClone(game.context));
    playTurn(game, rules.index.scenario.player, 'random', pick);
    game.send({ type: 'turn.end' });
    contexts.push(structuredClone(game.context));
    game.send({ type: 'round.next' });
  }
  return { game, contexts };
}

describe('the pure steps never write into the context they are given', () => {
  for (const [name, path] of [
    ['the fixture', NORTHSEA_PATH],
    ['the Seoul scenario', SEOUL_PATH],
  ] as const)
    it(`on ${name}: brief, cards, resolve and the console's injects leave a frozen context as it was`, () => {
      const { game, contexts } = contextsOf(path, 7);
      const index = game.rules.index;
      const seat = index.scenario.player;
      const anEvent = index.scenario.events[0]?.id ?? '';
      const aMeter = index.scenario.meters[0]?.id ?? '';
      let steps = 0;
      for (const ctx of contexts) {
        const before = JSON.stringify(ctx);
        const frozen = deepFreeze(structuredClone(ctx));
        beginRound(index, frozen);
        resolveRound(index, frozen);
        for (const card of index.scenario.cards.filter((c) => c.seat === seat))
          playCard(index, frozen, { seat, card: card.id });
        injectEvent(index, frozen, anEvent);
        writeInject(index, frozen, {
          type: 'facilitator.write',
          inject: { title: 'News', text: 'Something happens.', effects: [{ meter: aMeter, add: 5 }] },
        });
        expect(JSON.stringify(frozen)).toBe(before);
        steps++;
      }
      expect(steps).toBeGreaterThanOrEqual(12);
    });
});
