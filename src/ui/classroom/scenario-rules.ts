/**
 * The bundled scenarios' rules by scenario id, prepared once: what a saved or imported session
 * is replayed against. A scenario that fails to load is simply not offered.
 */

import { bundledScenarios } from '../../app/scenario-catalog';
import { prepare, type Rules } from '../../engine/game';
import type { RulesFor } from './class-session';

const cache = new Map<string, Rules>();

export const bundledRules: RulesFor = async (scenarioId) => {
  const known = cache.get(scenarioId);
  if (known) return known;
  for (const entry of bundledScenarios()) {
    const parsed = await entry.load();
    if (parsed.ok && parsed.value.id === scenarioId) {
      const rules = prepare(parsed.value);
      cache.set(scenarioId, rules);
      return rules;
    }
  }
  return undefined;
};
