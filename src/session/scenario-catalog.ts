/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), each loaded
 * only when the setup screen asks for it, and checked by the engine's parser like any file.
 */
import type { Parsed } from '../engine/problems';
import { parseScenario, parseScenarioText } from '../engine/scenario-parse';
import type { Scenario } from '../engine/scenario-schema';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });

/** One bundled scenario: its folder name and the way to load and check it. */
export interface CatalogEntry {
  folder: string;
  load(): Promise<Parsed<Scenario>>;
}

/** Every bundled scenario, in folder order. */
export function bundledScenarios(): CatalogEntry[] {
  return Object.keys(files)
    .sort()
    .map((path) => ({
      folder: path.split('/').at(-2) ?? path,
      load: async () => {
        const load = files[path];
        if (!load) return { ok: false, problems: [{ path: '$', expected: 'a scenario file' }] };
        try {
          return parseScenario(await load());
        } catch (error) {
          // A chunk that fails to arrive (the network dropped) is a problem to show, not a crash.
          return { ok: false, problems: [{ path: '$', expected: 'a file that loads', found: String(error) }] };
        }
      },
    }));
}

/** The largest scenario file accepted from disk; the parser refuses larger text too. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and checks a scenario file a person chose; never throws. */
export async function readScenarioFile(file: Blob): Promise<Parsed<Scenario>> {
  try {
    return parseScenarioText(await file.text());
  } catch (error) {
    return { ok: false, problems: [{ path: '$', expected: 'a readable text file', found: String(error) }] };
  }
}
