/**
 * A bundled scenario in the interface's language: its `scenario.<lang>.json` applied over its
 * own words when both arrive and the translation fits (same scenario, same version, words
 * only). Otherwise the scenario in its own words, and the page says it is untranslated.
 */
import { parseScenario } from '../engine/scenario-parse';
import { translateScenario } from '../engine/translation';

/** Fetches the scenario and, with it, its translation; the translated scenario when it applies. */
export async function translatedSource(
  scenario: () => Promise<unknown>,
  translation: () => Promise<unknown>,
): Promise<unknown> {
  const raw = await scenario();
  const base = parseScenario(raw);
  if (!base.ok) return raw;
  try {
    const applied = translateScenario(base.value, JSON.stringify(await translation()));
    return applied.ok ? applied.value : raw;
  } catch {
    // The translation did not arrive (offline, not stored): the scenario plays in its own words.
    return raw;
  }
}
