/**
 * Loads scenario files for tests through the engine's own parser, so a test never sees a
 * scenario the game itself would refuse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type Rules } from '../../src/engine/game';
import { formatProblem } from '../../src/engine/problems';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import type { Scenario } from '../../src/engine/scenario-schema';

/** The small invented scenario kept for tests. */
export const NORTHSEA_PATH = fileURLToPath(new URL('../fixtures/northsea-2031/scenario.json', import.meta.url));

/** The real scenario the game ships with. */
export const SEOUL_PATH = fileURLToPath(new URL('../../assets/scenarios/seoul-2024/scenario.json', import.meta.url));

/** True when the file is there (the shipped scenario may still be being written). */
export function scenarioExists(path: string): boolean {
  return existsSync(path);
}

/** The raw text of a scenario file. */
export function scenarioText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The raw JSON of a scenario file, a fresh copy on every call so a test may break it. */
export function scenarioData(path: string): Record<string, unknown> {
  return JSON.parse(scenarioText(path)) as Record<string, unknown>;
}

/** Parses a scenario file; a file the engine refuses fails loudly with every problem. */
export function loadScenario(path: string): Scenario {
  const parsed = parseScenarioText(scenarioText(path));
  if (!parsed.ok) throw new Error(`${path} does not parse:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.value;
}

const rulesCache = new Map<string, Rules>();

/** The prepared rules of a scenario file, built once per test file (a machine is costly to build). */
export function rulesOf(path: string): Rules {
  let rules = rulesCache.get(path);
  if (!rules) {
    rules = prepare(loadScenario(path));
    rulesCache.set(path, rules);
  }
  return rules;
}

/** The test fixture's rules. */
export function northsea(): Rules {
  return rulesOf(NORTHSEA_PATH);
}

/** A raw scenario file as loose JSON, for tests that change one part of it. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the raw file freely before it is parsed.
export type RawScenario = Record<string, any>;

/** The rules of a scenario file after `change` has edited its raw JSON; the result must still parse. */
export function variant(path: string, change: (data: RawScenario) => void): Rules {
  const data = scenarioData(path) as RawScenario;
  change(data);
  const parsed = parseScenarioText(JSON.stringify(data));
  if (!parsed.ok)
    throw new Error(`the changed scenario does not parse:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return prepare(parsed.value);
}

/** The fixture's card with this id, in raw JSON. */
export function rawCard(data: RawScenario, id: string): RawScenario {
  const card = (data.cards as RawScenario[]).find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id} in the fixture`);
  return card;
}
