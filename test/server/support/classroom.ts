/** A class on a running server, as the screens would make one: created by the teacher, joined by teams. */

import { waitFor } from '../../../src/cli/local-services';
import type { CreateClassResponse, JoinResponse } from '../../../src/session/protocol';
import { RemoteSession } from '../../../src/session/remote-session';
import type { GameView } from '../../../src/session/session';

export const TEAMS = [
  { id: 'presidents', name: 'Presidents', seat: 'nsc', role: 'president' },
  { id: 'advisers', name: 'Advisers', seat: 'nsc', role: 'security-adviser' },
  { id: 'diplomats', name: 'Diplomats', seat: 'nsc', role: 'foreign-minister' },
];
export const PIN = '4821';

export async function post<T>(endpoint: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Creates a class of the Seoul scenario with three teams; throws unless the server accepts it. */
export async function createClass(endpoint: string, teams = TEAMS): Promise<CreateClassResponse> {
  const made = await post<CreateClassResponse>(endpoint, '/api/classes', {
    scenarioId: 'seoul-2024',
    start: { type: 'game.start', length: 'short', teams },
    pin: PIN,
    name: 'Period 3',
  });
  if (made.status !== 200) throw new Error(`create refused: ${made.status} ${JSON.stringify(made.body)}`);
  return made.body;
}

export async function joinTeam(endpoint: string, code: string, team: string): Promise<JoinResponse> {
  const joined = await post<JoinResponse>(endpoint, '/api/join', { code, team });
  if (joined.status !== 200) throw new Error(`join refused: ${joined.status} ${JSON.stringify(joined.body)}`);
  return joined.body;
}

export function connect(endpoint: string, classId: string, token: string, timeoutMs = 8000): Promise<RemoteSession> {
  return RemoteSession.connect({ endpoint, classId, token, timeoutMs });
}

/** Waits until the session's view satisfies `check`. */
export async function until(session: RemoteSession, what: string, check: (v: GameView) => boolean, ms = 10_000) {
  await waitFor(what, () => check(session.view()), ms);
}
