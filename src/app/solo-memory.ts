/**
 * A game played alone survives a reload of its tab. The tab's session storage holds the
 * scenario (written once, when the game starts) and the save (seed and events, rewritten after
 * every accepted event); a reload replays the save on the scenario and goes back to the table.
 * Session storage, not the saved sessions of classroom mode: a solo game belongs to its tab,
 * is gone when the tab is closed, and never fills the teacher's list.
 */
import { type Game, prepare } from '../engine/game';
import { formatProblem, type Problem } from '../engine/problems';
import { loadSave, saveOf } from '../engine/save';
import { parseScenario } from '../engine/scenario-parse';
import type { Scenario } from '../engine/scenario-schema';

const SCENARIO_KEY = 'red-lines.solo.scenario';
const SAVE_KEY = 'red-lines.solo.save';

function tab(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function put(key: string, value: string): void {
  try {
    tab()?.setItem(key, value);
  } catch {
    // A full or forbidden storage only costs the resume after a reload; play goes on.
  }
}

/** Keeps `game` written after every event it accepts; returns the way to stop. */
export function rememberSolo(scenario: Scenario, game: Game): () => void {
  put(SCENARIO_KEY, JSON.stringify(scenario));
  const write = () => put(SAVE_KEY, JSON.stringify(saveOf(game)));
  write();
  return game.subscribe(write);
}

/** The game was left (back to the title, a new game): a reload no longer returns to it. */
export function forgetSolo(): void {
  try {
    tab()?.removeItem(SCENARIO_KEY);
    tab()?.removeItem(SAVE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

export type Recalled = { ok: true; scenario: Scenario; game: Game } | { ok: false; problems: string[] };

/** The game this tab was playing before a reload: none, the game replayed, or why it cannot be. */
export function recallSolo(): Recalled | null {
  let scenarioText: string | null | undefined;
  let saveText: string | null | undefined;
  try {
    scenarioText = tab()?.getItem(SCENARIO_KEY);
    saveText = tab()?.getItem(SAVE_KEY);
  } catch {
    return null;
  }
  if (!scenarioText || !saveText) return null;
  const refused = (problems: readonly Problem[]): Recalled => ({ ok: false, problems: problems.map(formatProblem) });
  let json: unknown;
  try {
    json = JSON.parse(scenarioText);
  } catch (error) {
    return refused([{ path: '$', expected: 'the scenario as JSON', found: String(error) }]);
  }
  const scenario = parseScenario(json);
  if (!scenario.ok) return refused(scenario.problems);
  const game = loadSave(prepare(scenario.value), saveText);
  return game.ok ? { ok: true, scenario: scenario.value, game: game.value } : refused(game.problems);
}
