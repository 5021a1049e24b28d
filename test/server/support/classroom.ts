/** A class on a running server, as the screens would make one: created by the teacher, joined by teams. */

import { waitFor } from '../../../src/cli/local-services';
import type { CreateClassResponse, JoinResponse } from '../../../src/session/protocol';
import { RemoteSession } from '../../../src/session/remote-session';
import type { GameView, IntentResult } from '../../../src/session/session';

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

/** The team a team device speaks for ('' for any other device: the server then refuses its council intents). */
const teamOf = (session: RemoteSession) => (session.viewer.kind === 'team' ? session.viewer.team : '');

/** The first card of the device's hand that is open now, or '' when none is. */
export const openCard = (session: RemoteSession) => session.view().hand.find((c) => c.blocker === null)?.card ?? '';

/** The team at the device proposes one of its role's cards to the council, as Seoul's council plays. */
export function propose(team: RemoteSession, card: string): Promise<IntentResult> {
  return team.send({ type: 'card.propose', seat: 'nsc', card, team: teamOf(team) });
}

/** The President's team decides for the council: it adopts `cards` in order and vetoes every other proposal. */
export function adopt(chair: RemoteSession, cards: string[]): Promise<IntentResult> {
  return chair.send({ type: 'council.decide', team: teamOf(chair), adopt: cards });
}

/** A council card played as a class plays it: its team proposes it, then the President's team adopts it. */
export async function proposeAndAdopt(team: RemoteSession, chair: RemoteSession, card: string): Promise<IntentResult> {
  const proposed = await propose(team, card);
  return proposed.ok ? adopt(chair, [card]) : proposed;
}
