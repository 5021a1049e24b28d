/**
 * The look-ahead bot's two rollouts: the fast one (the engine's pure functions) must end every
 * sample game exactly where the machine does, and when it would not (a machine whose rules differ
 * from what the pure functions read), the check notices and the bot falls back to the machine.
 */
import { describe, expect, it } from 'vitest';
import { Game, prepare } from '../../src/engine/game';
import { playToDecide } from '../../src/engine/playout';
import { fastRollout, fastRolloutAgrees, gameRollout, passBase, rolloutFor } from '../../src/engine/rollout';
import { scriptBase } from '../../src/engine/scripts';
import { loadScenario, NORTHSEA_PATH, northsea, rulesOf, SEOUL_PATH, scenarioExists } from '../support/scenarios';

describe('rollouts', () => {
  it('end the fixture and Seoul games in the same context by either way', () => {
    expect(fastRolloutAgrees(northsea(), 'short')).toBe(true);
    expect(fastRolloutAgrees(northsea(), 'long')).toBe(true);
    if (scenarioExists(SEOUL_PATH)) expect(fastRolloutAgrees(rulesOf(SEOUL_PATH), 'short')).toBe(true);
  });

  it('play a plan, then the base policy, with the dice they are given and not the game’s', () => {
    const rules = northsea();
    const game = new Game(rules, 2);
    game.send({ type: 'game.start', length: 'short' });
    playToDecide(game);
    const script = scriptBase([[], ['send-medicine'], ['send-medicine'], ['send-medicine']]);
    for (const rollout of [fastRollout, gameRollout]) {
      const end = rollout(game, 'cabinet', ['start-training'], script, 99);
      expect(end?.ending).not.toBe('');
      expect(end?.log.filter((e) => e.kind === 'card').map((e) => (e.kind === 'card' ? e.id : ''))).toEqual([
        'start-training',
        'send-medicine',
        'send-medicine',
        'send-medicine',
      ]);
      expect(rollout(game, 'cabinet', ['ship-strike'], passBase, 99)).toBeNull();
    }
    const a = fastRollout(game, 'cabinet', [], passBase, 1);
    const b = fastRollout(game, 'cabinet', [], passBase, 2);
    expect(a?.rng).not.toBe(b?.rng);
    expect(game.context.log.some((e) => e.kind === 'card')).toBe(false);
  });

  it('fall back to the machine when the fast way would disagree with it', () => {
    const scenario = loadScenario(NORTHSEA_PATH);
    const honest = prepare(scenario);
    // The machine pays 5 capital a round, the index the pure functions read says 2.
    const machine = prepare({ ...scenario, capital: { ...scenario.capital, perRound: 5 } }).machine;
    const forged = { index: honest.index, machine };
    expect(fastRolloutAgrees(forged, 'short')).toBe(false);
    expect(rolloutFor(forged, 'short')).toBe(gameRollout);
    expect(rolloutFor(honest, 'short')).toBe(fastRollout);
  });
});
