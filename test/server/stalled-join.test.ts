/**
 * A device whose connection stalls half-way through joining again (the Wi-Fi lost between the
 * request for a seat and the socket) gives that join up after its time and tries again, instead
 * of saying "reconnecting…" for the rest of the lesson. Between the devices and the real server
 * sits a TCP relay that can cut every connection and swallow the next socket it is asked for.
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '../../src/cli/local-services';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import { RemoteSession } from '../../src/session/remote-session';
import { createClass, joinTeam, TEAMS } from './support/classroom';

/** A relay to the server that can cut what is open and swallow (accept, never answer) WebSocket upgrades. */
interface Relay {
  endpoint: string;
  /** Upgrades swallowed so far. */
  swallowed: number;
  /** Swallow the next `n` WebSocket upgrades. */
  swallowNext(n: number): void;
  /** Cuts every connection open now, as a lost network would. */
  cutAll(): void;
  close(): Promise<void>;
}

async function relayTo(port: number): Promise<Relay> {
  const open = new Set<Socket>();
  let toSwallow = 0;
  const relay: Relay = {
    endpoint: '',
    swallowed: 0,
    swallowNext: (n) => {
      toSwallow = n;
    },
    cutAll: () => {
      for (const s of open) s.destroy();
      open.clear();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        relay.cutAll();
      }),
  };
  const server: Server = createServer((inbound) => {
    open.add(inbound);
    inbound.on('close', () => open.delete(inbound));
    inbound.on('error', () => undefined);
    inbound.once('data', (first) => {
      if (/^upgrade: websocket/im.test(first.toString('latin1')) && toSwallow > 0) {
        toSwallow--;
        relay.swallowed++;
        return; // held open, never answered
      }
      const outbound = tcpConnect(port, '127.0.0.1');
      open.add(outbound);
      outbound.on('close', () => open.delete(outbound));
      outbound.on('error', () => inbound.destroy());
      inbound.on('close', () => outbound.destroy());
      outbound.on('close', () => inbound.destroy());
      outbound.write(first);
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  relay.endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return relay;
}

let server: ServerProcess;
let relay: Relay;
const sessions: RemoteSession[] = [];

beforeAll(async () => {
  server = await startServer();
  relay = await relayTo(server.port);
});
afterAll(async () => {
  for (const s of sessions) s.close();
  await relay?.close();
  await server?.kill();
});

it('gives up a join that stalls after a drop, joins again, and follows the game', async () => {
  const made = await createClass(server.endpoint);
  const joined = await joinTeam(server.endpoint, made.code, TEAMS[0]?.id ?? '');
  const options = { classId: made.classId, timeoutMs: 8000, joinTimeoutMs: 1500 };
  const team = await RemoteSession.connect({ ...options, endpoint: relay.endpoint, token: joined.token });
  // The teacher's console goes straight to the server: only the team's line is cut.
  const teacher = await RemoteSession.connect({ ...options, endpoint: server.endpoint, token: made.facilitatorToken });
  sessions.push(team, teacher);
  expect(team.connection()).toBe('open');

  relay.swallowNext(1);
  relay.cutAll();
  await waitFor('the team device to notice the drop', () => team.connection() === 'reconnecting', 5000);
  await waitFor('the relay to swallow a join', () => relay.swallowed === 1, 5000);
  // Meanwhile the class moves on: the device must catch up once it is back.
  expect(await teacher.send({ type: 'brief.done' })).toEqual({ ok: true });
  await waitFor('the team device to be back', () => team.connection() === 'open', 10_000);
  await waitFor('the team device to follow the game', () => team.view().phase === 'deliberate', 5000);
  expect(team.versionNow()).toBe(teacher.versionNow());
});
