/**
 * `npm run bench -- [--json] [--games N] [--record N] [--repetitions N]`: the engine's speed.
 * (a) Complete games per second, random policy, invariant checks off, on the Seoul scenario
 * when it parses and on the test fixture otherwise. (b) The cost per event of `Game.send`
 * against XState's own `actor.send` on the same machine and the same recorded events,
 * interleaved in one run so both see the same machine state, JIT and load.
 * Budgets (DESIGN.md): at least 1,000 games per second; within 1.5× of `actor.send`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createActor } from 'xstate';
import { playTurn } from '../engine/bots';
import { Game, prepare, type Rules } from '../engine/game';
import type { PlayerEvent } from '../engine/game-events';
import type { Scenario } from '../engine/scenario-schema';
import { chooser, playGame } from '../engine/simulate';
import { type Io, runMain } from './io';
import { loadScenario, scenarioFile } from './load-scenario';
import { argsReason, usageError } from './usage';

const USAGE = 'npm run bench -- [--json] [--games N] [--record N] [--repetitions N]';
const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';
export const GAMES_PER_SECOND_TARGET = 1000;
export const RATIO_TARGET = 1.5;
const BATCHES = 5;

export interface BenchOptions {
  /** Games timed for games per second. */
  games: number;
  /** Games whose events are recorded and replayed for the cost per event. */
  record: number;
  /** Interleaved passes of each kind; the median is reported. */
  repetitions: number;
}

export interface BenchReport {
  node: string;
  cpu: string;
  cores: number;
  /** The machine's one-minute load average when the run began: other work shares the cores. */
  load: number;
  date: string;
  scenario: { id: string; version: string; file: string; note: string };
  length: string;
  gamesPerSecond: number;
  games: number;
  seconds: number;
  roundsPerGame: number;
  eventsPerGame: number;
  perEvent: {
    games: number;
    events: number;
    repetitions: number;
    gameSendNs: number;
    actorSendNs: number;
    ratio: number;
  };
}

/** The scenario to measure: Seoul when it parses, else the fixture, and why. */
function pickScenario(): { scenario: Scenario; file: string; note: string } | { error: string } {
  const seoul = scenarioFile('seoul-2024') ?? '';
  const why = existsSync(seoul) ? 'does not parse' : 'is not there yet';
  if (existsSync(seoul)) {
    const loaded = loadScenario(seoul);
    if (loaded.ok) return { scenario: loaded.scenario, file: seoul, note: 'the Seoul scenario' };
  }
  const fixture = loadScenario(FIXTURE);
  if (!fixture.ok) return { error: `neither ${seoul} nor ${FIXTURE} parses` };
  return { scenario: fixture.scenario, file: FIXTURE, note: `the test fixture, because ${seoul} ${why}` };
}

const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Plays `count` games with the random bot; returns the time taken and the games' sizes. */
function timeGames(rules: Rules, length: string, count: number, firstSeed: number) {
  let rounds = 0;
  const started = now();
  for (let i = 0; i < count; i++) rounds += playGame(rules, firstSeed + i, 'random', length, false).rounds;
  return { ms: now() - started, rounds };
}

/** Measures the engine; pure apart from the clock, so a test can run it small. */
export function bench(options: BenchOptions): BenchReport | { error: string } {
  const picked = pickScenario();
  if ('error' in picked) return picked;
  const { scenario } = picked;
  const rules = prepare(scenario);
  const length = scenario.lengths[0]?.id ?? '';

  const load = round(loadavg()[0] ?? 0, 2);
  // (a) Games per second, after a warm-up so the JIT has compiled the hot paths. The games run
  // in five batches and the median batch's rate is reported, so a burst of other work on a
  // shared machine does not decide the figure.
  timeGames(rules, length, Math.min(300, options.games), 1_000_000);
  const batches: { ms: number; rounds: number; games: number }[] = [];
  for (let b = 0, seed = 1; b < BATCHES; b++) {
    const games = Math.max(1, Math.round(options.games / BATCHES));
    batches.push({ ...timeGames(rules, length, games, seed), games });
    seed += games;
  }
  const timed = {
    ms: batches.reduce((t, b) => t + b.ms, 0),
    rounds: batches.reduce((t, b) => t + b.rounds, 0),
    games: batches.reduce((t, b) => t + b.games, 0),
  };

  // (b) Cost per event: the same recorded sequences through both senders, in alternating order.
  const games = recordGames(rules, length, options.record);
  const events = games.reduce((n, g) => n + g.events.length, 0);
  const viaGame = () => {
    const started = now();
    for (const g of games) {
      const game = new Game(rules, g.seed);
      for (const e of g.events) game.send(e);
    }
    return now() - started;
  };
  const viaActor = () => {
    const started = now();
    for (const g of games) {
      const actor = createActor(rules.machine, { input: { seed: g.seed } });
      actor.start();
      for (const e of g.events) actor.send(e);
    }
    return now() - started;
  };
  // Both senders must tell the same story, or the comparison means nothing.
  for (const g of games) {
    const game = new Game(rules, g.seed);
    const actor = createActor(rules.machine, { input: { seed: g.seed } });
    actor.start();
    for (const e of g.events) {
      game.send(e);
      actor.send(e);
    }
    if (JSON.stringify(actor.getSnapshot().context) !== JSON.stringify(game.context) || game.phase !== 'ended')
      return { error: `the bare actor and Game.send disagree on recorded game ${g.seed}` };
  }
  for (let i = 0; i < 3; i++) {
    viaGame();
    viaActor();
  }
  const gameMs: number[] = [];
  const actorMs: number[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    if (i % 2 === 0) {
      gameMs.push(viaGame());
      actorMs.push(viaActor());
    } else {
      actorMs.push(viaActor());
      gameMs.push(viaGame());
    }
  }
  const gameSendNs = (median(gameMs) * 1e6) / events;
  const actorSendNs = (median(actorMs) * 1e6) / events;
  const eventsPerGame = events / Math.max(1, games.length);

  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    load,
    date: new Date().toISOString().slice(0, 10),
    scenario: { id: scenario.id, version: scenario.version, file: picked.file, note: picked.note },
    length,
    gamesPerSecond: Math.round(median(batches.map((b) => b.games / (b.ms / 1000)))),
    games: timed.games,
    seconds: round(timed.ms / 1000, 3),
    roundsPerGame: round(timed.rounds / timed.games, 2),
    eventsPerGame: round(eventsPerGame, 1),
    perEvent: {
      games: games.length,
      events,
      repetitions: options.repetitions,
      gameSendNs: Math.round(gameSendNs),
      actorSendNs: Math.round(actorSendNs),
      ratio: round(gameSendNs / actorSendNs, 3),
    },
  };
}

/**
 * Plays `count` games with the random bot, as `playGame` does, and keeps each game's seed and
 * accepted events: the sequences both senders replay.
 */
function recordGames(rules: Rules, length: string, count: number): { seed: number; events: PlayerEvent[] }[] {
  const seat = rules.index.scenario.player;
  const out: { seed: number; events: PlayerEvent[] }[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const game = new Game(rules, seed);
    const pick = chooser(seed);
    game.send({ type: 'game.start', length });
    for (let guard = 0; game.phase !== 'ended' && guard < 1000; guard++) {
      game.send({ type: 'brief.done' });
      game.send({ type: 'deliberation.done' });
      playTurn(game, seat, 'random', pick);
      game.send({ type: 'turn.end' });
      game.send({ type: 'round.next' });
    }
    out.push({ seed, events: [...game.events] });
  }
  return out;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const grouped = (n: number) => n.toLocaleString('en-US');

/** The report as lines for a person, with the budgets met or missed. */
export function describeBench(r: BenchReport): string {
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `engine benchmark, ${r.date}: Node ${r.node}, ${r.cpu}, ${r.cores} cores, load average ${r.load}`,
    `scenario: ${r.scenario.id} ${r.scenario.version} (${r.scenario.note}), length ${r.length}`,
    `complete games per second (random policy, invariant checks off, one core): ${grouped(r.gamesPerSecond)}`,
    `  median of ${BATCHES} batches; ${grouped(r.games)} games in ${r.seconds} s; ` +
      `${r.roundsPerGame} rounds and ${r.eventsPerGame} events per game`,
    `cost per event, ${grouped(r.perEvent.events)} events of ${r.perEvent.games} recorded games, ` +
      `median of ${r.perEvent.repetitions} interleaved passes:`,
    `  Game.send   ${grouped(r.perEvent.gameSendNs)} ns/event`,
    `  actor.send  ${grouped(r.perEvent.actorSendNs)} ns/event (bare XState actor, same machine and events)`,
    `  ratio       ${r.perEvent.ratio}×`,
    `budgets: ≥ ${grouped(GAMES_PER_SECOND_TARGET)} games/s ${met(r.gamesPerSecond >= GAMES_PER_SECOND_TARGET)}; ` +
      `≤ ${RATIO_TARGET}× actor.send ${met(r.perEvent.ratio <= RATIO_TARGET)}`,
    '',
  ].join('\n');
}

/** The command itself. */
export function benchCommand(argv: string[], io: Io): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usageError(io, USAGE, argsReason(error));
  }
  if (args.positionals.length > 0) return usageError(io, USAGE, `unexpected argument: ${args.positionals.join(' ')}`);
  const options: BenchOptions = { games: 5000, record: 500, repetitions: 21 };
  for (const key of ['games', 'record', 'repetitions'] as const) {
    const text = args.values[key];
    if (text === undefined) continue;
    if (!/^\d{1,7}$/.test(text) || Number(text) < 1) return usageError(io, USAGE, `--${key} must be a whole number`);
    options[key] = Number(text);
  }
  const report = bench(options);
  if ('error' in report) {
    io.err(`${report.error}\n`);
    return 1;
  }
  io.out(args.values.json ? `${JSON.stringify(report)}\n` : describeBench(report));
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      games: { type: 'string' },
      record: { type: 'string' },
      repetitions: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
}

await runMain(import.meta.url, benchCommand);
