/**
 * Finds and checks the scenario a tool was pointed at: an id names
 * `assets/scenarios/<id>/scenario.json`, anything ending in `.json` is a path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dictionary } from '../engine/locale';
import type { Problem } from '../engine/problems';
import { parseScenarioText } from '../engine/scenario-parse';
import { Id } from '../engine/scenario-primitives';
import type { Scenario } from '../engine/scenario-schema';
import { ScenarioLibrary } from '../session/scenario-library';
import type { Io } from './io';
import { printProblems } from './problem-lines';
import { readInput } from './read-input';
import { EXIT_USAGE } from './usage';

/** The project's root folder, found from this file so the tools work from any folder. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const isId = (text: string) => Id.safeParse(text).success;

export type Loaded =
  | { ok: true; scenario: Scenario; warnings: Problem[]; file: string }
  | { ok: false; problems: Problem[]; file: string }
  | { ok: false; unreadable: string };

/** A file of the project, as a path from the working folder. */
export function projectFile(path: string): string {
  return relative(process.cwd(), `${ROOT}${path}`);
}

/**
 * The file an `--scenario` value names (relative to the working folder, as a person would
 * type it), or undefined when the value is neither an id nor a .json path.
 */
export function scenarioFile(idOrFile: string): string | undefined {
  if (idOrFile.endsWith('.json')) return idOrFile;
  return isId(idOrFile) ? projectFile(`assets/scenarios/${idOrFile}/scenario.json`) : undefined;
}

/** True when the project ships a scenario with this id. */
export function isShippedScenario(id: string): boolean {
  return isId(id) && existsSync(`${ROOT}assets/scenarios/${id}/scenario.json`);
}

/** Reads and parses a scenario file. Never throws. */
export function loadScenario(file: string): Loaded {
  const input = readInput(file);
  if (!input.ok) return 'unreadable' in input ? input : { ok: false, problems: input.problems, file };
  const parsed = parseScenarioText(input.text);
  return parsed.ok
    ? { ok: true, scenario: parsed.value, warnings: parsed.warnings, file }
    : { ok: false, problems: parsed.problems, file };
}

/**
 * The engine's sentences for a language (`assets/locales/<language>/engine.json`), English
 * when the project has no translation for it yet.
 */
export function engineDictionary(language: string): Dictionary {
  const base = language.split('-')[0] ?? 'en';
  const own = /^[a-z]{2}$/.test(base) ? `${ROOT}assets/locales/${base}/engine.json` : '';
  const file = own !== '' && existsSync(own) ? own : `${ROOT}assets/locales/en/engine.json`;
  return JSON.parse(readFileSync(file, 'utf8')) as Dictionary;
}

/** The tools prepare scenarios through the same library as the game, once per id and version. */
export const library = new ScenarioLibrary();

/**
 * A scenario file a tool is to play: the scenario, or the exit code once the reason is printed
 * (2 for a file that cannot be read, 1 for one the game would refuse, each mistake by its path).
 */
export function playableScenario(io: Io, file: string): Scenario | number {
  const loaded = loadScenario(file);
  if ('unreadable' in loaded) {
    io.err(`${loaded.unreadable}\n`);
    return EXIT_USAGE;
  }
  if (!loaded.ok) {
    io.err(`${file} is not a valid scenario (npm run scenario:check -- ${file}):\n`);
    printProblems(io, loaded.problems);
    return 1;
  }
  return loaded.scenario;
}
