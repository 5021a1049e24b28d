/**
 * `npm run balance` as a person runs it: real processes through tsx, worker threads included.
 * The JSON has the agreed keys and ranges and is byte-identical across runs and thread counts;
 * the tables print; a wrong scenario or length is refused with the reason; and `npm run sim`
 * takes the search bot as a policy.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { sim } from '../../src/cli/sim';
import { runCli, STACK_FRAME } from './run-cli';

const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';
const ARGS = ['--scenario', FIXTURE, '--games', '20', '--seed', '5', '--json'];

/** The keys every consumer of `--json` may rely on. */
const KEYS = [
  'scenario',
  'length',
  'games',
  'restraint',
  'arming',
  'cardShare',
  'fires',
  'bestLineSd',
  'moveValue',
  'scriptEndings',
];

describe('balance --json', () => {
  it('prints the agreed keys, the same bytes in another process with one thread instead of two', async () => {
    const a = await runCli('balance', ARGS);
    const one = await runCli('balance', [...ARGS, '--threads', '1']);
    for (const run of [a, one]) expect(run.code, run.stderr).toBe(0);
    expect(one.stdout).toBe(a.stdout);
    const report = JSON.parse(a.stdout);
    for (const key of KEYS) expect(report).toHaveProperty(key);
    expect(report).toMatchObject({ scenario: 'northsea-2031', length: 'short', games: 20 });
    for (const line of [report.restraint, report.arming]) {
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(100);
      for (const s of Object.values(line.endings) as number[]) expect(s >= 0 && s <= 1).toBe(true);
    }
    for (const s of Object.values(report.cardShare) as number[]) expect(s >= 0 && s <= 1).toBe(true);
    for (const row of Object.values(report.fires) as Record<string, number>[])
      expect(Object.keys(row)).toEqual(['random', 'hawk', 'dove', 'cautious', 'search']);
    expect(report.moveValue).toHaveLength(4);
    expect(a.stderr).toMatch(/balance: \d+ of \d+ jobs/);
  }, 180_000);
});

describe('balance tables', () => {
  it('prints Markdown tables for a README, for the long game too', async () => {
    const run = await runCli('balance', ['--scenario', FIXTURE, '--games', '20', '--length', 'long']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('# Balance of northsea-2031 1.0.0, length long (6 rounds), seed 1');
    expect(run.stdout).toContain('| Card | Share |  |');
    expect(run.stdout).toContain('| Id | Random | Hawk | Dove | Cautious | Search |  |');
    expect(run.stdout).toMatch(/\| Round \| R1 \| R2 \| R3 \| R4 \| R5 \| R6 \|/);
    expect(run.stdout).toContain('| Ending | Best share | Script |');
    expect(run.stdout).toMatch(/\| bystander \| 100\.0% \| R1–6 \(nothing\) \|/);
  }, 120_000);
});

describe('balance refusals', () => {
  it('names a scenario that does not exist', async () => {
    const run = await runCli('balance', ['--scenario', 'atlantis-2040']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there is no scenario "atlantis-2040"');
    expect(run.stderr).toContain('usage: npm run balance');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe('');
  });

  it('names a length the scenario does not have, and lists the ones it has', async () => {
    const run = await runCli('balance', ['--scenario', FIXTURE, '--length', 'medium']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--length: northsea-2031 has no length "medium"; its lengths are short, long');
    expect(run.stdout).toBe('');
  });

  it('refuses a bad number of games, threads or seed with the reason', async () => {
    for (const [flag, value, reason] of [
      ['--games', '0', '--games must be a whole number'],
      ['--threads', 'two', '--threads must be a whole number'],
      ['--seed', '12x', '--seed must be a whole number'],
    ] as const) {
      const run = await runCli('balance', ['--scenario', FIXTURE, flag, value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(reason);
    }
  });
});

describe('sim --policy search', () => {
  it('plays whole games with the look-ahead bot and reports them like any policy', () => {
    const io = memoryIo();
    const code = sim(['--scenario', FIXTURE, '--games', '5', '--seed', '2', '--policy', 'search', '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(report.games).toBe(5);
    expect(report.violations).toBe(0);
    expect(Object.values(report.endings as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);
  });
});
