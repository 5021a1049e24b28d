/** The game a class's save rebuilds, with the engine, on this side: what every device should be showing. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare } from '../../../src/engine/game';
import { replay, type Save } from '../../../src/engine/save';
import { parseScenarioText } from '../../../src/engine/scenario-parse';
import { type GameView, type Viewer, viewOf } from '../../../src/engine/views';

const text = readFileSync(
  fileURLToPath(new URL('../../../assets/scenarios/seoul-2024/scenario.json', import.meta.url)),
  'utf8',
);
const parsed = parseScenarioText(text);
if (!parsed.ok) throw new Error('the Seoul scenario does not parse');
const rules = prepare(parsed.value);

/** The view the engine gives this viewer of the saved game, as plain data (as it travels). */
export function replayedView(save: Save, viewer: Viewer): GameView {
  const game = replay(rules, save);
  if (!game.ok) throw new Error(`the save does not replay: ${JSON.stringify(game.problems)}`);
  return plain(viewOf(game.value, viewer));
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** JSON with every object's keys sorted, so two views compare by content, not by key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
