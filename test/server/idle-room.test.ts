/**
 * A class nobody is in closes its room after the idle time and stays stored: the room lets its
 * class go as it closes (no join is ever told the class is open elsewhere), and the next device
 * that joins opens it again and finds the same game.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sleep } from '../../src/cli/local-services';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import { CLASS_ROOM } from '../../src/session/protocol';
import type { RemoteSession } from '../../src/session/remote-session';
import { connect, createClass } from './support/classroom';

let server: ServerProcess;
const sessions: RemoteSession[] = [];

beforeAll(async () => {
  // Idle after 0.6 s; the room looks every 2 s.
  server = await startServer({ IDLE_MINUTES: '0.01' });
});
afterAll(async () => {
  for (const s of sessions) s.close();
  await server?.kill();
});

/** Joins, or fails after `ms` (a join that never gets an answer fails the test instead of hanging it). */
async function joinWithin(classId: string, token: string, ms: number): Promise<RemoteSession> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to the join within ${ms} ms`)), ms);
  });
  try {
    const session = await Promise.race([connect(server.endpoint, classId, token), late]);
    sessions.push(session);
    return session;
  } finally {
    clearTimeout(timer);
  }
}

it('closes an empty room after the idle time, and a later join opens the class again with its game', async () => {
  const made = await createClass(server.endpoint);
  const facilitator = await joinWithin(made.classId, made.facilitatorToken, 20_000);
  expect(await facilitator.send({ type: 'brief.done' })).toEqual({ ok: true });
  const version = facilitator.versionNow();
  facilitator.close();
  // Ask for a seat four times a second while the room closes (within 2.6 s) and after: each
  // answer is a seat, never "open elsewhere" (409) from a room that closed without letting go.
  const statuses = new Set<number>();
  for (let i = 0; i < 28; i++) {
    const res = await fetch(`${server.endpoint}/matchmake/joinOrCreate/${CLASS_ROOM}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ classId: made.classId, token: made.facilitatorToken }),
    });
    statuses.add(res.status);
    await sleep(250);
  }
  expect([...statuses]).toEqual([200]);
  const again = await joinWithin(made.classId, made.facilitatorToken, 20_000);
  expect(again.versionNow()).toBe(version);
  expect(again.view().phase).toBe('deliberate');
  expect(await again.send({ type: 'deliberation.done' })).toEqual({ ok: true });
});
