/**
 * A save is the seed plus the event log, with the format and scenario versions. Replaying
 * it rebuilds the identical game; a save that does not replay cleanly is refused. The schema
 * here checks a save read from a file or from storage; save-record.ts makes and replays one.
 */
import { z } from 'zod';
import type { Game, Rules } from './game';
import { PlayerEventSchema } from './game-events';
import { fromZod, type Parsed, readJson } from './problems';
import { replay, SAVE_FORMAT, SAVE_FORMAT_VERSION, type Save } from './save-record';

export { replay, SAVE_FORMAT, SAVE_FORMAT_VERSION, type Save, saveOf } from './save-record';

export const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.literal(SAVE_FORMAT_VERSION),
  scenarioId: z.string(),
  scenarioVersion: z.string(),
  seed: z.int().min(0).max(0xffffffff),
  events: z.array(PlayerEventSchema).max(100_000),
}) satisfies z.ZodType<Save>;

/** Reads a save file's text and replays it on the given scenario. Never throws. */
export function loadSave(rules: Rules, text: string): Parsed<Game> {
  const json = readJson(text);
  if (!json.ok) return json;
  const parsed = SaveSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error.issues, json.value) };
  return replay(rules, parsed.data);
}

/** A stored save as the schema returns it, or undefined when it is not one. */
export function checkSave(value: unknown): Save | undefined {
  const parsed = SaveSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
