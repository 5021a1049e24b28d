/**
 * `npm run scenario:check -- <file> [--json]`: checks a scenario file and names every mistake
 * by its JSON path, what was expected there and what was found; then each translation beside it
 * (`scenario.ko.json`): what it lacks and what it has that the scenario does not. Exit 0 valid
 * (warnings and an incomplete translation go to stderr), 1 invalid, 2 usage or unreadable file.
 */
import { parseArgs } from 'node:util';
import type { Problem } from '../engine/problems';
import type { Scenario } from '../engine/scenario-schema';
import type { TranslationCoverage } from '../engine/translation-coverage';
import { type Io, runMain } from './io';
import { loadScenario } from './load-scenario';
import { printProblems, problemLine } from './problem-lines';
import { translationsBeside } from './translations-beside';
import { argsReason, EXIT_USAGE, usageError } from './usage';

const USAGE = 'npm run scenario:check -- <file> [--json]';

/** The counts `--json` prints; other tools script against these exact keys. */
export interface ScenarioSummary {
  id: string;
  version: string;
  /** Rungs on all ladders together. */
  rungs: number;
  /** The ids of the tiers of all ladders, in order. */
  tiers: string[];
  /** Action cards, of every seat. */
  actions: number;
  events: number;
  endings: number;
  /** The rounds of the longest length. */
  rounds: number;
  warnings: Problem[];
  /** Each translation file beside the scenario, by its language: `{"ko":{"missing":0,"extra":0,"problems":[]}}`. */
  translations: Record<string, TranslationCoverage>;
}

/** The summary of a valid scenario. */
export function summarize(
  s: Scenario,
  warnings: Problem[],
  translations: Record<string, TranslationCoverage> = {},
): ScenarioSummary {
  return {
    id: s.id,
    version: s.version,
    rungs: s.ladders.reduce((n, l) => n + l.rungs.length, 0),
    tiers: [...new Set(s.ladders.flatMap((l) => l.tiers.map((t) => t.id)))],
    actions: s.cards.length,
    events: s.events.length,
    endings: s.endings.length,
    rounds: Math.max(...s.lengths.map((l) => l.rounds.length)),
    warnings,
    translations,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The command itself. */
export function scenarioCheck(argv: string[], io: Io): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usageError(io, USAGE, argsReason(error));
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined) return usageError(io, USAGE, 'which file? give the scenario file to check');
  if (extra.length > 0) return usageError(io, USAGE, `one file at a time (also given: ${extra.join(' ')})`);

  const loaded = loadScenario(file);
  if ('unreadable' in loaded) {
    io.err(`${loaded.unreadable}\n`);
    return EXIT_USAGE;
  }
  if (!loaded.ok) {
    printProblems(io, loaded.problems);
    io.err(`${file}: ${plural(loaded.problems.length, 'problem')}\n`);
    return 1;
  }
  const summary = summarize(loaded.scenario, loaded.warnings, translationsBeside(file, loaded.scenario));
  for (const w of summary.warnings) io.err(`warning: ${problemLine(w)}\n`);
  for (const [lang, t] of Object.entries(summary.translations)) {
    for (const p of t.problems) io.err(`translation ${lang}: ${problemLine(p)}\n`);
    io.err(`translation ${lang}: ${t.missing} missing, ${t.extra} extra, ${plural(t.problems.length, 'problem')}\n`);
  }
  if (args.values.json) io.out(`${JSON.stringify(summary)}\n`);
  else
    io.out(
      `${summary.id} ${summary.version}: valid — ${plural(summary.rungs, 'rung')} in ` +
        `${plural(summary.tiers.length, 'tier')}, ${plural(summary.actions, 'action')}, ` +
        `${plural(summary.events, 'event')}, ${plural(summary.endings, 'ending')}, ` +
        `up to ${plural(summary.rounds, 'round')}, ${plural(summary.warnings.length, 'warning')}\n`,
    );
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
}

await runMain(import.meta.url, scenarioCheck);
