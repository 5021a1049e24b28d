/**
 * The shortest way to every ending of a scenario, found by a breadth-first search over the
 * engine's own machine: each state is restored from its persisted snapshot, sent one legal
 * event, and compared with the states seen by its context, so each is expanded once. The
 * browser tests then play each path through the page's controls, checked against a `Game`.
 */
import { createActor, type Snapshot } from 'xstate';
import { cardBlocker } from '../../../src/engine/cards';
import type { Phase, Rules } from '../../../src/engine/game';
import type { GameContext } from '../../../src/engine/game-context';
import type { PlayerEvent } from '../../../src/engine/game-events';

export interface EndingPath {
  ending: string;
  seed: number;
  length: string;
  /** The events after `game.start`, in order. */
  events: PlayerEvent[];
}

interface Node {
  snapshot: Snapshot<unknown>;
  phase: Phase;
  context: GameContext;
  path: PlayerEvent[];
}

function legal(rules: Rules, node: Node, seat: string): PlayerEvent[] {
  switch (node.phase) {
    case 'brief':
      return [{ type: 'brief.done' }];
    case 'deliberate':
      return [{ type: 'deliberation.done' }];
    case 'decide': {
      // One card a round at most keeps the search small; every ending of the fixture is reached so.
      if (node.context.playedThisRound.length > 0) return [{ type: 'turn.end' }];
      const plays = rules.index.scenario.cards
        .filter((c) => c.seat === seat && cardBlocker(rules.index, node.context, { seat, card: c.id }) === null)
        .map((c) => ({ type: 'card.play' as const, seat, card: c.id }));
      return [...plays, { type: 'turn.end' }];
    }
    case 'resolve':
      return [{ type: 'round.next' }];
    default:
      return [];
  }
}

function step(rules: Rules, seed: number, from: Snapshot<unknown> | undefined, event: PlayerEvent) {
  const actor = createActor(rules.machine, from ? { snapshot: from, input: { seed } } : { input: { seed } });
  actor.start();
  actor.send(event);
  const snap = actor.getSnapshot();
  const value = snap.value;
  const phase: Phase = typeof value === 'string' ? 'ended' : (value.playing.flow as Phase);
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot: persisted, phase, context: snap.context };
}

function key(node: Node): string {
  const { log: _log, ...rest } = node.context;
  return `${node.phase}|${JSON.stringify(rest)}`;
}

/** Shortest paths to each ending, trying lengths and seeds in order until every ending is found. */
export function endingPaths(rules: Rules, seeds: readonly number[], maxStates = 50_000): Map<string, EndingPath> {
  const scenario = rules.index.scenario;
  const found = new Map<string, EndingPath>();
  const wanted = scenario.endings.length;
  for (const length of scenario.lengths.map((l) => l.id))
    for (const seed of seeds) {
      if (found.size === wanted) return found;
      const start = step(rules, seed, undefined, { type: 'game.start', length });
      const seen = new Set<string>();
      let frontier: Node[] = [{ ...start, path: [] }];
      while (frontier.length > 0 && seen.size < maxStates && found.size < wanted) {
        const next: Node[] = [];
        for (const node of frontier) {
          if (node.phase === 'ended') {
            if (!found.has(node.context.ending))
              found.set(node.context.ending, { ending: node.context.ending, seed, length, events: node.path });
            continue;
          }
          const k = key(node);
          if (seen.has(k)) continue;
          seen.add(k);
          for (const e of legal(rules, node, scenario.player))
            next.push({ ...step(rules, seed, node.snapshot, e), path: [...node.path, e] });
        }
        frontier = next;
      }
    }
  return found;
}
