/**
 * scenario:check reports the content checks: a hindsight warning as the object other tools
 * script against, `{"code":"hindsight","path","mentions","visibleFrom",…}`, and the source
 * warnings with their paths, on stderr and in `--json`; the check still passes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { scenarioCheck } from '../../src/cli/scenario-check';
import { NORTHSEA_PATH, type RawScenario, scenarioData } from '../support/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'red-lines-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the fixture after `change` and runs the check on it with `--json`. */
function check(change: (d: RawScenario) => void) {
  const data = scenarioData(NORTHSEA_PATH) as RawScenario;
  change(data);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  const io = memoryIo();
  const code = scenarioCheck([file, '--json'], io);
  return { code, summary: JSON.parse(io.stdout) as { warnings: Record<string, string>[] }, stderr: io.stderr };
}

describe('scenario:check with the content checks', () => {
  it('lists a hindsight warning with its code, path, what it mentions and when it is first seen', () => {
    const { code, summary, stderr } = check((d) => {
      d.cards[0].text = 'Open a training camp, as the summit agreed on 12 May 2031.';
    });
    expect(code).toBe(0);
    // The card now states a fact (a date) without a source, too.
    expect(summary.warnings.map((w) => w.code)).toEqual(['uncited', 'hindsight']);
    const warning = summary.warnings[1];
    expect(Object.keys(warning ?? {})).toEqual(['code', 'path', 'mentions', 'visibleFrom', 'expected', 'found']);
    expect(warning).toMatchObject({
      code: 'hindsight',
      path: '$.cards[0].text',
      mentions: '12 May 2031',
      visibleFrom: '2031-03-01',
    });
    expect(stderr.split('\n')).toContain(
      'warning: $.cards[0].text: expected nothing later than 2031-03-01, the first day players can see it, found "12 May 2031"',
    );
  });

  it('lists an unlinked and an unused source, with their paths', () => {
    const { code, summary } = check((d) => {
      d.sources = [
        { id: 'cited', publisher: 'Norvalia Herald', kind: 'newspaper' },
        { id: 'spare', publisher: 'Norvalia Herald', kind: 'newspaper', url: 'https://example.org/spare' },
      ];
      d.events[0].sources = ['cited'];
    });
    expect(code).toBe(0);
    expect(summary.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unlinked-source', '$.sources[0].url'],
      ['unused-source', '$.sources[1]'],
    ]);
  });
});
