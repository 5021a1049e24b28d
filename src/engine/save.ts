/**
 * A save is the seed plus the event log, with the format and scenario versions. Replaying
 * it rebuilds the identical game; a save that does not replay cleanly is refused.
 */
import { z } from 'zod';
import { Game, type Rules } from './game';
import { PlayerEventSchema } from './game-events';
import { fromZod, type Parsed, readJson } from './problems';

export const SAVE_FORMAT = 'red-lines-save';
export const SAVE_FORMAT_VERSION = 1;

export const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.literal(SAVE_FORMAT_VERSION),
  scenarioId: z.string(),
  scenarioVersion: z.string(),
  seed: z.int().min(0).max(0xffffffff),
  events: z.array(PlayerEventSchema).max(100_000),
});

export type Save = z.infer<typeof SaveSchema>;

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

/** Reads a save file's text and replays it on the given scenario. Never throws. */
export function loadSave(rules: Rules, text: string): Parsed<Game> {
  const json = readJson(text);
  if (!json.ok) return json;
  const parsed = SaveSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error.issues, json.value) };
  return replay(rules, parsed.data);
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
