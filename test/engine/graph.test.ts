/**
 * Model-based tests: XState's graph utilities walk each scenario's machine by shortest paths
 * (see test/support/graph-model.ts for the events tried and the state key), and the paths are
 * played back through the real `Game`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { Game, type Rules } from '../../src/engine/game';
import { invariantViolations } from '../../src/engine/simulate';
import {
  everyTarget,
  type GamePath,
  type ModelOptions,
  modelKey,
  pathEvents,
  reachedBy,
  shortestPaths,
} from '../support/graph-model';
import { legalEvents } from '../support/machine-oracle';
import { NORTHSEA_PATH, rulesOf, SEOUL_PATH, scenarioExists } from '../support/scenarios';

interface Model {
  name: string;
  file: string;
  seeds: number[];
  options: (rules: Rules) => Omit<ModelOptions, 'seed'>;
}

const models: Model[] = [
  {
    // Meters matter here: the government falls only when the economy sinks below 20. On the paths
    // the key keeps, seed 1's dice never allow it; seeds 2 and 3 each reach every rung and ending.
    name: 'the test fixture',
    file: NORTHSEA_PATH,
    seeds: [1, 2, 3],
    options: () => ({}),
  },
  {
    // The shipped scenario has 45 cards and 6 meters: without meter zones in the key the traversal
    // keeps about 7,000 states over both lengths and takes a few seconds. Its rungs and flags alone
    // separate the paths to every ending (the first test says so, or names what is missing). Both
    // lengths are walked: in the 45-minute game the top rung needs a line tested by dice in the
    // second round and eight cards in eight slots, which the key's single path per state rarely
    // keeps; the test below plays that line in the 45-minute game.
    name: 'the shipped scenario',
    file: SEOUL_PATH,
    seeds: [1],
    options: () => ({ meterZones: false }),
  },
];

/** A readable name for a path, for failure messages. */
const describePath = (seed: number, path: GamePath) =>
  `seed ${seed}: ${pathEvents(path)
    .map((e) => (e.type === 'card.play' ? e.card : e.type === 'game.start' ? `start ${e.length}` : e.type))
    .join(' → ')}`;

for (const model of models) {
  // Only the shipped scenario may be absent (it is being written); the fixture must always be there.
  describe.skipIf(model.file === SEOUL_PATH && !scenarioExists(model.file))(`graph paths of ${model.name}`, () => {
    let rules: Rules;
    let key: (s: GamePath['state']) => string;
    let walks: { seed: number; paths: GamePath[] }[];

    // The traversal is the work of these tests: it gets a test's time, not a hook's 10 s (it takes
    // a few seconds of CPU, more by the wall clock on a machine busy with other work).
    beforeAll(() => {
      rules = rulesOf(model.file);
      const options = model.options(rules);
      key = modelKey(rules, options);
      walks = model.seeds.map((seed) => ({ seed, paths: shortestPaths(rules, { ...options, seed }) }));
    }, 60_000);

    /** The first (shortest) path found to each rung and ending, with its seed. */
    const firstPaths = () => {
      const out = new Map<string, { seed: number; path: GamePath }>();
      for (const { seed, paths } of walks)
        for (const path of paths)
          for (const target of reachedBy(path)) {
            const known = out.get(target);
            if (!known || path.steps.length < known.path.steps.length) out.set(target, { seed, path });
          }
      return out;
    };

    it('reaches every rung of every ladder and every ending', () => {
      for (const { paths } of walks) expect(paths.length).toBeGreaterThan(100);
      const reached = firstPaths();
      const missing = everyTarget(rules.index.scenario).filter((t) => !reached.has(t));
      expect(missing).toEqual([]);
    });

    it('plays each of those paths back through Game.send: every event accepted, ending where the path says', () => {
      // The first path to every target, and an even sample of all the others.
      const chosen = [...firstPaths().values()];
      for (const { seed, paths } of walks)
        for (let i = 0; i < paths.length; i += Math.max(1, Math.floor(paths.length / 40)))
          chosen.push({ seed, path: paths[i] as GamePath });
      for (const { seed, path } of chosen) {
        const game = new Game(rules, seed);
        for (const event of pathEvents(path))
          expect(game.send(event), `${JSON.stringify(event)} on ${describePath(seed, path)}`).toEqual({ ok: true });
        expect(key(game.snapshot), describePath(seed, path)).toBe(key(path.state));
        expect(game.snapshot.value).toEqual(path.state.value);
        expect(invariantViolations(game)).toEqual([]);
      }
    });

    it('has no dead end: some event is accepted at every reachable state that is not an ending', () => {
      let checked = 0;
      for (const { seed, paths } of walks)
        for (const path of paths) {
          if (path.state.status === 'done') continue;
          const accepted = legalEvents(rules, path.state).some(
            (e) => transition(rules.machine, path.state, e)[0] !== path.state,
          );
          expect(accepted, `dead end after ${describePath(seed, path)}`).toBe(true);
          checked++;
        }
      expect(checked).toBeGreaterThan(100);
    });

    it('ends games at the end only with an "end" ending, and never past the last round and its aftermath', () => {
      const at = new Map(rules.index.scenario.endings.map((e) => [e.id, e.at]));
      for (const { paths } of walks)
        for (const path of paths) {
          const ctx = path.state.context;
          const last = ctx.rounds + (rules.index.aftermath[ctx.length] ?? 0);
          expect(ctx.round).toBeLessThanOrEqual(last);
          if (path.state.status !== 'done') continue;
          expect(ctx.ending).toBe(path.state.value);
          if (at.get(ctx.ending) === 'end') expect(ctx.round).toBe(last);
        }
    });
  });
}

describe('what the model shows about the fixture', () => {
  it('nobody is drawn in before round 4', () => {
    // Danger starts at 20: war begins +5 and training +5 in round 1, air defence +10 and the attack on
    // ships +15 in round 2, then only the strike weapons (+30) reach 80, and they cost 4 of a capital
    // that cannot hold 4 before round 4 (3 − 2 for training, + 2 − 3 for air defence, + 2).
    const rules = rulesOf(NORTHSEA_PATH);
    const rounds = [1, 2, 3].flatMap((seed) =>
      shortestPaths(rules, { seed })
        .filter((p) => p.state.status === 'done' && p.state.context.ending === 'drawn-in')
        .map((p) => p.state.context.round),
    );
    // Every state the model keeps is a real game, so this bound holds for all of them. (Round 4
    // itself is reached: see the golden table. The model, merging games, finds its first later.)
    expect(rounds.length).toBeGreaterThan(0);
    expect(Math.min(...rounds)).toBeGreaterThanOrEqual(4);
  });
});
