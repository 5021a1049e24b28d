/**
 * The bundled scenarios are checked when the game is built, not in the page: what the page gets
 * for each must be exactly what the checker makes of its file (the schema's defaults filled in,
 * the same content warnings), and a bundled scenario still arrives playable through the library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/app/bundled-scenarios';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { ScenarioLibrary } from '../../src/session/scenario-library';

/** The interface in English: no bundled scenario is translated into it. */
const sources = bundledScenarios('en');

const fileOf = (folder: string) =>
  readFileSync(new URL(`../../assets/scenarios/${folder}/scenario.json`, import.meta.url), 'utf8');

describe('bundled scenarios checked at build time', () => {
  it('are what the checker makes of each file, warnings included', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) {
      expect(source.checked, source.folder).toBe(true);
      const parsed = parseScenarioText(fileOf(source.folder));
      if (!parsed.ok) throw new Error(`${source.folder} does not parse`);
      expect(await source.fetch(), source.folder).toEqual({ scenario: parsed.value, warnings: parsed.warnings });
    }
  });

  it('load through the library as the checker would load them', async () => {
    const library = new ScenarioLibrary(sources);
    const loaded = await library.bundled();
    expect(loaded.map((p) => p.ok && p.value.id)).toEqual(sources.map((s) => s.card?.id));
    for (const [i, source] of sources.entries()) {
      const parsed = parseScenarioText(fileOf(source.folder));
      expect(loaded[i], source.folder).toEqual(parsed);
    }
  });
});
