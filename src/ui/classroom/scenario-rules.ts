/**
 * The rules a saved or imported session is replayed against, by scenario id and version: a
 * bundled scenario, or one opened from a file for a class and kept in this browser. Each is
 * prepared once. A scenario that fails to load is simply not offered.
 */

import { bundledScenarios } from '../../app/scenario-catalog';
import type { SessionStore } from '../../app/sessions';
import { prepare, type Rules } from '../../engine/game';
import type { Problem } from '../../engine/problems';
import { parseScenario } from '../../engine/scenario-parse';
import type { Scenario } from '../../engine/scenario-schema';
import type { RulesFor } from './class-session';

const cache = new Map<string, Rules>();

async function bundled(): Promise<Scenario[]> {
  const loaded = await Promise.all(bundledScenarios().map((entry) => entry.load()));
  return loaded.flatMap((p) => (p.ok ? [p.value] : []));
}

function prepared(scenario: Scenario): Rules {
  const key = `${scenario.id}@${scenario.version}`;
  const known = cache.get(key);
  if (known) return known;
  const rules = prepare(scenario);
  cache.set(key, rules);
  return rules;
}

/**
 * Looks for the exact version first, bundled then kept; failing both, a bundled scenario of the
 * same id, so that the replay can say which version the save wanted.
 */
export function knownRules(store: SessionStore): RulesFor {
  return async (scenarioId, version) => {
    const shipped = await bundled();
    const exact = shipped.find((s) => s.id === scenarioId && s.version === version);
    if (exact) return prepared(exact);
    const kept = store.keptScenario(scenarioId, version);
    if (kept !== undefined) {
      try {
        const parsed = parseScenario(JSON.parse(kept));
        if (parsed.ok && parsed.value.id === scenarioId && parsed.value.version === version)
          return prepared(parsed.value);
      } catch {
        // A damaged copy is as good as none: the session is refused with the scenario named.
      }
    }
    const sameId = shipped.find((s) => s.id === scenarioId);
    return sameId ? prepared(sameId) : undefined;
  };
}

/**
 * Why a scenario opened from a file cannot be used for a class, or none. Its id and version
 * name it in saves, so they must not stand for other rules: neither a bundled scenario's nor
 * those of a different file kept for earlier sessions.
 */
export async function fileClash(scenario: Scenario, store: SessionStore): Promise<Problem[]> {
  const json = JSON.stringify(scenario);
  const same = (other: Scenario | undefined) => other !== undefined && JSON.stringify(other) === json;
  const shipped = (await bundled()).find((s) => s.id === scenario.id && s.version === scenario.version);
  const keptText = store.keptScenario(scenario.id, scenario.version);
  const clash =
    (shipped && !same(shipped)) || (keptText !== undefined && keptText !== json)
      ? {
          path: '$.version',
          expected: shipped
            ? `a version other than the bundled scenario "${scenario.id}" has (its rules differ)`
            : `a version other than the one saved sessions of an earlier "${scenario.id}" file use (its rules differ)`,
          found: `"${scenario.version}"`,
        }
      : null;
  return clash ? [clash] : [];
}

/** True when the scenario is one the game ships, word for word. */
export async function isBundled(scenario: Scenario): Promise<boolean> {
  const json = JSON.stringify(scenario);
  return (await bundled()).some((s) => JSON.stringify(s) === json);
}
