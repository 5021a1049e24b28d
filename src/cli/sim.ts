/**
 * `npm run sim -- --scenario <id|file> --games N --seed S --policy <random|hawk|dove|cautious|search>
 * [--length short|long] [--json]`: plays N whole games with a bot in the player seat and reports
 * how they ended. The same arguments always print the same bytes; progress goes to stderr.
 */
import { POLICIES, type Policy } from '../engine/bots';
import type { Scenario } from '../engine/scenario-schema';
import { type SimReport, simulate } from '../engine/simulate';
import { type Io, runMain } from './io';
import { library, playableScenario, scenarioFile } from './load-scenario';
import { argsOrUsage, usageError } from './usage';

const USAGE =
  'npm run sim -- --scenario <id|file> --games N --seed S --policy <random|hawk|dove|cautious|search> ' +
  '[--length <length id>] [--json]';

/** More games than this is a typing slip, not a study. */
const MAX_GAMES = 10_000_000;
/** Progress lines go out every this many games, only for runs long enough to need them. */
const PROGRESS_EVERY = 1000;

/** The command itself. */
export function sim(argv: string[], io: Io): number {
  const args = argsOrUsage(io, USAGE, argv, {
    scenario: { type: 'string' },
    games: { type: 'string' },
    seed: { type: 'string' },
    policy: { type: 'string' },
    length: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  for (const flag of ['scenario', 'games', 'seed', 'policy'] as const)
    if (values[flag] === undefined) return usageError(io, USAGE, `--${flag} is required`);
  const games = wholeNumber(values.games);
  if (games === undefined || games < 1 || games > MAX_GAMES)
    return usageError(io, USAGE, `--games must be a whole number from 1 to ${MAX_GAMES}`);
  const seed = wholeNumber(values.seed);
  if (seed === undefined || seed > 0xffffffff)
    return usageError(io, USAGE, `--seed must be a whole number from 0 to ${0xffffffff}`);
  const policy = POLICIES.find((p) => p === values.policy);
  if (policy === undefined) return usageError(io, USAGE, `--policy must be one of ${POLICIES.join(', ')}`);
  const file = scenarioFile(values.scenario ?? '');
  if (file === undefined)
    return usageError(io, USAGE, '--scenario must be a scenario id (like seoul-2024) or a .json file');

  const scenario = playableScenario(io, file);
  if (typeof scenario === 'number') return scenario;
  const length = values.length ?? scenario.lengths[0]?.id ?? '';
  if (!scenario.lengths.some((l) => l.id === length))
    return usageError(io, USAGE, `--length must be one of ${scenario.lengths.map((l) => l.id).join(', ')}`);

  const progress =
    games >= 2 * PROGRESS_EVERY ? (done: number) => io.err(`sim: ${done} of ${games} games\n`) : undefined;
  const report = simulate(library.rules(scenario), { games, seed, policy, length }, progress);
  io.out(values.json ? `${JSON.stringify(report)}\n` : describeReport(scenario, report, { seed, policy, length }));
  if (report.violations > 0) {
    io.err(`sim: ${report.violations} invariant violations: the engine broke a rule it must keep\n`);
    return 1;
  }
  return 0;
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

/** The report as a few lines for a person: each ending and rung with its count and share. */
export function describeReport(
  s: Scenario,
  r: SimReport,
  run: { seed: number; policy: Policy; length: string },
): string {
  const lines = [
    `${s.id} ${s.version}, length ${run.length}, policy ${run.policy}: ${r.games} games from seed ${run.seed}`,
    'endings:',
  ];
  const width = Math.max(...Object.keys(r.endings).map((id) => id.length));
  for (const [id, n] of Object.entries(r.endings))
    lines.push(`  ${id.padEnd(width)} ${String(n).padStart(String(r.games).length)}  ${percent(n, r.games)}`);
  lines.push('rungs reached (games that stood on the rung at least once):');
  for (const l of s.ladders)
    lines.push(
      `  ${l.id}: ${l.rungs.map((rung) => `${rung.id} ${percent(r.rungsReached[rung.id] ?? 0, r.games)}`).join(', ')}`,
    );
  lines.push(`rounds: mean ${r.rounds.mean}, median ${r.rounds.median}`);
  lines.push(`invariant violations: ${r.violations}`);
  return `${lines.join('\n')}\n`;
}

await runMain(import.meta.url, sim);
