/** The one way into the engine for a scenario: text or data in, a typed scenario or its problems out. */
import { checkHindsight } from './hindsight';
import { fromZod, type Parsed, readJson } from './problems';
import { checkReferences } from './scenario-references';
import { type Scenario, ScenarioSchema } from './scenario-schema';
import { checkSources } from './source-check';

/** Parses a scenario file's text. Never throws, whatever the text holds. */
export function parseScenarioText(text: string): Parsed<Scenario> {
  const json = readJson(text);
  return json.ok ? parseScenario(json.value) : json;
}

/**
 * Checks already-parsed JSON: shape first, then the references between its parts. A valid
 * scenario also gets the content warnings: sources without a link, a kind or a citation, facts
 * without a source, and texts that know of a later date than the round they are shown in.
 */
export function parseScenario(data: unknown): Parsed<Scenario> {
  const result = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, problems: fromZod(result.error.issues, data) };
  const { errors, warnings } = checkReferences(result.data);
  if (errors.length > 0) return { ok: false, problems: errors };
  const content = [...checkSources(result.data), ...checkHindsight(result.data)];
  return { ok: true, value: result.data, warnings: [...warnings, ...content] };
}
