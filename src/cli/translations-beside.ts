/**
 * The translations beside a scenario file: `scenario.ko.json` next to `scenario.json` (the
 * file's name, a language tag, `.json`), each measured against the scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Scenario } from '../engine/scenario-schema';
import { type TranslationCoverage, translationCoverage } from '../engine/translation-coverage';

/** Each translation file's coverage, by its language tag, in the tags' order. */
export function translationsBeside(file: string, scenario: Scenario): Record<string, TranslationCoverage> {
  const stem = basename(file).replace(/\.json$/i, '');
  const folder = dirname(file);
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z]{2}(?:-[A-Z]{2})?)\\.json$`);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return {};
  }
  const out: Record<string, TranslationCoverage> = {};
  for (const name of names) {
    const lang = pattern.exec(name)?.[1];
    if (lang === undefined) continue;
    let text: string;
    try {
      text = readFileSync(join(folder, name), 'utf8');
    } catch (error) {
      out[lang] = {
        missing: 0,
        extra: 0,
        problems: [{ path: '$', expected: 'a readable file', found: String(error) }],
      };
      continue;
    }
    out[lang] = translationCoverage(scenario, text);
  }
  return out;
}
