/**
 * `npm run card-values -- --scenario <id|file> [--length <id>] [--games N] [--rollouts N] [--seed S] [--json]`:
 * for each card of the player seat, how far it falls below the best single option whenever it is
 * open, and how often it is the best (src/engine/card-values.ts): why a card is rare in the
 * balance report. The same arguments always print the same bytes.
 */
import { type CardValue, cardValues } from '../engine/card-values';
import { type Io, runMain } from './io';
import { library, playableScenario, scenarioFile } from './load-scenario';
import { argsOrUsage, usageError } from './usage';

const USAGE =
  'npm run card-values -- --scenario <id|file> [--length <length id>] [--games N] [--rollouts N] [--seed S] [--json]';

/** A whole number from `min` to `max` (the fallback when the flag is missing), or undefined. */
function count(text: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (text === undefined) return fallback;
  const n = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  return n >= min && n <= max ? n : undefined;
}

/** The table for a person (or a scenario's README). */
function table(values: readonly CardValue[]): string {
  const lines = ['| Card | Turns open | Points below the best | Best option |', '|---|---|---|---|'];
  for (const v of values) lines.push(`| ${v.card} | ${v.open} | ${v.gap.toFixed(2)} | ${(100 * v.best).toFixed(0)}% |`);
  return `${lines.join('\n')}\n`;
}

export function cardValuesCommand(argv: string[], io: Io): number {
  const args = argsOrUsage(io, USAGE, argv, {
    scenario: { type: 'string' },
    length: { type: 'string' },
    games: { type: 'string' },
    rollouts: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const file = scenarioFile(values.scenario ?? '');
  if (file === undefined)
    return usageError(io, USAGE, '--scenario must be a scenario id (like seoul-2024) or a .json file');
  const games = count(values.games, 60, 1, 100_000);
  if (games === undefined) return usageError(io, USAGE, '--games must be a whole number from 1 to 100000');
  const rollouts = count(values.rollouts, 24, 1, 1000);
  if (rollouts === undefined) return usageError(io, USAGE, '--rollouts must be a whole number from 1 to 1000');
  const seed = count(values.seed, 1, 0, 0xffffffff);
  if (seed === undefined) return usageError(io, USAGE, `--seed must be a whole number from 0 to ${0xffffffff}`);
  const scenario = playableScenario(io, file);
  if (typeof scenario === 'number') return scenario;
  const length = values.length ?? scenario.lengths[0]?.id ?? '';
  if (!scenario.lengths.some((l) => l.id === length))
    return usageError(io, USAGE, `--length must be one of ${scenario.lengths.map((l) => l.id).join(', ')}`);
  const result = cardValues(library.rules(scenario), { length, games, seed, rollouts });
  io.out(values.json ? `${JSON.stringify(result)}\n` : table(result));
  return 0;
}

await runMain(import.meta.url, cardValuesCommand);
