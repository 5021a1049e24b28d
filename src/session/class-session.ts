/**
 * Starting and resuming a class session: a new game from the set-up (its PIN stored apart from
 * the save), or a saved session replayed from its save, which rebuilds the game exactly.
 */

import { Game, type Rules } from '../engine/game';
import type { StartEvent } from '../engine/game-events';
import type { Problem } from '../engine/problems';
import { replay } from '../engine/save';
import type { RulesFor } from './scenario-library';
import { newSessionId, type SessionMeta, type SessionStore } from './session-store';

/** A class as its set-up decided it: the session's name, the facilitator's PIN, and the game's start. */
export interface ClassConfig {
  name: string;
  pin: string;
  start: StartEvent;
}

export interface ClassSession {
  game: Game;
  meta: Omit<SessionMeta, 'round' | 'rounds' | 'ending' | 'updated'>;
  ui?: unknown;
}

/** A fresh seed for a new game; the engine itself never draws one. */
export function freshSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto?.getRandomValues?.(buffer);
  return buffer[0] || Math.floor(Math.random() * 0xffffffff);
}

/**
 * A new game for the class, not yet started: the caller runs classroom mode on it first (so
 * autosave hears the start), then sends `start`. The PIN is stored now, apart from the save.
 */
export function newClassSession(
  rules: Rules,
  config: ClassConfig,
  store: SessionStore,
  untitled: string,
  seed = freshSeed(),
  lang?: string,
): ClassSession {
  const id = newSessionId();
  store.setPin(id, config.pin);
  store.setActive(id);
  const now = Date.now();
  return {
    game: new Game(rules, seed),
    meta: {
      id,
      name: config.name === '' ? untitled : config.name,
      scenarioId: rules.index.scenario.id,
      scenarioTitle: rules.index.scenario.title,
      teams: (config.start.teams ?? []).map((t) => t.name),
      created: now,
      ...(lang === undefined ? {} : { lang }),
    },
  };
}

/** A saved session replayed from its save; problems when it cannot be (another scenario version, a damaged save). */
export async function resumeClassSession(
  rulesFor: RulesFor,
  store: SessionStore,
  id: string,
): Promise<{ ok: true; session: ClassSession } | { ok: false; problems: Problem[] }> {
  const stored = store.read(id);
  if (!stored)
    return {
      ok: false,
      problems: [{ path: '$', expected: 'a saved session', found: `no session "${id}"` }],
    };
  const rules = await rulesFor(stored.save.scenarioId, stored.save.scenarioVersion);
  if (!rules)
    return {
      ok: false,
      problems: [{ path: '$.scenarioId', expected: 'a scenario this game has', found: `"${stored.save.scenarioId}"` }],
    };
  const replayed = replay(rules, stored.save);
  if (!replayed.ok) return { ok: false, problems: replayed.problems };
  store.setActive(id);
  const { round: _r, rounds: _n, ending: _e, updated: _u, ...meta } = stored.meta;
  return {
    ok: true,
    session: stored.ui === undefined ? { game: replayed.value, meta } : { game: replayed.value, meta, ui: stored.ui },
  };
}
