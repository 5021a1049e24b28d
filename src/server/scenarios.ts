/**
 * Scenarios on the server: the bundled ones from `assets/scenarios`, and any scenario a class
 * was created with, each prepared once and shared by every class that plays it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, type Rules } from '../engine/game';
import { formatProblem } from '../engine/problems';
import { parseScenarioText } from '../engine/scenario-parse';
import type { ClassStore } from './store/class-store';

const prepared = new Map<string, Rules>();

/** Names a scenario's text: its SHA-256, the key the store keeps it under. */
export const scenarioKey = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The rules of a scenario's text, prepared once per distinct text (classes of one scenario share them). */
export function rulesOf(text: string): { ok: true; rules: Rules; key: string } | { ok: false; problems: string[] } {
  const key = scenarioKey(text);
  const known = prepared.get(key);
  if (known) return { ok: true, rules: known, key };
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const rules = prepare(parsed.value);
  prepared.set(key, rules);
  return { ok: true, rules, key };
}

/**
 * The rules of a stored class's scenario by its key: prepared already, or read from the store
 * once (a restart reads each scenario's text once, not once per class).
 */
export async function rulesByKey(store: ClassStore, key: string): Promise<Rules> {
  const known = prepared.get(key);
  if (known) return known;
  const text = await store.scenarioText(key);
  if (text === undefined) throw new Error(`no scenario ${key} in the store`);
  const rules = rulesOf(text);
  if (!rules.ok) throw new Error(`scenario ${key} refused: ${rules.problems.join('; ')}`);
  return rules.rules;
}

/** The scenarios the game ships, by id: their file's text, read once at start. */
export function bundledScenarios(root: string): Map<string, string> {
  const dir = join(root, 'assets', 'scenarios');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const id of readdirSync(dir)) {
    const file = join(dir, id, 'scenario.json');
    if (existsSync(file)) out.set(id, readFileSync(file, 'utf8'));
  }
  return out;
}
