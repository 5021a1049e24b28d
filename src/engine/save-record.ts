/**
 * A save is the seed plus the event log, with the format and scenario versions: making one from a
 * game and replaying one. The schema that checks a save read from outside is in save.ts; this part
 * needs no schema library, so a game played in the page can be kept without loading it.
 */
import { Game, type Rules } from './game';
import type { PlayerEvent } from './game-events';
import type { Parsed } from './problems';

export const SAVE_FORMAT = 'red-lines-save';
export const SAVE_FORMAT_VERSION = 1;

/** A save as written; `SaveSchema` (save.ts) checks one read from outside and returns exactly this. */
export interface Save {
  format: typeof SAVE_FORMAT;
  formatVersion: typeof SAVE_FORMAT_VERSION;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  events: PlayerEvent[];
}

export function saveOf(game: Game): Save {
  const s = game.rules.index.scenario;
  return {
    format: SAVE_FORMAT,
    formatVersion: SAVE_FORMAT_VERSION,
    scenarioId: s.id,
    scenarioVersion: s.version,
    seed: game.seed,
    events: [...game.events],
  };
}

/** Replays a save; the first event the game refuses makes the whole save invalid. */
export function replay(rules: Rules, save: Save): Parsed<Game> {
  const s = rules.index.scenario;
  if (save.scenarioId !== s.id)
    return { ok: false, problems: [{ path: '$.scenarioId', expected: `"${s.id}"`, found: `"${save.scenarioId}"` }] };
  if (save.scenarioVersion !== s.version)
    return {
      ok: false,
      problems: [
        {
          path: '$.scenarioVersion',
          expected: `"${s.version}" (the version loaded)`,
          found: `"${save.scenarioVersion}"`,
        },
      ],
    };
  const game = new Game(rules, save.seed);
  for (const [i, event] of save.events.entries()) {
    const result = game.send(event);
    if (!result.ok)
      return {
        ok: false,
        problems: [
          {
            path: `$.events[${i}]`,
            expected: 'an event the game accepts at that point',
            found: `"${event.type}", refused (${result.refusal.code})`,
          },
        ],
      };
  }
  return { ok: true, value: game, warnings: [] };
}
