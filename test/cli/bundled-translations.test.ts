/**
 * Every translation that ships beside a bundled scenario covers it whole: a change to a scenario's
 * words that its translation has not followed fails here, each word named by its path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/engine/problems';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { translateScenario } from '../../src/engine/translation';
import { translationCoverage } from '../../src/engine/translation-coverage';

const root = new URL('../../assets/scenarios/', import.meta.url);
const shipped = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(new URL(`${entry.name}/`, root))
      .filter((file) => /^scenario\.[a-z]{2}(-[A-Z]{2})?\.json$/.test(file))
      .map((file) => ({ folder: entry.name, file })),
  );

describe('the bundled translations', () => {
  it('include the Korean Seoul scenario', () => {
    expect(shipped).toContainEqual({ folder: 'seoul-2024', file: 'scenario.ko.json' });
  });

  it.each(shipped)('$folder/$file translates every word of its scenario, and nothing else', ({ folder, file }) => {
    const parsed = parseScenarioText(readFileSync(new URL(`${folder}/scenario.json`, root), 'utf8'));
    if (!parsed.ok) throw new Error(`${folder} does not parse`);
    const coverage = translationCoverage(parsed.value, readFileSync(new URL(`${folder}/${file}`, root), 'utf8'));
    expect(coverage.problems.map(formatProblem)).toEqual([]);
    expect([coverage.missing, coverage.extra]).toEqual([0, 0]);
    // Played in its language, the scenario warns of nothing its original does not.
    const translated = translateScenario(parsed.value, readFileSync(new URL(`${folder}/${file}`, root), 'utf8'));
    if (!translated.ok) throw new Error(translated.problems.map(formatProblem).join('\n'));
    expect((translated.warnings ?? []).map(formatProblem)).toEqual((parsed.warnings ?? []).map(formatProblem));
  });
});
