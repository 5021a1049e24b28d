/**
 * The balance report for scenario authors: how the player seat's choices pay off, measured with
 * the look-ahead bot (`search`), the fixed bots and news-blind fixed scripts. Three passes of
 * jobs (balance-jobs.ts): games by every player; a family of scripts over a few seeds each; the
 * lines worth reporting again over fresh seeds. The caller runs the jobs (in this thread or in
 * workers); the report is the same either way, and the same arguments give the same report.
 */
import {
  type BalanceJob,
  emptyTally,
  type FixedPolicy,
  fireKeys,
  type JobResult,
  mergeTally,
  type PlayerName,
  type RunSettings,
  runJob,
  type Tally,
} from './balance-jobs';
import { Game, type Rules } from './game';
import { playerLadder, restraintCap } from './ladder-reach';
import { playOut } from './playout';
import { fastRollout, rolloutFor } from './rollout';
import { type Climb, climberTurn, type Script, scriptOf } from './scripts';
import { DEFAULT_SEARCH, type SearchSettings } from './search-bot';

export interface BalanceSettings {
  length: string;
  /** Games for the search bot and for each fixed bot; the lines and scripts take a share of this. */
  games: number;
  seed: number;
  search?: SearchSettings;
  lineSearch?: SearchSettings;
}

/**
 * The restraint and arming bots look closer than the free one: arming games vary much more, and
 * with one rollout per option the arming bot fell behind a plain script that arms in the last round.
 */
const LINE_SEARCH: SearchSettings = { rollouts: 2, finalists: 4, refine: 6, mode: { kind: 'free' } };

/** Runs jobs and gives their results in the same order. */
export type Runner = (jobs: BalanceJob[]) => Promise<JobResult[]>;

/** A runner in this thread; `progress` hears of each finished job. */
export function localRunner(rules: Rules, progress?: (done: number, total: number) => void): Runner {
  return async (jobs) =>
    jobs.map((job, i) => {
      const result = runJob(rules, job);
      progress?.(i + 1, jobs.length);
      return result;
    });
}

/** How a player fared: the mean objective score (0–100) and the share of games ending in each ending. */
export interface Figures {
  score: number;
  endings: Record<string, number>;
  games: number;
  /** Share of games in which the player ladder stood above the restraint cap. */
  armed: number;
}

export interface LineFigures extends Figures {
  script: Script;
  sd: number;
}

export interface ConstrainedFigures extends Figures {
  /** Games in which one of the bot's own cards took its ladder above the cap (0 under restraint). */
  cardsAboveCap: number;
  /** The best news-blind script that keeps to the same rule, over fresh seeds. */
  line: LineFigures | null;
}

export const FIRE_PLAYERS = ['random', 'hawk', 'dove', 'cautious', 'search'] as const;
export type FirePlayer = (typeof FIRE_PLAYERS)[number];

export interface BalanceReport {
  scenario: string;
  version: string;
  length: string;
  rounds: number;
  games: number;
  seed: number;
  /** The restraint cap: the highest rung a restrained council may stand on. */
  cap: string;
  /** `fast` when the rollouts use the engine's pure functions, `machine` when they go through the machine. */
  rollouts: 'fast' | 'machine';
  restraint: ConstrainedFigures;
  arming: ConstrainedFigures;
  search: Figures;
  policies: Record<FixedPolicy, Figures>;
  cardShare: Record<string, number>;
  fires: Record<string, Record<FirePlayer, number>>;
  bestLine: LineFigures & { rule: 'restraint' | 'arming' };
  bestLineSd: number;
  moveValue: (number | null)[];
  scriptEndings: Record<string, number>;
  /** The script that reached each ending most often. */
  scriptEndingLines: Record<string, Script>;
  scriptsTried: number;
  /**
   * Over every script game of the first pass, by the round in which the ladder first went above
   * the cap: how many games, and the share that ended in a crisis (an ending checked every round).
   */
  lateClimb: { round: number; games: number; crisis: number }[];
  /**
   * The same games split again by the highest rung the ladder reached, so that a climb is compared
   * with climbs as high: a script that starts early has time to go higher than one that starts in
   * the last round. Ordered by rung, then round.
   */
  lateClimbByRung: { rung: string; round: number; games: number; crisis: number }[];
  /** The endings checked after every round, which can end a game early. */
  crisisEndings: string[];
  lineGames: number;
  scriptSeeds: number;
  confirmSeeds: number;
}

const FIXED: FixedPolicy[] = ['random', 'hawk', 'dove', 'cautious'];
const SEARCH_PLAYERS: PlayerName[] = ['search-free', 'search-restraint', 'search-arming'];
/** Games per job: small enough that two threads finish together, large enough that a job is worth sending. */
const CHUNK = { search: 20, line: 10, fixed: 250, scriptGames: 300 };

/** The sizes of each pass, from the number of games asked for. */
function passSizes(games: number) {
  return {
    // The targets compare the line bots' means to within a point or so: a mean's standard error is
    // about 0.6 points over 100 games, 0.3 over 400.
    lineGames: Math.max(1, Math.round(games / 5)),
    scriptSeeds: Math.min(50, Math.max(1, Math.round(games / 10))),
    confirmSeeds: Math.min(1000, games),
  };
}

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;

function chunks<T>(first: number, count: number, size: number, make: (first: number, count: number) => T): T[] {
  const out: T[] = [];
  for (let at = first; at < first + count; at += size) out.push(make(at, Math.min(size, first + count - at)));
  return out;
}

function figures(rules: Rules, t: Tally): Figures {
  const endings: Record<string, number> = {};
  for (const e of rules.index.scenario.endings) endings[e.id] = round((t.endings[e.id] ?? 0) / Math.max(1, t.games));
  return {
    score: round(t.scoreSum / Math.max(1, t.games), 3),
    endings,
    games: t.games,
    armed: round(t.armed / Math.max(1, t.games)),
  };
}

function sd(t: Tally): number {
  if (t.games < 2) return 0;
  const mean = t.scoreSum / t.games;
  return round(Math.sqrt(Math.max(0, (t.scoreSquares - t.games * mean * mean) / (t.games - 1))), 3);
}

function lineFigures(rules: Rules, script: Script, t: Tally): LineFigures {
  return { ...figures(rules, t), script, sd: sd(t) };
}

/** Plays the first pass: every player's games, merged by player. */
async function playersPass(run: RunSettings, games: number, lineGames: number, runner: Runner) {
  const jobs: BalanceJob[] = [];
  const owners: PlayerName[] = [];
  const add = (player: PlayerName, count: number, size: number) => {
    for (const job of chunks(0, count, size, (first, n) => ({
      kind: 'games' as const,
      run,
      player,
      first,
      count: n,
    }))) {
      jobs.push(job);
      owners.push(player);
    }
  };
  // The costliest games first, so no thread is left with a long job at the end.
  add('search-restraint', lineGames, CHUNK.line);
  add('search-arming', lineGames, CHUNK.line);
  add('search-free', games, CHUNK.search);
  for (const policy of FIXED) add(policy, games, CHUNK.fixed);
  const results = await runner(jobs);
  const tallies = new Map<PlayerName, Tally>();
  results.forEach((r, i) => {
    const owner = owners[i] as PlayerName;
    if (r.kind === 'games') tallies.set(owner, mergeTally(tallies.get(owner) ?? emptyTally(), r.tally));
  });
  return (player: PlayerName) => tallies.get(player) ?? emptyTally();
}

/** Runs scripts over seeds `first`… in jobs of a few scripts; one merged tally per script. */
async function scriptsPass(run: RunSettings, scripts: Script[], first: number, count: number, runner: Runner) {
  const perJob = Math.max(1, Math.round(CHUNK.scriptGames / count));
  const jobs = chunks(0, scripts.length, perJob, (from, n) => ({
    kind: 'scripts' as const,
    run,
    scripts: scripts.slice(from, from + n),
    first,
    count,
  }));
  return (await runner(jobs)).flatMap((r) => (r.kind === 'scripts' ? r.tallies : []));
}

/**
 * Filler for climbing scripts: none, or two of the search bot's four most played cards that do
 * not move a ladder (every pair), played after the climb in every round.
 */
function fillers(rules: Rules, plays: Record<string, number>): string[][] {
  const favourites = Object.entries(plays)
    .filter(([id]) => rules.index.cards[id]?.move === undefined)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([id]) => id);
  const out: string[][] = [[]];
  for (const [i, a] of favourites.entries()) for (const b of favourites.slice(i + 1)) out.push([a, b]);
  if (favourites.length === 1) out.push(favourites);
  return out;
}

/** The most frequent lines of a search run. */
function topLines(t: Tally, count = 10): Script[] {
  return Object.entries(t.lines)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([key]) => JSON.parse(key) as Script);
}

/**
 * Climbing plans: stay at or climb to a rung up to the cap (from any round), or climb to one
 * (from round 1) and then above the cap from any round: the restrained lines and the late climbs.
 */
function climbPlans(rules: Rules, rounds: number): Climb[][] {
  const index = rules.index;
  const ladder = index.ladders[playerLadder(index)];
  const start = index.rungOrder[ladder?.id ?? '']?.[ladder?.start ?? ''] ?? 0;
  const cap = restraintCap(index);
  const plans: Climb[][] = [];
  for (let low = start; low <= cap; low++) {
    for (let from = 1; from <= (low === start ? 1 : rounds); from++) plans.push([{ target: low, from }]);
    for (let high = cap + 1; high < (ladder?.rungs.length ?? 0); high++)
      for (let from = 1; from <= rounds; from++)
        plans.push([
          { target: low, from: 1 },
          { target: high, from },
        ]);
  }
  return plans;
}

/** Each climbing plan with each filler, as the script it plays in one game (news-blind from then on). */
function climbScripts(rules: Rules, run: RunSettings, fills: string[][]): Script[] {
  const rounds = rules.index.scenario.lengths.find((l) => l.id === run.length)?.rounds.length ?? 0;
  const out: Script[] = [];
  for (const fill of fills)
    for (const plan of climbPlans(rules, rounds)) {
      const game = new Game(rules, run.seed);
      game.send({ type: 'game.start', length: run.length });
      playOut(game, climberTurn(plan, fill));
      out.push(scriptOf(rules.index, game.context));
    }
  return out;
}

/** Every script tried once, in a fixed order. */
function scriptFamily(rules: Rules, run: RunSettings, tally: (p: PlayerName) => Tally): Script[] {
  const lines = SEARCH_PLAYERS.flatMap((p) => topLines(tally(p)));
  const family = [...lines, ...climbScripts(rules, run, fillers(rules, tally('search-free').plays))];
  const byKey = new Map<string, Script>();
  for (const script of family) if (!byKey.has(JSON.stringify(script))) byKey.set(JSON.stringify(script), script);
  return [...byKey.values()];
}

/** How many of the scripts that reached an ending most often in the first pass are played again for it. */
const PICKS_PER_ENDING = 3;

const endingShare = (t: Tally, ending: string) => (t.endings[ending] ?? 0) / Math.max(1, t.games);

function bestBy<T>(items: T[], value: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || value(item) > value(best)) best = item;
  return best;
}

/** Builds the whole report. */
export async function balanceReport(rules: Rules, settings: BalanceSettings, runner: Runner): Promise<BalanceReport> {
  const s = rules.index.scenario;
  const run: RunSettings = {
    length: settings.length,
    seed: settings.seed,
    search: settings.search ?? DEFAULT_SEARCH,
    lineSearch: settings.lineSearch ?? LINE_SEARCH,
  };
  const sizes = passSizes(settings.games);
  const tally = await playersPass(run, settings.games, sizes.lineGames, runner);

  const family = scriptFamily(rules, run, tally);
  const tried = (await scriptsPass(run, family, 0, sizes.scriptSeeds, runner)).map((t, i) => ({
    script: family[i] as Script,
    t,
  }));
  const average = (x: { t: Tally }) => x.t.scoreSum / Math.max(1, x.t.games);
  const restraintPick = bestBy(
    tried.filter((x) => x.t.armed === 0),
    average,
  )?.script;
  const armingPick = bestBy(
    tried.filter((x) => x.t.armed * 2 > x.t.games),
    average,
  )?.script;
  const endingPicks = s.endings.map((e) =>
    tried
      .filter((x) => endingShare(x.t, e.id) > 0)
      .sort((a, b) => endingShare(b.t, e.id) - endingShare(a.t, e.id))
      .slice(0, PICKS_PER_ENDING)
      .map((x) => x.script),
  );

  // The picks are played again over fresh seeds, so a script that was lucky in the first pass is not reported as best.
  const picked = new Map<string, Script>();
  for (const script of [restraintPick, armingPick, ...endingPicks.flat()])
    if (script) picked.set(JSON.stringify(script), script);
  const scripts = [...picked.values()];
  const again = await scriptsPass(run, scripts, sizes.scriptSeeds, sizes.confirmSeeds, runner);
  const confirmed = new Map(
    scripts.map((script, i) => [JSON.stringify(script), lineFigures(rules, script, again[i] ?? emptyTally())]),
  );
  const lineOf = (script: Script | undefined) => (script ? (confirmed.get(JSON.stringify(script)) ?? null) : null);
  return assemble(rules, settings, sizes, tally, {
    restraint: lineOf(restraintPick),
    arming: lineOf(armingPick),
    endings: s.endings.map((e, i) => ({
      id: e.id,
      line: bestBy(endingPicks[i]?.map(lineOf).filter((l) => l !== null) ?? [], (l) => l.endings[e.id] ?? 0) ?? null,
    })),
    tried: tried.length,
    ...lateClimbs(
      rules,
      tried.reduce((all, x) => mergeTally(all, x.t), emptyTally()),
    ),
  });
}

/** The climbs by the round of the first climb and the highest rung reached, and by the round alone. */
function lateClimbs(rules: Rules, t: Tally): Pick<BalanceReport, 'lateClimb' | 'lateClimbByRung'> {
  const order = rules.index.rungOrder[playerLadder(rules.index)] ?? {};
  const byRound = new Map<number, { games: number; crises: number }>();
  const lateClimbByRung = Object.entries(t.armedTo)
    .map(([key, games]) => {
      const [r, rung] = key.split(' ') as [string, string];
      const crises = t.crisisTo[key] ?? 0;
      const sum = byRound.get(Number(r)) ?? { games: 0, crises: 0 };
      byRound.set(Number(r), { games: sum.games + games, crises: sum.crises + crises });
      return { rung, round: Number(r), games, crisis: round(crises / games) };
    })
    .sort((a, b) => (order[a.rung] ?? 0) - (order[b.rung] ?? 0) || a.round - b.round);
  const lateClimb = [...byRound]
    .map(([r, sum]) => ({ round: r, games: sum.games, crisis: round(sum.crises / sum.games) }))
    .sort((a, b) => a.round - b.round);
  return { lateClimb, lateClimbByRung };
}

interface ScriptResults {
  restraint: LineFigures | null;
  arming: LineFigures | null;
  /** The script that reached each ending most often, again over fresh seeds; null when none reached it. */
  endings: { id: string; line: LineFigures | null }[];
  tried: number;
  lateClimb: BalanceReport['lateClimb'];
  lateClimbByRung: BalanceReport['lateClimbByRung'];
}

function constrained(rules: Rules, t: Tally, line: LineFigures | null): ConstrainedFigures {
  return { ...figures(rules, t), cardsAboveCap: t.cardsAboveCap, line };
}

function firesTable(rules: Rules, tally: (p: PlayerName) => Tally): BalanceReport['fires'] {
  const keys = fireKeys(rules);
  const fires: BalanceReport['fires'] = {};
  for (const key of [...keys.events.values(), ...keys.reactions.values(), ...keys.endings.values()]) {
    const row = {} as Record<FirePlayer, number>;
    for (const p of FIRE_PLAYERS) {
      const t = tally(p === 'search' ? 'search-free' : p);
      row[p] = round((t.fires[key] ?? 0) / Math.max(1, t.games));
    }
    fires[key] = row;
  }
  return fires;
}

function assemble(
  rules: Rules,
  settings: BalanceSettings,
  sizes: ReturnType<typeof passSizes>,
  tally: (p: PlayerName) => Tally,
  scripts: ScriptResults,
): BalanceReport {
  const s = rules.index.scenario;
  const ladder = rules.index.ladders[playerLadder(rules.index)];
  const free = tally('search-free');
  const seat = s.player;
  const total = Object.values(free.plays).reduce((a, b) => a + b, 0);
  const cardShare: Record<string, number> = {};
  for (const card of rules.index.cardsOf[seat] ?? [])
    cardShare[card.id] = round((free.plays[card.id] ?? 0) / Math.max(1, total));
  const rounds = s.lengths.find((l) => l.id === settings.length)?.rounds.length ?? 0;
  const moveValue = Array.from({ length: rounds }, (_, r) => {
    const turns = free.moveValue.turns[r] ?? 0;
    return turns === 0 ? null : round((free.moveValue.sum[r] ?? 0) / turns, 3);
  });
  const lines = [
    scripts.restraint && { ...scripts.restraint, rule: 'restraint' as const },
    scripts.arming && { ...scripts.arming, rule: 'arming' as const },
  ].filter((x) => x !== null);
  const bestLine = bestBy(lines, (l) => l.score) ?? {
    ...lineFigures(rules, [], emptyTally()),
    rule: 'restraint' as const,
  };
  const scriptEndings: Record<string, number> = {};
  const scriptEndingLines: Record<string, Script> = {};
  for (const e of scripts.endings) {
    scriptEndings[e.id] = e.line?.endings[e.id] ?? 0;
    if (e.line) scriptEndingLines[e.id] = e.line.script;
  }
  return {
    scenario: s.id,
    version: s.version,
    length: settings.length,
    rounds,
    games: settings.games,
    seed: settings.seed,
    cap: ladder?.rungs[restraintCap(rules.index)]?.id ?? '',
    rollouts: rolloutFor(rules, settings.length) === fastRollout ? 'fast' : 'machine',
    restraint: constrained(rules, tally('search-restraint'), scripts.restraint),
    arming: constrained(rules, tally('search-arming'), scripts.arming),
    search: figures(rules, free),
    policies: Object.fromEntries(FIXED.map((p) => [p, figures(rules, tally(p))])) as Record<FixedPolicy, Figures>,
    cardShare,
    fires: firesTable(rules, tally),
    bestLine,
    bestLineSd: bestLine.sd,
    moveValue,
    scriptEndings,
    scriptEndingLines,
    scriptsTried: scripts.tried,
    lateClimb: scripts.lateClimb,
    lateClimbByRung: scripts.lateClimbByRung,
    crisisEndings: s.endings.filter((e) => e.at === 'any').map((e) => e.id),
    ...sizes,
  };
}
