/**
 * Devices that misbehave — a forged message for another team, garbage, a message far too
 * large, a flood — are refused and logged, and the class goes on for everyone else.
 */

import { Protocol } from '@colyseus/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from '../../src/cli/local-services';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import type { RemoteSession } from '../../src/session/remote-session';
import { connect, createClass, joinTeam, openCard, proposeAndAdopt, until } from './support/classroom';
import { rawDevice } from './support/raw-device';

let server: ServerProcess;
let facilitator: RemoteSession;
let presidents: RemoteSession;
let made: Awaited<ReturnType<typeof createClass>>;

beforeAll(async () => {
  server = await startServer();
  made = await createClass(server.endpoint);
  facilitator = await connect(server.endpoint, made.classId, made.facilitatorToken);
  const p = await joinTeam(server.endpoint, made.code, 'presidents');
  presidents = await connect(server.endpoint, p.classId, p.token);
  await facilitator.send({ type: 'brief.done' });
  await facilitator.send({ type: 'deliberation.done' });
  await until(presidents, 'decide', (v) => v.phase === 'decide');
});
afterAll(async () => {
  presidents?.close();
  facilitator?.close();
  await server?.kill();
});

/** A team device on the wire, joined as the advisers. */
async function advisersOnTheWire() {
  const joined = await joinTeam(server.endpoint, made.code, 'advisers');
  return rawDevice(server.endpoint, { classId: joined.classId, token: joined.token });
}

const results = (device: Awaited<ReturnType<typeof rawDevice>>) =>
  device
    .messages()
    .filter(([type]) => type === 'result')
    .map(([, m]) => m as { id: string; result: unknown });

/**
 * The class still works: a legal card from another team is proposed and adopted by the council (the
 * President's team, whose own card it is) and seen by the console; once the council has decided this
 * round, the console's next event is.
 */
async function classGoesOn() {
  const before = facilitator.view().log.length;
  const card = facilitator.view().council?.decided ? '' : openCard(presidents);
  if (card) expect(await proposeAndAdopt(presidents, presidents, card)).toEqual({ ok: true });
  else expect(await facilitator.send({ type: 'facilitator.extend', seconds: 30 })).toEqual({ ok: true });
  await until(
    facilitator,
    'the next event',
    (v) => v.log.length > before && (!card || v.playedThisRound.includes(card)),
  );
}

it('refuses a card, a proposal or a decision forged for another team or seat, with the game unchanged', async () => {
  const device = await advisersOnTheWire();
  const before = await facilitator.save();
  device.send('intent', {
    id: 'forged-1',
    intent: { type: 'card.play', seat: 'nsc', card: 'export-review', team: 'presidents' },
  });
  device.send('intent', {
    id: 'forged-2',
    intent: { type: 'card.play', seat: 'washington', card: 'washington-press' },
  });
  device.send('intent', { id: 'forged-3', intent: { type: 'facilitator.undo' } });
  // The council's own intents in the President's team's name: a proposal, and the chair's decision.
  device.send('intent', {
    id: 'forged-4',
    intent: { type: 'card.propose', seat: 'nsc', card: 'export-review', team: 'presidents' },
  });
  device.send('intent', { id: 'forged-5', intent: { type: 'council.decide', team: 'presidents', adopt: [] } });
  await waitFor('five answers', () => results(device).length === 5);
  for (const r of results(device)) expect(r.result).toEqual({ ok: false, notSent: 'forbidden' });
  expect(await facilitator.save()).toEqual(before);
  await classGoesOn();
  device.close();
});

it('drops garbage and malformed messages, answering those it can, and logs them', async () => {
  const device = await advisersOnTheWire();
  device.sendBytes(Uint8Array.from([0xff, 0x00, 0x13, 0x37]));
  device.send('intent', { id: 'bad-1', intent: { type: 'card.play', seat: 42 } });
  device.send('intent', { id: 'bad-2', intent: { type: 'game.over.now' } });
  device.send('no-such-message', { id: 'bad-3' });
  device.send('intent', 'just a string');
  await waitFor('three answers', () => results(device).length === 3);
  expect(results(device).map((r) => [r.id, r.result])).toEqual([
    ['bad-1', { ok: false, notSent: 'malformed' }],
    ['bad-2', { ok: false, notSent: 'malformed' }],
    ['bad-3', { ok: false, notSent: 'malformed' }],
  ]);
  await waitFor('the log line', () => server.output().includes('malformed'));
  await classGoesOn();
  // Bytes that do not even decode end that one connection (Colyseus's own rule); nobody else notices.
  device.sendBytes(Uint8Array.from([Protocol.ROOM_DATA, 0xa6, ...Buffer.from('intent'), 0xc1, 0xc1]));
  expect(await device.closed).toBe(4002);
  await classGoesOn();
});

it('drops an oversized message, and closes only the connection of a device whose frame is far too large', async () => {
  const device = await advisersOnTheWire();
  device.send('intent', {
    id: 'big-1',
    intent: { type: 'card.play', seat: 'nsc', card: 'share-intelligence', rationale: 'x'.repeat(14_000) },
  });
  await waitFor('an answer', () => results(device).length === 1);
  expect(results(device)[0]?.result).toEqual({ ok: false, notSent: 'malformed' });
  await waitFor('the log line', () => server.output().includes('too large'));
  device.sendBytes(new Uint8Array(64 * 1024).fill(Protocol.ROOM_DATA));
  expect(await device.closed).toBe(1009);
  await classGoesOn();
});

it('answers a flood with "rate-limited", cuts the flooding device off, and the class goes on', async () => {
  const device = await advisersOnTheWire();
  for (let i = 0; i < 150; i++) device.send('done', { id: `flood-${i}`, done: i % 2 === 0 });
  expect(await device.closed).toBe(4429);
  const limited = results(device).filter((r) => JSON.stringify(r.result).includes('rate-limited')).length;
  expect(limited).toBeGreaterThan(50);
  expect(results(device).filter((r) => JSON.stringify(r.result) === '{"ok":true}').length).toBeLessThanOrEqual(41);
  await waitFor('the log line', () => server.output().includes('flooded'));
  await classGoesOn();
  expect(presidents.connection()).toBe('open');
});

it('refuses a page of another site: its socket, its API calls and its matchmaking', async () => {
  const evil = { origin: 'http://evil.example' };
  const join = await fetch(`${server.endpoint}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...evil },
    body: JSON.stringify({ code: made.code, team: 'advisers' }),
  });
  expect(join.status).toBe(403);
  const seat = await fetch(`${server.endpoint}/matchmake/joinOrCreate/class`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...evil },
    body: JSON.stringify({ classId: made.classId, token: made.facilitatorToken }),
  });
  expect(seat.status).toBe(403);
  const socket = new WebSocket(`${server.endpoint.replace('http', 'ws')}/any/room`, { headers: evil });
  const refused = await new Promise<number>((resolve) =>
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
  );
  expect(refused).toBe(401);
  // The game's own origin is welcome.
  const own = await fetch(`${server.endpoint}/api/classes/${made.code}`, { headers: { origin: server.endpoint } });
  expect(own.status).toBe(200);
  await classGoesOn();
});
