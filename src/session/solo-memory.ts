/**
 * A game played alone survives a reload of its tab. The tab's session storage holds the
 * scenario (written once, when the game starts) and the save (seed and events, rewritten after
 * every accepted event); a reload replays the save on the scenario and goes back to the table.
 * The game is also kept among the saved sessions (by the app, under `id`), so that it can be gone
 * on with after the tab is closed; the tab's copy is what a reload of this tab returns to.
 */
import type { Game } from '../engine/game';
import type { Problem } from '../engine/problems';
import { loadSave, saveOf } from '../engine/save';
import type { Scenario } from '../engine/scenario-schema';
import type { ScenarioLibrary } from './scenario-library';
import { tabGet, tabRemove, tabSet } from './tab-storage';

const SCENARIO_KEY = 'red-lines.solo.scenario';
const SAVE_KEY = 'red-lines.solo.save';
/** The game's id among the saved sessions, where it is kept too. */
const ID_KEY = 'red-lines.solo.id';

/** Keeps `game` written after every event it accepts; returns the way to stop. */
export function rememberSolo(scenario: Scenario, game: Game, id: string): () => void {
  tabSet(SCENARIO_KEY, JSON.stringify(scenario));
  tabSet(ID_KEY, id);
  const write = () => tabSet(SAVE_KEY, JSON.stringify(saveOf(game)));
  write();
  return game.subscribe(write);
}

/** The game was left (back to the title, a new game): a reload no longer returns to it. */
export function forgetSolo(): void {
  tabRemove(SCENARIO_KEY);
  tabRemove(SAVE_KEY);
  tabRemove(ID_KEY);
}

export type Recalled =
  | { ok: true; scenario: Scenario; game: Game; id: string | undefined }
  | { ok: false; problems: Problem[] };

/**
 * The game this tab was playing before a reload: none, the game replayed, or why it cannot be.
 * The scenario is checked again (the checker is loaded then: a fresh page does not need it).
 */
export async function recallSolo(library: ScenarioLibrary): Promise<Recalled | null> {
  const scenarioText = tabGet(SCENARIO_KEY);
  const saveText = tabGet(SAVE_KEY);
  if (!scenarioText || !saveText) return null;
  const { parseScenarioText } = await import('../engine/scenario-parse');
  const scenario = parseScenarioText(scenarioText);
  if (!scenario.ok) return { ok: false, problems: scenario.problems };
  const game = loadSave(library.rules(scenario.value), saveText);
  if (!game.ok) return { ok: false, problems: game.problems };
  return { ok: true, scenario: scenario.value, game: game.value, id: tabGet(ID_KEY) ?? undefined };
}
