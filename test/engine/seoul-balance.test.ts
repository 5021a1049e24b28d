/**
 * The balance targets of "Seoul, October 2024", measured with the simulator as the scenario's
 * README reports them: 10,000 random-policy games of the 45-minute length, seed 1, reach every
 * ending, no ending above 45%, and a median game that plays all 4 rounds (the projected aftermath
 * counts on from there); the hawk, dove and cautious bots each end most often in a different
 * ending. No ending is below 2% of the games of both the random bot and the hawk: the government
 * falls when the council sends arms the public rejects, which random cards rarely do in 4 rounds
 * (under 1% of random games), so the hawk's 45-minute games show that it happens in play.
 * Every rung of both ladders is reached in play: the offensive tier needs
 * the principle reviewed, the Assembly's consent and "too far" before a step a round, more than
 * random cards assemble in 4 rounds, so the rungs are counted over the random games and the
 * hawk's games of the 90-minute length, a council that climbs whenever it can.
 * The same arguments always give the same report, so a failure here is a content change to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/engine/bots';
import type { Rules } from '../../src/engine/game';
import { type SimReport, simulate } from '../../src/engine/simulate';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';

const GAMES = 10_000;
/** Enough for a stable most-common ending: each bot's mode holds well over half of its games. */
const POLICY_GAMES = 400;

/** The ending a report shows most often. */
const modal = (r: SimReport) => Object.entries(r.endings).sort((a, b) => b[1] - a[1])[0]?.[0];

describe('balance of Seoul, October 2024 (45 minutes, seed 1)', () => {
  let rules: Rules;
  let random: SimReport;
  let climber: SimReport;
  let hawk: SimReport;

  beforeAll(() => {
    rules = rulesOf(SEOUL_PATH);
    random = simulate(rules, { games: GAMES, seed: 1, policy: 'random', length: 'short' });
    climber = simulate(rules, { games: POLICY_GAMES, seed: 1, policy: 'hawk', length: 'long' });
    hawk = simulate(rules, { games: POLICY_GAMES, seed: 1, policy: 'hawk', length: 'short' });
  }, 300_000);

  it('plays 10,000 random games without breaking an invariant', () => {
    expect(random.games).toBe(GAMES);
    expect(random.violations).toBe(0);
  });

  it('reaches every rung of both ladders', () => {
    expect(climber.violations).toBe(0);
    const reached = (rung: string) => (random.rungsReached[rung] ?? 0) + (climber.rungsReached[rung] ?? 0);
    const never = Object.keys(random.rungsReached).filter((rung) => reached(rung) === 0);
    expect(never).toEqual([]);
    const all = rules.index.scenario.ladders.flatMap((l) => l.rungs.map((r) => r.id));
    expect(Object.keys(random.rungsReached).sort()).toEqual([...all].sort());
    expect(Object.keys(climber.rungsReached).sort()).toEqual([...all].sort());
  });

  it('reaches every ending, none in more than 45% of random games nor in fewer than 2% of both random and hawk games', () => {
    expect(Object.keys(random.endings).sort()).toEqual(rules.index.scenario.endings.map((e) => e.id).sort());
    expect(hawk.violations).toBe(0);
    for (const [ending, n] of Object.entries(random.endings)) {
      const byHawk = hawk.endings[ending] ?? 0;
      expect(n / GAMES, `${ending}: ${n} of ${GAMES}`).toBeLessThanOrEqual(0.45);
      const best = Math.max(n / GAMES, byHawk / POLICY_GAMES);
      expect(best, `${ending}: ${n} of ${GAMES} random, ${byHawk} of ${POLICY_GAMES} hawk`).toBeGreaterThanOrEqual(
        0.02,
      );
    }
  });

  it('has few early collapses: the median random game plays all 4 rounds', () => {
    expect(random.rounds.median).toBeGreaterThanOrEqual(4);
  });

  it('sends the hawk, the dove and the cautious bot most often to three different endings', () => {
    const policies: Policy[] = ['dove', 'cautious'];
    const reports = [
      hawk,
      ...policies.map((policy) => simulate(rules, { games: POLICY_GAMES, seed: 1, policy, length: 'short' })),
    ];
    for (const r of reports) expect(r.violations).toBe(0);
    const modes = reports.map(modal);
    expect(new Set(modes).size, `most common endings: ${modes.join(', ')}`).toBe(3);
  });
});
