/**
 * The aftermath: periods after the last round that the bots play alone, before the ending and
 * the scores are read. The fixture gains a two-month aftermath and a delayed Koravian answer to
 * air defence (danger +30 a round later), so a climb in the last round meets its answer.
 */
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { fastRollout, fastRolloutAgrees, gameRollout, passBase } from '../../src/engine/rollout';
import { play } from '../support/play';
import { NORTHSEA_PATH, type RawScenario, rawCard, variant } from '../support/scenarios';

const AFTERMATH = [
  { label: 'July 2031 (projected)', until: '2031-07-31' },
  { label: 'August 2031 (projected)', until: '2031-08-31' },
];

function delayedAnswer(data: RawScenario): void {
  rawCard(data, 'ship-air-defence').effects.push({
    after: 1,
    label: 'Koravia answers the air defence',
    effects: [{ meter: 'danger', add: 30 }],
  });
}

const withAftermath = variant(NORTHSEA_PATH, (d) => {
  delayedAnswer(d);
  d.lengths[0].aftermath = AFTERMATH;
});
const withoutAftermath = variant(NORTHSEA_PATH, delayedAnswer);

const LATE_CLIMB = [[], [], ['start-training'], ['ship-air-defence']];

describe('aftermath', () => {
  it('a last-round climb ends in a spiral only because of the aftermath', () => {
    // Seed 3: danger 20 + 5 (war) + 5 (training) + 10 (air defence) + 15 (Koravia hits ships) = 55.
    const without = play(withoutAftermath, { seed: 3 })
      .start('short')
      .rounds(...LATE_CLIMB);
    without.expectEnding('guardian').expectRound(4).expectMeter('danger', 55);
    // The answer falls due in round 5, the first period of the aftermath: 55 + 30 ≥ 80.
    const after = play(withAftermath, { seed: 3 })
      .start('short')
      .rounds(...LATE_CLIMB);
    after.expectEnding('drawn-in').expectRound(5);
    expect(after.context.meters.danger).toBeGreaterThanOrEqual(80);
    expect(after.context.log.filter((e) => e.kind === 'round' && e.aftermath === true)).toEqual([
      { kind: 'round', round: 5, aftermath: true },
    ]);
    // The aftermath's ending is an ordinary one at round 5, not an early end.
    expect(after.context.log.at(-1)).toEqual({ kind: 'ending', round: 5, id: 'drawn-in' });
  });

  it('plays every period when no ending comes, then reads the end endings', () => {
    const p = play(withAftermath, { seed: 1 }).start('short').rounds([], [], [], []);
    p.expectEnding('bystander').expectRound(6);
    const rounds = p.context.log.filter((e) => e.kind === 'round');
    expect(rounds.map((e) => (e.kind === 'round' ? [e.round, e.aftermath ?? false] : []))).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
    ]);
    // No capital comes in the aftermath: no one is at the table to spend it.
    expect(p.context.log.some((e) => e.kind === 'capital' && e.round > 4)).toBe(false);
  });

  it('lets the bots of seats a team holds react in the aftermath', () => {
    // Koravia is held by a team, so its bot is silent in the game; in the aftermath it answers air defence.
    const p = play(withAftermath, { seed: 3 })
      .start('short', ['cabinet', 'koravia'])
      .rounds(...LATE_CLIMB);
    const reactions = p.context.log.filter((e) => e.kind === 'reaction' && e.seat === 'koravia');
    expect(reactions.length).toBeGreaterThan(0);
    expect(reactions.every((e) => e.round > 4)).toBe(true);
  });

  it('is played the same by the fast rollout as by the machine', () => {
    expect(fastRolloutAgrees(withAftermath, 'short')).toBe(true);
    const game = new Game(withAftermath, 3);
    game.send({ type: 'game.start', length: 'short' });
    game.send({ type: 'brief.done' });
    game.send({ type: 'deliberation.done' });
    const slow = gameRollout(game, 'cabinet', ['start-training'], passBase, 99);
    expect(fastRollout(game, 'cabinet', ['start-training'], passBase, 99)).toEqual(slow);
    expect(slow?.round).toBeGreaterThan(4);
  });
});
