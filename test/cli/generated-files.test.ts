/**
 * Files made by a script and committed must equal what the script makes now, so they cannot
 * go stale: the JSON Schema of the scenario format and the save fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scenarioSchemaText } from '../../src/cli/export-schema';
import { makeSaves } from '../fixtures/saves/make-saves';
import { ROOT } from './run-cli';

describe('schema/scenario.schema.json', () => {
  it('equals a fresh export from the zod schema (run `npm run schema` after changing the format)', () => {
    expect(readFileSync(`${ROOT}${SCHEMA_PATH}`, 'utf8')).toBe(scenarioSchemaText());
  });

  it('describes the format with named parts for conditions and effects', () => {
    const schema = JSON.parse(scenarioSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('ladders');
    // Fields with a default are optional for an author.
    expect(schema.required).not.toContain('events');
    expect(Object.keys(schema.$defs).sort()).toEqual(['condition', 'effect']);
    expect(JSON.stringify(schema)).not.toContain('__schema');
  });

  const scenarios = ['test/fixtures/northsea-2031/scenario.json', 'assets/scenarios/seoul-2024/scenario.json'];
  for (const file of scenarios)
    it.skipIf(!existsSync(`${ROOT}${file}`))(`${file} points its editor at the schema`, () => {
      const depth = file.split('/').length - 1;
      const { $schema } = JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8'));
      expect($schema).toBe(`${'../'.repeat(depth)}${SCHEMA_PATH}`);
    });
});

describe('test/fixtures/saves', () => {
  it('equal what make-saves.ts makes (run it after changing the engine or the fixture)', () => {
    for (const [name, text] of Object.entries(makeSaves()))
      expect(readFileSync(`${ROOT}test/fixtures/saves/${name}`, 'utf8'), name).toBe(text);
  });
});
