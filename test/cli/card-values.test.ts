/**
 * `npm run card-values` as a scenario author runs it: the table for a README, the same JSON for
 * the same arguments, and wrong arguments or a broken file refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import { cardValuesCommand } from '../../src/cli/card-values';
import { memoryIo } from '../../src/cli/io';

const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';
const ARGS = ['--scenario', FIXTURE, '--games', '6', '--rollouts', '4', '--seed', '3'];

function run(args: string[]) {
  const io = memoryIo();
  return { code: cardValuesCommand(args, io), out: io.stdout, err: io.stderr };
}

describe('card-values', () => {
  it('prints a Markdown table, and the same figures as JSON each time', () => {
    const table = run(ARGS);
    expect(table.code, table.err).toBe(0);
    expect(table.out).toContain('| Card | Turns open | Points below the best | Best option |');
    expect(table.out).toMatch(/\| \(pass\) \| \d+ \| \d+\.\d\d \| \d+% \|/);
    const a = run([...ARGS, '--json']);
    expect(a.code).toBe(0);
    expect(run([...ARGS, '--json']).out).toBe(a.out);
    const values = JSON.parse(a.out) as { card: string }[];
    for (const v of values) expect(table.out).toContain(`| ${v.card} |`);
  });

  it('refuses wrong numbers and lengths with the reason and the usage line', () => {
    for (const [args, reason] of [
      [['--rollouts', '0'], '--rollouts must be a whole number from 1 to 1000'],
      [['--games', 'many'], '--games must be a whole number'],
      [['--length', 'medium'], '--length must be one of short, long'],
    ] as const) {
      const refused = run(['--scenario', FIXTURE, ...args]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(reason);
      expect(refused.err).toContain('usage: npm run card-values');
      expect(refused.out).toBe('');
    }
  });

  it('names what is wrong with a file that is not a scenario', () => {
    const refused = run(['--scenario', 'package.json']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not a valid scenario');
    // Each mistake by its path, as scenario:check names it.
    expect(`${refused.err}${refused.out}`).toContain('$.format');
  });
});
