/**
 * The scenarios classroom mode knows, by id and version: the bundled ones (each loaded and
 * checked once for the page's life) and those opened from a file for a class and kept in this
 * browser. Their rules are prepared once. A scenario that fails to load is simply not offered.
 */

import { prepare, type Rules } from '../../engine/game';
import type { Parsed, Problem } from '../../engine/problems';
import { parseScenarioText } from '../../engine/scenario-parse';
import type { Scenario } from '../../engine/scenario-schema';
import type { RulesFor } from '../../session/class-session';
import { bundledScenarios } from '../../session/scenario-catalog';
import type { SessionStore } from '../../session/session-store';

let loading: Promise<Parsed<Scenario>[]> | null = null;

/** Every bundled scenario, loaded and checked; a load that failed (a dropped network) is tried again next time. */
export function bundledParsed(): Promise<Parsed<Scenario>[]> {
  loading ??= Promise.all(bundledScenarios().map((entry) => entry.load())).then((all) => {
    if (all.some((p) => !p.ok)) loading = null;
    return all;
  });
  return loading;
}

async function bundled(): Promise<Scenario[]> {
  return (await bundledParsed()).flatMap((p) => (p.ok ? [p.value] : []));
}

const cache = new Map<string, Rules>();

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
    // A damaged copy is as good as none: the session is refused with the scenario named.
    const parsed = kept === undefined ? undefined : parseScenarioText(kept);
    if (parsed?.ok && parsed.value.id === scenarioId && parsed.value.version === version) return prepared(parsed.value);
    const sameId = shipped.find((s) => s.id === scenarioId);
    return sameId ? prepared(sameId) : undefined;
  };
}

/** How a scenario opened from a file stands to those this browser knows. */
export type FileStanding =
  /** It is a bundled scenario, word for word: that one is used. */
  | { kind: 'bundled'; scenario: Scenario }
  /** Its id and version already stand for other rules, so saves could not tell them apart. */
  | { kind: 'clash'; problems: Problem[] }
  | { kind: 'new' };

export async function fileStanding(scenario: Scenario, store: SessionStore): Promise<FileStanding> {
  const json = JSON.stringify(scenario);
  const shipped = (await bundled()).find((s) => s.id === scenario.id && s.version === scenario.version);
  if (shipped && JSON.stringify(shipped) === json) return { kind: 'bundled', scenario: shipped };
  const kept = store.keptScenario(scenario.id, scenario.version);
  if (!shipped && (kept === undefined || kept === json)) return { kind: 'new' };
  return {
    kind: 'clash',
    problems: [
      {
        path: '$.version',
        expected: shipped
          ? `a version other than the bundled scenario "${scenario.id}" has (its rules differ)`
          : `a version other than the one saved sessions of an earlier "${scenario.id}" file use (its rules differ)`,
        found: `"${scenario.version}"`,
      },
    ],
  };
}
