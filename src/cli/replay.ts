/**
 * `npm run replay -- <save.json> [--scenario <id|file>]`: replays a saved game and prints its
 * timeline: each round, the news, the decisions and their rationales, every meter change with
 * its cause, and the ending. The scenario is the one the save names in `scenarioId`
 * (`assets/scenarios/<id>/scenario.json`) unless `--scenario` points at another.
 * Exit 0 printed, 1 a corrupt save or scenario, 2 usage or unreadable file.
 */
import { parseArgs } from 'node:util';
import { translate } from '../engine/locale';
import { type Problem, readJson } from '../engine/problems';
import { loadSave } from '../engine/save';
import { timeline, timelineText } from '../engine/timeline';
import { type Io, runMain } from './io';
import { engineDictionary, isShippedScenario, library, loadScenario, scenarioFile } from './load-scenario';
import { oneLine, printProblems } from './problem-lines';
import { readInput } from './read-input';
import { argsReason, EXIT_USAGE, usageError } from './usage';

const USAGE = 'npm run replay -- <save.json> [--scenario <id|file>]';

/** The command itself. */
export function replayCommand(argv: string[], io: Io): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usageError(io, USAGE, argsReason(error));
  }
  const [saveFile, ...extra] = args.positionals;
  if (saveFile === undefined) return usageError(io, USAGE, 'which save? give the save file to replay');
  if (extra.length > 0) return usageError(io, USAGE, `one save at a time (also given: ${extra.join(' ')})`);
  const problems = (list: readonly Problem[]) => {
    printProblems(io, list);
    return 1;
  };

  const input = readInput(saveFile);
  if (!input.ok) {
    if ('problems' in input) return problems(input.problems);
    io.err(`${input.unreadable}\n`);
    return EXIT_USAGE;
  }
  const json = readJson(input.text);
  if (!json.ok) return problems(json.problems);

  let file: string | undefined;
  if (args.values.scenario !== undefined) {
    file = scenarioFile(args.values.scenario);
    if (file === undefined)
      return usageError(io, USAGE, '--scenario must be a scenario id (like seoul-2024) or a .json file');
  } else {
    const id = (json.value as { scenarioId?: unknown } | null)?.scenarioId;
    if (typeof id !== 'string' || !isShippedScenario(id))
      return problems([
        {
          path: '$.scenarioId',
          expected: 'the id of a scenario in assets/scenarios (or name its file with --scenario)',
          found: typeof id === 'string' ? JSON.stringify(id) : 'nothing usable',
        },
      ]);
    file = scenarioFile(id);
  }
  const loaded = loadScenario(file ?? '');
  if ('unreadable' in loaded) {
    io.err(`${loaded.unreadable}\n`);
    return EXIT_USAGE;
  }
  if (!loaded.ok) {
    io.err(`the scenario ${loaded.file} is not valid (npm run scenario:check -- ${loaded.file}):\n`);
    return problems(loaded.problems);
  }

  const scenario = loaded.scenario;
  const game = loadSave(library.rules(scenario), input.text);
  if (!game.ok) {
    io.err(`${saveFile} does not replay on ${scenario.id} ${scenario.version}:\n`);
    return problems(game.problems);
  }
  const ctx = game.value.context;
  const dictionary = engineDictionary(scenario.language);
  const length = scenario.lengths.find((l) => l.id === ctx.length);
  io.out(
    `${oneLine(
      translate(dictionary, 'timeline.heading', {
        title: scenario.title,
        version: scenario.version,
        seed: game.value.seed,
        length: length?.label ?? ctx.length,
      }),
    )}\n`,
  );
  // Rationales and injected news are typed at the table: shown escaped, one line each.
  const lines = timeline(scenario, ctx.log, dictionary, { length: ctx.length, teams: ctx.teams });
  io.out(timelineText(lines.map((l) => ({ ...l, text: oneLine(l.text) }))));
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: { scenario: { type: 'string' } }, allowPositionals: true, strict: true });
}

await runMain(import.meta.url, replayCommand);
