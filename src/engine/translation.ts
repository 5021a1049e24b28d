/**
 * Translations of a scenario: one more file beside it (`scenario.ko.json`) that mirrors the
 * scenario's shape but holds only its words. Lists of things with ids are matched by id,
 * other lists by position; only text may change, so a translation can never alter the rules.
 */
import { z } from 'zod';
import { jsonPath, type Parsed, type Problem, readJson } from './problems';
import { parseScenario } from './scenario-parse';
import type { Scenario } from './scenario-schema';
import { SCENARIO_WORDS } from './scenario-words';

export const TranslationSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('red-lines-translation'),
  formatVersion: z.literal(1),
  scenario: z.string(),
  scenarioVersion: z.string(),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  text: z.record(z.string(), z.unknown()),
});

/** Applies a translation file's text to a scenario's raw JSON, then checks the result as a scenario. */
export function translateScenario(base: Scenario, translationText: string): Parsed<Scenario> {
  const json = readJson(translationText);
  if (!json.ok) return json;
  const parsed = TranslationSchema.safeParse(json.value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), expected: i.message })),
    };
  const t = parsed.data;
  const problems: Problem[] = [];
  if (t.scenario !== base.id) problems.push({ path: '$.scenario', expected: `"${base.id}"`, found: `"${t.scenario}"` });
  if (t.scenarioVersion !== base.version)
    problems.push({ path: '$.scenarioVersion', expected: `"${base.version}"`, found: `"${t.scenarioVersion}"` });
  const merged = overlay(JSON.parse(JSON.stringify(base)), t.text, ['text'], problems, false) as Record<
    string,
    unknown
  >;
  if (problems.length > 0) return { ok: false, problems };
  merged.language = t.language;
  return parseScenario(merged);
}

function overlay(
  base: unknown,
  words: unknown,
  path: (string | number)[],
  problems: Problem[],
  inWords: boolean,
): unknown {
  if (typeof words === 'string') {
    if (typeof base !== 'string' || !inWords)
      problems.push({ path: jsonPath(path), expected: 'a place where the scenario has words', found: 'structure' });
    return words;
  }
  if (Array.isArray(words)) {
    if (!Array.isArray(base)) {
      problems.push({ path: jsonPath(path), expected: 'no list here', found: 'a list' });
      return base;
    }
    words.forEach((item, i) => {
      const id = item !== null && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
      const at = id === undefined ? i : base.findIndex((b) => b !== null && typeof b === 'object' && b.id === id);
      if (at < 0 || at >= base.length) {
        problems.push({
          path: jsonPath([...path, i]),
          expected: 'an item the scenario has',
          found: id === undefined ? `item ${i}` : `id "${String(id)}"`,
        });
        return;
      }
      base[at] = overlay(base[at], item, [...path, i], problems, inWords);
    });
    return base;
  }
  if (words !== null && typeof words === 'object') {
    if (base === null || typeof base !== 'object' || Array.isArray(base)) {
      problems.push({ path: jsonPath(path), expected: 'no object here', found: 'an object' });
      return base;
    }
    const target = base as Record<string, unknown>;
    for (const [key, value] of Object.entries(words)) {
      if (key === 'id') continue;
      if (!Object.hasOwn(target, key)) {
        problems.push({ path: jsonPath([...path, key]), expected: 'a key the scenario has', found: `"${key}"` });
        continue;
      }
      target[key] = overlay(target[key], value, [...path, key], problems, SCENARIO_WORDS.has(key));
    }
    return target;
  }
  problems.push({ path: jsonPath(path), expected: 'words', found: String(words) });
  return base;
}
