/**
 * Batch simulation for scenario authors and tests: whole games played by bots, with the
 * game's invariants checked after every event.
 */
import { type Chooser, type Policy, playTurn } from './bots';
import { Game, type Rules } from './game';
import { rungsOf } from './machine';
import { nextRandom, seedState } from './rng';

export interface GameSummary {
  seed: number;
  ending: string;
  rounds: number;
  /** Every rung of every ladder the game stood on. */
  rungs: string[];
  violations: string[];
}

/** A bot chooser from a seed, independent of the game's own generator. */
export function chooser(seed: number): Chooser {
  let state = seedState(seed ^ 0x5bd1e995);
  return () => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
}

/** Checks what must hold after every event. */
export function invariantViolations(game: Game): string[] {
  const out: string[] = [];
  const ctx = game.context;
  for (const m of game.rules.index.scenario.meters) {
    const v = ctx.meters[m.id];
    if (v === undefined || v < m.min || v > m.max) out.push(`meter ${m.id} is ${v}, outside ${m.min}–${m.max}`);
  }
  const cap = game.rules.index.scenario.capital.max;
  if (ctx.capital < 0 || ctx.capital > cap) out.push(`capital is ${ctx.capital}, outside 0–${cap}`);
  const last = ctx.rounds + (game.rules.index.aftermath[ctx.length] ?? 0);
  if (ctx.round > last) out.push(`round ${ctx.round} is past the last round ${ctx.rounds} and its aftermath`);
  if (game.phase !== 'ended')
    for (const [ladder, rung] of Object.entries(rungsOf(game.snapshot)))
      if (ctx.rungs[ladder] !== rung)
        out.push(`ladder ${ladder} is in state ${rung} but the context says ${ctx.rungs[ladder]}`);
  return out;
}

/** Plays one whole game with a bot in the player seat. */
export function playGame(rules: Rules, seed: number, policy: Policy, length: string, check = true): GameSummary {
  const game = new Game(rules, seed);
  const pick = chooser(seed);
  const seat = rules.index.scenario.player;
  const violations: string[] = [];
  const step = (ok: boolean) => {
    if (!ok) violations.push(`an event the bot sent was refused in phase ${game.phase}`);
    if (check) violations.push(...invariantViolations(game));
  };
  step(game.send({ type: 'game.start', length }).ok);
  // Every round takes five events at least, so this bound is never reached by a sound game.
  for (let guard = 0; game.phase !== 'ended' && guard < 1000; guard++) {
    step(game.send({ type: 'brief.done' }).ok);
    step(game.send({ type: 'deliberation.done' }).ok);
    playTurn(game, seat, policy, pick);
    if (check) violations.push(...invariantViolations(game));
    step(game.send({ type: 'turn.end' }).ok);
    step(game.send({ type: 'round.next' }).ok);
  }
  const rungs = new Set<string>(Object.values(rules.index.scenario.ladders.map((l) => l.start)));
  for (const e of game.context.log) if (e.kind === 'rung') rungs.add(e.to);
  if (game.phase !== 'ended') violations.push('the game did not end');
  return { seed, ending: game.context.ending, rounds: game.context.round, rungs: [...rungs], violations };
}

export interface SimReport {
  games: number;
  endings: Record<string, number>;
  rungsReached: Record<string, number>;
  rounds: { mean: number; median: number };
  violations: number;
}

/** Plays `games` games with seeds derived from `seed`; the same arguments give the same report. */
export function simulate(
  rules: Rules,
  options: { games: number; seed: number; policy: Policy; length: string },
  progress?: (done: number) => void,
): SimReport {
  const endings: Record<string, number> = {};
  for (const e of rules.index.scenario.endings) endings[e.id] = 0;
  const rungsReached: Record<string, number> = {};
  for (const l of rules.index.scenario.ladders) for (const r of l.rungs) rungsReached[r.id] = 0;
  const rounds: number[] = [];
  let violations = 0;
  for (let i = 0; i < options.games; i++) {
    const g = playGame(rules, (options.seed + i * 7919) >>> 0, options.policy, options.length);
    endings[g.ending] = (endings[g.ending] ?? 0) + 1;
    for (const r of g.rungs) rungsReached[r] = (rungsReached[r] ?? 0) + 1;
    rounds.push(g.rounds);
    violations += g.violations.length;
    if (progress && (i + 1) % 1000 === 0) progress(i + 1);
  }
  rounds.sort((a, b) => a - b);
  const mean = rounds.reduce((a, b) => a + b, 0) / Math.max(1, rounds.length);
  const mid = rounds.length / 2;
  const median =
    rounds.length === 0
      ? 0
      : rounds.length % 2
        ? (rounds[Math.floor(mid)] ?? 0)
        : ((rounds[mid - 1] ?? 0) + (rounds[mid] ?? 0)) / 2;
  return {
    games: options.games,
    endings,
    rungsReached,
    rounds: { mean: Math.round(mean * 1000) / 1000, median },
    violations,
  };
}
