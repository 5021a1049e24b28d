/**
 * Each bundled scenario is listed by a small card before it is loaded: the card must say what its
 * scenario file says (id, title, lengths), so the list never promises a game the file does not hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { type ScenarioCard, ScenarioLibrary } from '../../src/session/scenario-library';

const root = new URL('../../assets/scenarios/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('bundled scenario cards', () => {
  it('exist for every scenario in the catalog and agree with its file', () => {
    const { order } = read('catalog.json') as { order: string[] };
    expect(folders.length).toBeGreaterThanOrEqual(2);
    expect([...order].sort()).toEqual([...folders].sort());
    for (const folder of folders) {
      const card = read(`${folder}/card.json`) as ScenarioCard;
      const scenario = read(`${folder}/scenario.json`) as { id: string; title: string; lengths: { minutes: number }[] };
      expect(card.id, folder).toBe(folder);
      expect(card.id, folder).toBe(scenario.id);
      expect(card.title, folder).toBe(scenario.title);
      expect(card.minutes, folder).toEqual(scenario.lengths.map((l) => l.minutes));
      expect(card.pitch.length, folder).toBeGreaterThan(20);
      expect(card.pitch.length, `${folder}: one line`).toBeLessThanOrEqual(160);
      expect(card.level.length, folder).toBeGreaterThan(3);
    }
  });

  it("have their words in every language the interface speaks, matching the scenario's translation where there is one", () => {
    const languages = readdirSync(new URL('../locales/', root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'en')
      .map((entry) => entry.name);
    expect(languages).toContain('ko');
    for (const folder of folders)
      for (const lang of languages) {
        const words = read(`${folder}/card.${lang}.json`) as Record<string, string>;
        // Words only: the id and the lengths are the card's, whatever the language.
        expect(Object.keys(words).sort(), `${folder} ${lang}`).toEqual(['level', 'pitch', 'title']);
        expect(words.pitch?.length, `${folder} ${lang}: one line`).toBeLessThanOrEqual(160);
        for (const word of Object.values(words)) expect(word.trim().length, `${folder} ${lang}`).toBeGreaterThan(3);
        const translation = readdirSync(new URL(`${folder}/`, root)).includes(`scenario.${lang}.json`);
        if (translation)
          expect(words.title, `${folder} ${lang}`).toBe(read(`${folder}/scenario.${lang}.json`).text.title);
      }
  });
});

describe('the scenario library with cards', () => {
  it('loads only the scenario a save or a file names, not every bundled one', async () => {
    const parsed = parseScenarioText(readFileSync(new URL('seoul-2024/scenario.json', root), 'utf8'));
    if (!parsed.ok) throw new Error('the bundled scenario does not parse');
    const seoul = parsed.value;
    const fetched: string[] = [];
    const source = (id: string) => ({
      folder: id,
      card: { id, title: id, pitch: '', minutes: [45], level: '' },
      fetch: async () => {
        fetched.push(id);
        return JSON.parse(JSON.stringify(seoul));
      },
    });
    const lib = new ScenarioLibrary([source(seoul.id), source('berlin-2022')]);
    expect((await lib.fileStanding(seoul)).kind).toBe('bundled');
    expect(await lib.rulesFor(seoul.id, seoul.version)).toBeDefined();
    expect(fetched).toEqual([seoul.id]);
  });
});
