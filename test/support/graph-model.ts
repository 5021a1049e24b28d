/**
 * The game's machine as a model for XState's graph utilities: which events to try at each
 * snapshot (the ones the machine accepts there) and a small state key, so that a
 * shortest-path traversal of a whole scenario is finite and takes seconds.
 *
 * Why the key is enough: it keeps what decides where a game can still go — the phase and every
 * ladder's rung (the state value), the round and the length, how many cards were played this
 * round (the card limit), the flags that some condition reads (step unlocks, card requirements,
 * reactions, endings) and, unless told otherwise, each meter's zone between the values the
 * endings compare it with. It drops what only changes how a game gets there: the dice (the
 * generator state), which cards were played, the exact meters, the capital, the news already
 * drawn and the log. Games that differ only in those merge, and the first one found stands for
 * the rest; running from several seeds gives the dice several chances. Whether that still reaches
 * every rung and every ending is not assumed: the graph test asserts it.
 */
import { getShortestPaths, type StatePath } from '@xstate/graph';
import type { Condition } from '../../src/engine/condition-schema';
import type { Rules } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { type GameSnapshot, rungsOf } from '../../src/engine/machine';
import type { Scenario } from '../../src/engine/scenario-schema';
import { legalEvents } from './machine-oracle';

export interface ModelOptions {
  seed: number;
  /** The lengths a game may start with; all of the scenario's unless told. */
  lengths?: string[];
  /** Keep each meter's zone in the key (true unless told). */
  meterZones?: boolean;
}

export type GamePath = StatePath<GameSnapshot, PlayerEvent>;

/** Calls `visit` with every leaf comparison of a condition. */
function leaves(c: Condition | undefined, visit: (leaf: Exclude<Condition, boolean>) => void): void {
  if (c === undefined || typeof c === 'boolean') return;
  if ('all' in c) for (const x of c.all) leaves(x, visit);
  else if ('any' in c) for (const x of c.any) leaves(x, visit);
  else if ('not' in c) leaves(c.not, visit);
  else visit(c);
}

/** Every condition in a scenario: step unlocks, card requirements, triggers, reactions, endings. */
function conditions(s: Scenario): Condition[] {
  return [
    ...s.ladders.flatMap((l) => l.steps.flatMap((st) => (st.unlock === undefined ? [] : [st.unlock]))),
    ...s.cards.flatMap((c) => (c.requires === undefined ? [] : [c.requires])),
    ...s.events.flatMap((e) =>
      e.trigger.type === 'scheduled' || e.trigger.when === undefined ? [] : [e.trigger.when],
    ),
    ...s.reactions.map((r) => r.when),
    ...s.endings.map((e) => e.when),
  ];
}

/** The flags that some condition reads: the only flags that can change what happens next. */
export function conditionFlags(s: Scenario): string[] {
  const out = new Set<string>();
  for (const c of conditions(s))
    leaves(c, (leaf) => {
      if ('flag' in leaf) out.add(leaf.flag);
    });
  return [...out].sort();
}

/** For each meter, the values the endings compare it with, lowest first. */
export function endingCuts(s: Scenario): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const e of s.endings)
    leaves(e.when, (leaf) => {
      if ('meter' in leaf)
        out[leaf.meter] = [...new Set([...(out[leaf.meter] ?? []), leaf.value])].sort((a, b) => a - b);
    });
  return out;
}

/** The zone of a value among the cuts: below, at or above each one, so every comparison op is told apart. */
function zone(cuts: readonly number[], value: number): number {
  let z = 0;
  for (const cut of cuts) z += value > cut ? 2 : value === cut ? 1 : 0;
  return z;
}

/** The state key described at the top of this file. */
export function modelKey(rules: Rules, options: Pick<ModelOptions, 'meterZones'> = {}): (s: GameSnapshot) => string {
  const s = rules.index.scenario;
  const flags = conditionFlags(s);
  const cuts = endingCuts(s);
  const meters = s.meters.map((m) => m.id);
  const zones = options.meterZones ?? true;
  return (snapshot) => {
    if (snapshot.status === 'done') return JSON.stringify(snapshot.value);
    const c = snapshot.context;
    return JSON.stringify([
      snapshot.value,
      c.rounds,
      c.round,
      c.playedThisRound.length,
      flags.filter((f) => c.flags[f] === true),
      zones ? meters.map((m) => zone(cuts[m] ?? [], c.meters[m] ?? 0)) : [],
    ]);
  };
}

/** The shortest path to every state the key tells apart, from one seed. */
export function shortestPaths(rules: Rules, options: ModelOptions): GamePath[] {
  const lengths = options.lengths ?? rules.index.scenario.lengths.map((l) => l.id);
  return getShortestPaths(rules.machine, {
    input: { seed: options.seed },
    events: (snapshot: GameSnapshot) =>
      legalEvents(rules, snapshot).filter((e) => e.type !== 'game.start' || lengths.includes(e.length)),
    serializeState: modelKey(rules, options),
    stopWhen: (snapshot: GameSnapshot) => snapshot.status === 'done',
    // Edges looked at. Today the fixture needs about 800 per seed and the shipped scenario about
    // 16,000 (2,900 states): a key that stops being small fails fast here instead of filling memory.
    limit: 300_000,
  });
}

/** The player events of a path, in order (without the machine's own start). */
export function pathEvents(path: GamePath): PlayerEvent[] {
  // The graph utilities begin every path with XState's own start event, which no player sends.
  const events: { type: string }[] = path.steps.map((step) => step.event);
  return events.filter((e): e is PlayerEvent => e.type !== 'xstate.init');
}

/** What a path's last state stands for: an ending, or the rung of each ladder. */
export function reachedBy(path: GamePath): string[] {
  const value = path.state.value;
  if (typeof value === 'string') return [`ending:${value}`];
  return Object.entries(rungsOf(path.state)).map(([ladder, rung]) => `${ladder}:${rung}`);
}

/** Every ending and every rung of every ladder, named as `reachedBy` names them. */
export function everyTarget(s: Scenario): string[] {
  return [
    ...s.endings.map((e) => `ending:${e.id}`),
    ...s.ladders.flatMap((l) => l.rungs.map((r) => `${l.id}:${r.id}`)),
  ];
}
