/**
 * `npm run schema`: writes `schema/scenario.schema.json`, the JSON Schema of scenario format v1,
 * generated from the zod schema the engine parses with, so an editor offers completion and
 * flags mistakes as an author types. A test checks that the committed file is up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema } from '../engine/scenario-schema';
import { type Io, runMain } from './io';

/** Where the schema is written, from the project's root. */
export const SCHEMA_PATH = 'schema/scenario.schema.json';

/**
 * The JSON Schema as the text written to disk. Input types, so fields with defaults are
 * optional as they are for an author; checks that JSON Schema cannot express (references
 * between ids, markup in text) are left to `npm run scenario:check`.
 */
export function scenarioSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' });
  const titled = {
    $schema: schema.$schema,
    title: 'Red Lines scenario, format 1',
    description: 'A scenario for Red Lines. Check a file with `npm run scenario:check -- <file>`.',
    ...schema,
  };
  return `${nameDefinitions(JSON.stringify(titled, null, 2))}\n`;
}

/**
 * zod names the recursive parts `__schema0`, `__schema1`…; an author reading the schema, or an
 * editor's hover, is better served by `condition` and `effect`. Each is recognised by a key
 * only it has.
 */
function nameDefinitions(text: string): string {
  const defs = (JSON.parse(text) as { $defs?: Record<string, unknown> }).$defs ?? {};
  let out = text;
  for (const [name, def] of Object.entries(defs)) {
    const body = JSON.stringify(def);
    const better = body.includes('"all"') ? 'condition' : body.includes('"chance"') ? 'effect' : undefined;
    if (better !== undefined && name.startsWith('__schema'))
      out = out.replaceAll(`"#/$defs/${name}"`, `"#/$defs/${better}"`).replace(`"${name}": {`, `"${better}": {`);
  }
  return out;
}

/** The command itself. */
export function exportSchema(argv: string[], io: Io): number {
  if (argv.length > 0) {
    io.err('usage: npm run schema\n');
    return 2;
  }
  const file = fileURLToPath(new URL(`../../${SCHEMA_PATH}`, import.meta.url));
  mkdirSync(fileURLToPath(new URL('../../schema/', import.meta.url)), { recursive: true });
  writeFileSync(file, scenarioSchemaText());
  io.out(`wrote ${SCHEMA_PATH}\n`);
  return 0;
}

await runMain(import.meta.url, exportSchema);
