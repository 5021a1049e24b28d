/**
 * Importing a save file: it is checked first (a Red Lines save of a scenario this browser has,
 * replaying cleanly to the end) and only then added as a new session. It never overwrites a
 * session, and a refused file leaves the list exactly as it was.
 */

import type { Rules } from '../engine/game';
import { fromZod, type Problem, readJson } from '../engine/problems';
import { replay, SaveSchema, saveOf } from '../engine/save';
import { newSessionId, type SessionMeta, type SessionStore, type StorageProblem } from './session-store';

/** Why a file was refused, as a locale key and its values. */
export type ImportRefusal =
  | { key: 'import-problems'; problems: Problem[] }
  | { key: 'import-unknown-scenario'; id: string }
  | { key: 'import-storage'; reason: StorageProblem['reason'] };

export async function importSave(
  text: string,
  name: string,
  rulesFor: (scenarioId: string, version: string) => Promise<Rules | undefined>,
  store: SessionStore,
): Promise<{ ok: true; meta: SessionMeta } | { ok: false; refusal: ImportRefusal }> {
  const problems = (list: Problem[]) => ({
    ok: false as const,
    refusal: { key: 'import-problems' as const, problems: list.slice(0, 3) },
  });
  const json = readJson(text);
  if (!json.ok) return problems(json.problems);
  const parsed = SaveSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return problems(fromZod(parsed.error.issues, json.value));
  const rules = await rulesFor(parsed.data.scenarioId, parsed.data.scenarioVersion);
  if (!rules) return { ok: false, refusal: { key: 'import-unknown-scenario', id: parsed.data.scenarioId } };
  const replayed = replay(rules, parsed.data);
  if (!replayed.ok) return problems(replayed.problems);
  const game = replayed.value;
  const ctx = game.context;
  const now = Date.now();
  const meta: SessionMeta = {
    id: newSessionId(),
    name,
    scenarioId: rules.index.scenario.id,
    scenarioTitle: rules.index.scenario.title,
    teams: ctx.teams.map((t) => t.name),
    round: ctx.round,
    rounds: ctx.rounds,
    ending:
      ctx.ending === '' ? '' : (rules.index.scenario.endings.find((e) => e.id === ctx.ending)?.label ?? ctx.ending),
    created: now,
    updated: now,
  };
  const written = store.write({ meta, save: saveOf(game) });
  if (!written.ok) return { ok: false, refusal: { key: 'import-storage', reason: written.reason } };
  return { ok: true, meta };
}
