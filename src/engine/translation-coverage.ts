/**
 * How complete a translation is: every word of the scenario the translation lacks (named by its
 * path in the scenario file, `$.cards[3].label`), every entry of the translation the scenario has
 * no words for (named by its path in the translation file, `$.text.cards[5].note`), and any other
 * problem (another scenario or version, a translated scenario that no longer checks). Lists are
 * matched as `translation.ts` matches them: by id where items have one, else by position.
 */
import { jsonPath, type Problem } from './problems';
import type { Scenario } from './scenario-schema';
import { SCENARIO_WORDS } from './scenario-words';
import { translateScenario } from './translation';

/** What `scenario:check --json` reports for one language. */
export interface TranslationCoverage {
  missing: number;
  extra: number;
  /** Each missing and extra entry, then every other problem, each named by its path. */
  problems: Problem[];
}

type Path = (string | number)[];

interface Walk {
  missing: Path[];
  extra: Path[];
}

const idOf = (item: unknown): unknown =>
  item !== null && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;

/** Every word (a string under a words key) in a part of the scenario, by its path. */
function wordsIn(base: unknown, path: Path, inWords: boolean, out: Path[]): void {
  if (typeof base === 'string') {
    if (inWords) out.push(path);
  } else if (Array.isArray(base)) {
    for (const [i, item] of base.entries()) wordsIn(item, [...path, i], inWords, out);
  } else if (base !== null && typeof base === 'object')
    for (const [key, value] of Object.entries(base))
      if (key !== 'id') wordsIn(value, [...path, key], SCENARIO_WORDS.has(key), out);
}

/** Walks the scenario and its translation side by side. */
function compare(base: unknown, words: unknown, at: Path, inText: Path, inWords: boolean, walk: Walk): void {
  if (words === undefined) {
    wordsIn(base, at, inWords, walk.missing);
    return;
  }
  if (typeof base === 'string') {
    if (typeof words !== 'string' || !inWords) walk.extra.push(inText);
    return;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(words)) {
      walk.extra.push(inText);
      wordsIn(base, at, inWords, walk.missing);
      return;
    }
    const matched = new Map<number, number>();
    words.forEach((item, i) => {
      const id = idOf(item);
      const b = id === undefined ? i : base.findIndex((x) => idOf(x) === id);
      if (b < 0 || b >= base.length) walk.extra.push([...inText, i]);
      else matched.set(b, i);
    });
    base.forEach((item, b) => {
      const w = matched.get(b);
      compare(item, w === undefined ? undefined : words[w], [...at, b], [...inText, w ?? b], inWords, walk);
    });
    return;
  }
  if (base !== null && typeof base === 'object') {
    if (words === null || typeof words !== 'object' || Array.isArray(words)) {
      walk.extra.push(inText);
      wordsIn(base, at, inWords, walk.missing);
      return;
    }
    const given = words as Record<string, unknown>;
    for (const key of Object.keys(given))
      if (key !== 'id' && !Object.hasOwn(base, key)) walk.extra.push([...inText, key]);
    for (const [key, value] of Object.entries(base))
      if (key !== 'id') compare(value, given[key], [...at, key], [...inText, key], SCENARIO_WORDS.has(key), walk);
    return;
  }
  // Numbers, booleans and null are rules, never words.
  walk.extra.push(inText);
}

/** The coverage of one translation file's text (`scenario.ko.json`) of a valid scenario. */
export function translationCoverage(scenario: Scenario, translationText: string): TranslationCoverage {
  const applied = translateScenario(scenario, translationText);
  let text: unknown;
  try {
    text = (JSON.parse(translationText) as { text?: unknown }).text;
  } catch {
    text = undefined;
  }
  if (text === null || typeof text !== 'object') {
    const problems = applied.ok ? [] : applied.problems;
    return { missing: 0, extra: 0, problems };
  }
  const walk: Walk = { missing: [], extra: [] };
  compare(scenario, text, [], ['text'], false, walk);
  const named = new Set(walk.extra.map((p) => jsonPath(p)));
  const others = applied.ok ? [] : applied.problems.filter((p) => !named.has(p.path));
  return {
    missing: walk.missing.length,
    extra: walk.extra.length,
    problems: [
      ...walk.missing.map((p) => ({ path: jsonPath(p), expected: 'a translation of these words', found: 'none' })),
      ...walk.extra.map((p) => ({
        path: jsonPath(p),
        expected: 'only words the scenario has',
        found: 'an extra entry',
      })),
      ...others,
    ],
  };
}
