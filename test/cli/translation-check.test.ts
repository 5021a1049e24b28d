/**
 * scenario:check reads each translation beside a scenario (`scenario.ko.json`) and says what it
 * lacks and what it has too much of, each by its path: a partial Korean translation of the test
 * scenario (test/fixtures/translations), a whole one made from the scenario's own words, and a
 * translation of another version.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { scenarioCheck } from '../../src/cli/scenario-check';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import type { Scenario } from '../../src/engine/scenario-schema';
import { SCENARIO_WORDS } from '../../src/engine/scenario-words';
import { translationCoverage } from '../../src/engine/translation-coverage';
import { runCli } from './run-cli';

const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';
const PARTIAL = 'test/fixtures/translations/northsea-partial.ko.json';

const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'));
if (!parsed.ok) throw new Error('the fixture scenario must be valid');
const scenario: Scenario = parsed.value;

/** The scenario's words only (and the ids that place them): a translation that changes nothing, but covers all. */
function wordsOnly(value: unknown, inWords = false): unknown {
  if (typeof value === 'string') return inWords ? value : undefined;
  if (Array.isArray(value)) return value.map((v) => wordsOnly(v, inWords) ?? {});
  if (value === null || typeof value !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'id') out[key] = v;
    else {
      const kept = wordsOnly(v, SCENARIO_WORDS.has(key));
      if (kept !== undefined && !(typeof kept === 'object' && kept !== null && Object.keys(kept).length === 0))
        out[key] = kept;
    }
  }
  return out;
}

const translationOf = (text: unknown, version = scenario.version) =>
  JSON.stringify({
    format: 'red-lines-translation',
    formatVersion: 1,
    scenario: scenario.id,
    scenarioVersion: version,
    language: 'ko',
    text,
  });

/** A folder with the scenario and, beside it, `scenario.ko.json`. */
function folderWith(translation: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'red-lines-translation-'));
  copyFileSync(FIXTURE, join(folder, 'scenario.json'));
  writeFileSync(join(folder, 'scenario.ko.json'), translation);
  return join(folder, 'scenario.json');
}

describe('a translation measured against its scenario', () => {
  it('that holds every word of the scenario has nothing missing, nothing extra, no problem', () => {
    const whole = translationOf((wordsOnly(JSON.parse(JSON.stringify(scenario))) as Record<string, unknown>) ?? {});
    expect(translationCoverage(scenario, whole)).toEqual({ missing: 0, extra: 0, problems: [] });
  });

  it('names each word a partial translation lacks by its path in the scenario, and each extra entry by its path in the translation', () => {
    const coverage = translationCoverage(scenario, readFileSync(PARTIAL, 'utf8'));
    const paths = coverage.problems.map((p) => p.path);
    expect(coverage.extra).toBe(2);
    expect(paths).toContain('$.text.cards[1]');
    expect(paths).toContain('$.text.glossary[0].note');
    expect(paths).toContain('$.cards[1].label');
    expect(paths).toContain('$.meters[1].label');
    expect(paths).not.toContain('$.cards[0].label');
    expect(paths).not.toContain('$.title');
    expect(paths).not.toContain('$.meters[0].description');
    expect(coverage.missing).toBe(coverage.problems.filter((p) => p.found === 'none').length);
    expect(coverage.missing).toBeGreaterThan(50);
  });

  it('of another version of the scenario says so at $.scenarioVersion', () => {
    const coverage = translationCoverage(scenario, translationOf({ title: '노르발리아' }, '0.9.0'));
    expect(coverage.problems).toContainEqual({ path: '$.scenarioVersion', expected: '"1.0.0"', found: '"0.9.0"' });
  });
});

describe('scenario:check with a translation beside the scenario', () => {
  it('adds "translations" to --json, by language, with counts and paths, and still exits 0', async () => {
    const file = folderWith(readFileSync(PARTIAL, 'utf8'));
    const run = await runCli('scenario-check', [file, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary.translations)).toEqual(['ko']);
    const ko = summary.translations.ko;
    expect(ko.extra).toBe(2);
    expect(ko.missing).toBeGreaterThan(50);
    expect(ko.problems.map((p: { path: string }) => p.path)).toContain('$.cards[1].label');
    expect(run.stderr).toContain(`translation ko: ${ko.missing} missing, 2 extra`);
  });

  it('reports a whole translation as {"missing":0,"extra":0,"problems":[]}', () => {
    const io = memoryIo();
    const file = folderWith(translationOf(wordsOnly(JSON.parse(JSON.stringify(scenario)))));
    expect(scenarioCheck([file, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).translations).toEqual({ ko: { missing: 0, extra: 0, problems: [] } });
  });

  it('reports no translations for a scenario with none beside it', () => {
    const io = memoryIo();
    expect(scenarioCheck([FIXTURE, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).translations).toEqual({});
  });
});
