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
import { createActor } from 'xstate';
import { playTurn } from '../engine/bots';
import { Game, prepare, type Rules } from '../engine/game';
import type { PlayerEvent } from '../engine/game-events';
import type { Scenario } from '../engine/scenario-schema';
import { chooser, playGame } from '../engine/simulate';
import { type Io, runMain } from './io';
import { loadScenario, projectFile, scenarioFile } from './load-scenario';
import { argsOrUsage, usageError } from './usage';

const USAGE = 'npm run bench -- [--json] [--games N] [--record N] [--repetitions N]';
const FIXTURE = projectFile('test/fixtures/northsea-2031/scenario.json');
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
  /** Complete games per second of the process's own CPU time: one core's rate, whatever else runs. */
  gamesPerSecond: number;
  /** The same by the wall clock, which also counts time spent waiting for a core. */
  gamesPerWallSecond: number;
  games: number;
  /** CPU seconds the timed games took. */
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

/** Wall-clock and CPU time of a piece of work, in milliseconds. */
interface Span {
  wallMs: number;
  cpuMs: number;
}

/**
 * Times `work` by the wall clock and by the process's CPU time. On a machine shared with other
 * work the CPU time is the honest measure of one core's rate: it leaves out the time spent
 * waiting for a core (and counts the garbage collector's helper threads, so it errs low).
 */
function measure(work: () => void): Span {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Plays `count` games with the random bot; returns the time taken and the games' sizes. */
function timeGames(rules: Rules, length: string, count: number, firstSeed: number) {
  let rounds = 0;
  const span = measure(() => {
    for (let i = 0; i < count; i++) rounds += playGame(rules, firstSeed + i, 'random', length, false).rounds;
  });
  return { ...span, rounds, games: count };
}

/** Measures the engine and returns the figures; a test runs it small. */
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
  const batches: ReturnType<typeof timeGames>[] = [];
  for (let b = 0, seed = 1; b < BATCHES; b++) {
    const games = Math.max(1, Math.round(options.games / BATCHES));
    batches.push(timeGames(rules, length, games, seed));
    seed += games;
  }
  const sum = (f: (b: (typeof batches)[number]) => number) => batches.reduce((t, b) => t + f(b), 0);

  // (b) Cost per event: the same recorded sequences through both senders, in alternating order.
  const games = recordGames(rules, length, options.record);
  const events = games.reduce((n, g) => n + g.events.length, 0);
  const viaGame = () =>
    measure(() => {
      for (const g of games) {
        const game = new Game(rules, g.seed);
        for (const e of g.events) game.send(e);
      }
    }).cpuMs;
  const viaActor = () =>
    measure(() => {
      for (const g of games) {
        const actor = createActor(rules.machine, { input: { seed: g.seed } });
        actor.start();
        for (const e of g.events) actor.send(e);
      }
    }).cpuMs;
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
    gamesPerSecond: Math.round(median(batches.map((b) => b.games / (b.cpuMs / 1000)))),
    gamesPerWallSecond: Math.round(median(batches.map((b) => b.games / (b.wallMs / 1000)))),
    games: sum((b) => b.games),
    seconds: round(sum((b) => b.cpuMs) / 1000, 3),
    roundsPerGame: round(sum((b) => b.rounds) / sum((b) => b.games), 2),
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
    `complete games per second of CPU time (random policy, invariant checks off, one core): ` +
      grouped(r.gamesPerSecond),
    `  by the wall clock: ${grouped(r.gamesPerWallSecond)}; median of ${BATCHES} batches; ` +
      `${grouped(r.games)} games in ${r.seconds} CPU seconds; ${r.roundsPerGame} rounds and ${r.eventsPerGame} events per game`,
    `cost per event in CPU time, ${grouped(r.perEvent.events)} events of ${r.perEvent.games} recorded games, ` +
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
  const args = argsOrUsage(io, USAGE, argv, {
    json: { type: 'boolean' },
    games: { type: 'string' },
    record: { type: 'string' },
    repetitions: { type: 'string' },
  });
  if (typeof args === 'number') return args;
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

await runMain(import.meta.url, benchCommand);
