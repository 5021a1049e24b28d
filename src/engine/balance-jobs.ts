/**
 * The balance report's work, cut into jobs that any thread can run: a batch of whole games with
 * one player in the player seat, or a batch of seeds for some fixed scripts. A job carries all
 * it needs and its result is plain data, so jobs can run in worker threads and their results,
 * merged in job order, are the same however the work was shared.
 */
import { type Policy, playTurn } from './bots';
import { Game, type Rules } from './game';
import type { GameContext } from './game-context';
import { firstRoundAbove, highestRung, restraintCap } from './ladder-reach';
import { playOut } from './playout';
import { rolloutFor } from './rollout';
import { playScript, type Script, scriptOf } from './scripts';
import { objectiveMean, type SearchMode, type SearchSettings, searchTurn, type TurnEstimate } from './search-bot';
import { chooser } from './simulate';

/** The players the report compares: the fixed bots, and the look-ahead bot free, held to restraint, or arming. */
export type FixedPolicy = Exclude<Policy, 'search'>;
export type SearchLine = 'free' | 'restraint' | 'arming';
export type PlayerName = FixedPolicy | `search-${SearchLine}`;

export interface RunSettings {
  length: string;
  seed: number;
  /** The free search bot's settings (many games, so a cheap search). */
  search: SearchSettings;
  /** The restraint and arming bots' settings (fewer games, a closer look). */
  lineSearch: SearchSettings;
}

export type BalanceJob =
  | { kind: 'games'; run: RunSettings; player: PlayerName; first: number; count: number }
  | { kind: 'scripts'; run: RunSettings; scripts: Script[]; first: number; count: number };

/** What a batch of games showed. `fires` counts the games in which each event, reaction and ending happened. */
export interface Tally {
  games: number;
  scoreSum: number;
  scoreSquares: number;
  endings: Record<string, number>;
  fires: Record<string, number>;
  /** Cards the player seat played, by id. */
  plays: Record<string, number>;
  /** How many games played each line (a script, as JSON). */
  lines: Record<string, number>;
  /** Per round: the sum of the search's best-minus-median estimates, and how many turns gave one. */
  moveValue: { sum: number[]; turns: number[] };
  /** Games in which the player ladder stood above the restraint cap. */
  armed: number;
  /** Games in which a card of the player seat took its ladder above the cap. */
  cardsAboveCap: number;
  /**
   * Games whose player ladder first went above the cap, keyed `"<round> <rung id>"` by that round
   * and the highest rung the ladder reached, and how many of them ended in a crisis (an ending
   * checked every round).
   */
  armedTo: Record<string, number>;
  crisisTo: Record<string, number>;
}

export type JobResult = { kind: 'games'; tally: Tally } | { kind: 'scripts'; tallies: Tally[] };

/** The seed of game `i` of a run: the same formula as `npm run sim`, so the two tools play the same games. */
export function gameSeed(runSeed: number, i: number): number {
  return (runSeed + i * 7919) >>> 0;
}

export function emptyTally(): Tally {
  return {
    games: 0,
    scoreSum: 0,
    scoreSquares: 0,
    endings: {},
    fires: {},
    plays: {},
    lines: {},
    moveValue: { sum: [], turns: [] },
    armed: 0,
    cardsAboveCap: 0,
    armedTo: {},
    crisisTo: {},
  };
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): Tally {
  into.games += from.games;
  into.scoreSum += from.scoreSum;
  into.scoreSquares += from.scoreSquares;
  into.armed += from.armed;
  into.cardsAboveCap += from.cardsAboveCap;
  for (const key of ['endings', 'fires', 'plays', 'lines', 'armedTo', 'crisisTo'] as const)
    for (const [id, n] of Object.entries(from[key])) bump(into[key], id, n);
  from.moveValue.sum.forEach((v, r) => {
    into.moveValue.sum[r] = (into.moveValue.sum[r] ?? 0) + v;
    into.moveValue.turns[r] = (into.moveValue.turns[r] ?? 0) + (from.moveValue.turns[r] ?? 0);
  });
  return into;
}

interface FireKeys {
  events: Map<string, string>;
  reactions: Map<string, string>;
  endings: Map<string, string>;
}

const fireKeysOf = new WeakMap<Rules, FireKeys>();

/** The report's key for each event, reaction and ending: its id, prefixed by its kind only when an id is used twice. */
export function fireKeys(rules: Rules): FireKeys {
  const known = fireKeysOf.get(rules);
  if (known) return known;
  const s = rules.index.scenario;
  const used = new Set<string>();
  const keys = (kind: string, ids: string[]) =>
    new Map(
      ids.map((id) => {
        const key = used.has(id) ? `${kind}:${id}` : id;
        used.add(key);
        return [id, key] as const;
      }),
    );
  const made = {
    events: keys(
      'event',
      s.events.map((e) => e.id),
    ),
    reactions: keys(
      'reaction',
      s.reactions.map((r) => r.id),
    ),
    endings: keys(
      'ending',
      s.endings.map((e) => e.id),
    ),
  };
  fireKeysOf.set(rules, made);
  return made;
}

/** Counts one finished game into a tally. */
function record(rules: Rules, tally: Tally, ctx: GameContext, line: boolean): void {
  const index = rules.index;
  const keys = fireKeys(rules);
  const score = objectiveMean(index, ctx);
  tally.games++;
  tally.scoreSum += score;
  tally.scoreSquares += score * score;
  bump(tally.endings, ctx.ending);
  for (const id of Object.keys(ctx.seen)) bump(tally.fires, keys.events.get(id) ?? id);
  for (const id of Object.keys(ctx.reactionsFired)) bump(tally.fires, keys.reactions.get(id) ?? id);
  if (ctx.ending !== '') bump(tally.fires, keys.endings.get(ctx.ending) ?? ctx.ending);
  const cap = restraintCap(index);
  const armedIn = firstRoundAbove(index, ctx, cap);
  if (armedIn !== undefined) {
    const to = `${armedIn} ${highestRung(index, ctx)}`;
    tally.armed++;
    bump(tally.armedTo, to);
    if (index.endings.find((e) => e.id === ctx.ending)?.at === 'any') bump(tally.crisisTo, to);
  }
  if (firstRoundAbove(index, ctx, cap, true) !== undefined) tally.cardsAboveCap++;
  const seat = index.scenario.player;
  for (const e of ctx.log) if (e.kind === 'card' && e.seat === seat) bump(tally.plays, e.id);
  if (line) bump(tally.lines, JSON.stringify(scriptOf(index, ctx)));
}

/** The search settings of a line: the run's settings with the line's mode. */
function searchMode(rules: Rules, line: SearchLine): SearchMode {
  const cap = restraintCap(rules.index);
  return line === 'free' ? { kind: 'free' } : { kind: line, cap };
}

/** Plays game `i` of a run with `player` in the player seat; returns its end and, for the search bot, its turn estimates. */
export function playOne(rules: Rules, run: RunSettings, player: PlayerName, i: number) {
  const seed = gameSeed(run.seed, i);
  const seat = rules.index.scenario.player;
  const game = new Game(rules, seed);
  game.send({ type: 'game.start', length: run.length });
  const pick = chooser(seed);
  const estimates: TurnEstimate[] = [];
  if (player.startsWith('search-')) {
    const line = player.slice('search-'.length) as SearchLine;
    const settings = { ...(line === 'free' ? run.search : run.lineSearch), mode: searchMode(rules, line) };
    const rollout = rolloutFor(rules, run.length);
    playOut(game, (g) => {
      estimates.push(searchTurn(g, seat, settings, Math.floor(pick() * 0x100000000), rollout).estimate);
    });
  } else playOut(game, (g) => void playTurn(g, seat, player as FixedPolicy, pick));
  return { ctx: game.context, estimates };
}

function gamesJob(rules: Rules, job: Extract<BalanceJob, { kind: 'games' }>): Tally {
  const tally = emptyTally();
  const search = job.player.startsWith('search-');
  for (let i = job.first; i < job.first + job.count; i++) {
    const { ctx, estimates } = playOne(rules, job.run, job.player, i);
    record(rules, tally, ctx, search);
    for (const e of estimates) {
      const r = e.round - 1;
      tally.moveValue.sum[r] = (tally.moveValue.sum[r] ?? 0) + (e.best - e.median);
      tally.moveValue.turns[r] = (tally.moveValue.turns[r] ?? 0) + 1;
    }
  }
  return tally;
}

function scriptsJob(rules: Rules, job: Extract<BalanceJob, { kind: 'scripts' }>): Tally[] {
  const rollout = rolloutFor(rules, job.run.length);
  return job.scripts.map((script) => {
    const tally = emptyTally();
    for (let i = job.first; i < job.first + job.count; i++)
      record(rules, tally, playScript(rules, gameSeed(job.run.seed, i), job.run.length, script, rollout), false);
    return tally;
  });
}

/** Runs one job. */
export function runJob(rules: Rules, job: BalanceJob): JobResult {
  return job.kind === 'games'
    ? { kind: 'games', tally: gamesJob(rules, job) }
    : { kind: 'scripts', tallies: scriptsJob(rules, job) };
}
