/**
 * `npm run balance -- --scenario <id|file> [--length <id>] [--games N] [--seed S] [--threads T] [--json]`:
 * the balance report for the player seat (src/engine/balance.ts) as Markdown tables, or as one
 * JSON object. The same arguments always print the same bytes, whatever the number of threads;
 * progress goes to stderr.
 */
import { availableParallelism } from 'node:os';
import { type BalanceReport, balanceReport, localRunner, type Runner } from '../engine/balance';
import { prepare } from '../engine/game';
import { balanceText } from './balance-text';
import { type Io, runMain } from './io';
import { isShippedScenario, playableScenario, scenarioFile } from './load-scenario';
import { argsOrUsage, usageError } from './usage';
import { workerRunner } from './worker-runner';

const USAGE =
  'npm run balance -- --scenario <id|file> [--length <length id>] [--games N] [--seed S] [--threads T] [--json]';

/** Card shares are judged over this many games of the search bot (no card under 2% of its plays). */
const DEFAULT_GAMES = 2000;
const MAX_GAMES = 1_000_000;
const MAX_THREADS = 64;

const FLAGS = {
  scenario: { type: 'string' },
  length: { type: 'string' },
  games: { type: 'string' },
  seed: { type: 'string' },
  threads: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = Exclude<ReturnType<typeof argsOrUsage<typeof FLAGS>>, number>['values'];

function wholeNumber(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  return /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

type Options = { games: number; seed: number; threads: number; file: string; json: boolean };

/** The checked numbers and scenario file, or the reason they were refused. */
function options(values: Values): Options | string {
  const games = wholeNumber(values.games, DEFAULT_GAMES);
  if (games === undefined || games < 1 || games > MAX_GAMES)
    return `--games must be a whole number from 1 to ${MAX_GAMES}`;
  const seed = wholeNumber(values.seed, 1);
  if (seed === undefined || seed > 0xffffffff) return `--seed must be a whole number from 0 to ${0xffffffff}`;
  const threads = wholeNumber(values.threads, Math.min(2, availableParallelism()));
  if (threads === undefined || threads < 1 || threads > MAX_THREADS)
    return `--threads must be a whole number from 1 to ${MAX_THREADS}`;
  if (values.scenario === undefined) return '--scenario is required';
  const file = scenarioFile(values.scenario);
  if (file === undefined) return '--scenario must be a scenario id (like seoul-2024) or a .json file';
  if (!values.scenario.endsWith('.json') && !isShippedScenario(values.scenario))
    return `--scenario: there is no scenario "${values.scenario}" (no ${file})`;
  return { games, seed, threads, file, json: values.json === true };
}

/** The command itself. */
export async function balance(argv: string[], io: Io): Promise<number> {
  const args = argsOrUsage(io, USAGE, argv, FLAGS);
  if (typeof args === 'number') return args;
  const opts = options(args.values);
  if (typeof opts === 'string') return usageError(io, USAGE, opts);
  const scenario = playableScenario(io, opts.file);
  if (typeof scenario === 'number') return scenario;
  const length = args.values.length ?? scenario.lengths[0]?.id ?? '';
  if (!scenario.lengths.some((l) => l.id === length))
    return usageError(
      io,
      USAGE,
      `--length: ${scenario.id} has no length "${length}"; its lengths are ${scenario.lengths.map((l) => l.id).join(', ')}`,
    );

  const rules = prepare(scenario);
  const progress = (done: number, total: number) => {
    if (done === total || done % 10 === 0) io.err(`balance: ${done} of ${total} jobs\n`);
  };
  const pool = opts.threads > 1 ? workerRunner(scenario, opts.threads, progress) : undefined;
  const runner: Runner = pool?.run ?? localRunner(rules, progress);
  let report: BalanceReport;
  try {
    report = await balanceReport(rules, { length, games: opts.games, seed: opts.seed }, runner);
  } finally {
    await pool?.close();
  }
  if (report.rollouts === 'machine')
    io.err(
      'balance: the fast rollouts would not match this game, so the look-ahead went through the machine (slower)\n',
    );
  io.out(opts.json ? `${JSON.stringify(report)}\n` : balanceText(report));
  return 0;
}

await runMain(import.meta.url, balance);
