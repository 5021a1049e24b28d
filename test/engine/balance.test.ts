/**
 * The balance report on the test fixture, in this thread: every figure in range, the same report
 * for the same settings whatever order the jobs run in, lines that keep their rule, and endings a
 * news-blind script can force worked out from the fixture's data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BalanceReport, balanceReport, FIRE_PLAYERS, localRunner, type Runner } from '../../src/engine/balance';
import type { JobResult } from '../../src/engine/balance-jobs';
import { northsea } from '../support/scenarios';

const SETTINGS = { length: 'short', games: 40, seed: 3 };

/** Runs the jobs last first, then puts the results back in order: the report must not notice. */
function backwards(runner: Runner): Runner {
  return async (jobs) => {
    const reversed = await runner([...jobs].reverse());
    return reversed.reverse() as JobResult[];
  };
}

const share = (x: number) => x >= 0 && x <= 1;

describe('the balance report of the fixture', () => {
  let report: BalanceReport;

  beforeAll(async () => {
    report = await balanceReport(northsea(), SETTINGS, localRunner(northsea()));
  }, 120_000);

  it('is the same for the same settings, whatever order its jobs run in', async () => {
    const again = await balanceReport(northsea(), SETTINGS, backwards(localRunner(northsea())));
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  }, 120_000);

  it('has every figure in range: shares 0–1, scores 0–100, one move value per round', () => {
    expect(report.scenario).toBe('northsea-2031');
    expect(report.games).toBe(40);
    for (const f of [report.restraint, report.arming, report.search, ...Object.values(report.policies)]) {
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(100);
      expect(Object.keys(f.endings).sort()).toEqual(['bystander', 'collapse', 'drawn-in', 'guardian']);
      expect(Object.values(f.endings).every(share)).toBe(true);
      expect(Object.values(f.endings).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    }
    expect(Object.keys(report.cardShare).sort()).toEqual(
      ['send-medicine', 'ship-air-defence', 'ship-strike', 'start-training', 'step-back', 'trade-deal'].sort(),
    );
    expect(Object.values(report.cardShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    const ids = ['war-begins', 'refugees', 'storm', 'summit', 'ships-hit', 'koravia-embargo', 'koravia-ships'];
    for (const id of [...ids, 'koravia-calms', 'estmark-thanks', 'collapse', 'drawn-in', 'guardian', 'bystander']) {
      expect(Object.keys(report.fires[id] ?? {})).toEqual([...FIRE_PLAYERS]);
      expect(Object.values(report.fires[id] ?? {}).every(share)).toBe(true);
    }
    expect(report.fires['war-begins']?.random).toBe(1);
    expect(report.moveValue).toHaveLength(4);
    expect(report.bestLineSd).toBeGreaterThanOrEqual(0);
    expect(Object.values(report.scriptEndings).every(share)).toBe(true);
    expect(report.crisisEndings).toEqual(['collapse', 'drawn-in']);
    expect(report.lateClimb.length).toBeGreaterThan(1);
    for (const c of report.lateClimb) {
      expect(c.round).toBeGreaterThanOrEqual(1);
      expect(c.round).toBeLessThanOrEqual(4);
      expect(c.games).toBeGreaterThan(0);
      expect(share(c.crisis)).toBe(true);
    }
    // The split by the highest rung reached adds up to each round's games, and only counts rungs above the cap.
    const above = ['air-defence', 'strike'];
    expect(report.lateClimbByRung.length).toBeGreaterThan(report.lateClimb.length - 1);
    for (const c of report.lateClimb) {
      const split = report.lateClimbByRung.filter((x) => x.round === c.round);
      expect(split.reduce((n, x) => n + x.games, 0)).toBe(c.games);
      for (const x of split) {
        expect(above).toContain(x.rung);
        expect(share(x.crisis)).toBe(true);
      }
    }
  });

  it('keeps each line to its rule: restraint never above the cap, arming always above it', () => {
    expect(report.cap).toBe('training');
    expect(report.restraint.armed).toBe(0);
    expect(report.restraint.cardsAboveCap).toBe(0);
    expect(report.restraint.line?.armed).toBe(0);
    expect(report.arming.armed).toBe(1);
    expect(report.arming.line?.armed).toBeGreaterThan(0.5);
    expect(report.bestLineSd).toBe(report.bestLine.sd);
  });

  it('finds the endings a news-blind script forces: doing nothing is always the bystander', () => {
    // The golden table works it out: with no cards, trust ends at 43, under the guardian's 60.
    expect(report.scriptEndings.bystander).toBe(1);
    expect(report.scriptEndings.guardian).toBe(1);
    expect(report.scriptEndingLines.bystander?.flat()).toEqual([]);
  });
});
