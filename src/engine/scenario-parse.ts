/** The one way into the engine for a scenario: text or data in, a typed scenario or its problems out. */
import { fromZod, type Parsed, readJson } from './problems';
import { checkReferences } from './scenario-references';
import { type Scenario, ScenarioSchema } from './scenario-schema';

/** Parses a scenario file's text. Never throws, whatever the text holds. */
export function parseScenarioText(text: string): Parsed<Scenario> {
  const json = readJson(text);
  return json.ok ? parseScenario(json.value) : json;
}

/** Checks already-parsed JSON: shape first, then the references between its parts. */
export function parseScenario(data: unknown): Parsed<Scenario> {
  const result = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, problems: fromZod(result.error.issues, data) };
  const { errors, warnings } = checkReferences(result.data);
  return errors.length > 0 ? { ok: false, problems: errors } : { ok: true, value: result.data, warnings };
}
