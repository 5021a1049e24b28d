/**
 * The benchmark's machinery at a tiny size: it runs, both senders replay the same games, and
 * the report carries the agreed fields. Speed itself is measured by `npm run bench`, never
 * asserted by a test (see DESIGN.md, Budgets).
 */
import { describe, expect, it } from 'vitest';
import { bench, benchCommand, describeBench } from '../../src/cli/bench';
import { memoryIo } from '../../src/cli/io';

describe('bench', () => {
  it('measures games per second and the cost per event of both senders', () => {
    const report = bench({ games: 20, record: 10, repetitions: 3 });
    if ('error' in report) throw new Error(report.error);
    expect(report.games).toBe(20);
    expect(report.gamesPerSecond).toBeGreaterThan(0);
    expect(report.gamesPerWallSecond).toBeGreaterThan(0);
    expect(report.node).toBe(process.version);
    expect(report.perEvent.games).toBe(10);
    // Every game has at least a start and five events a round.
    expect(report.perEvent.events).toBeGreaterThanOrEqual(10 * 6);
    expect(report.perEvent.gameSendNs).toBeGreaterThan(0);
    expect(report.perEvent.actorSendNs).toBeGreaterThan(0);
    expect(report.perEvent.ratio).toBeCloseTo(report.perEvent.gameSendNs / report.perEvent.actorSendNs, 1);
    expect(describeBench(report)).toContain('ratio');
  });

  it('exits 2 with the usage line for a bad flag', () => {
    const io = memoryIo();
    expect(benchCommand(['--games', 'many'], io)).toBe(2);
    expect(io.stderr).toContain('usage: npm run bench');
  });
});
