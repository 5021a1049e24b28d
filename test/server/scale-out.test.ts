/**
 * Two server processes on one Redis and one PostgreSQL: a class created through one is joined
 * through the other, and devices matched by either play the same game.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, type Service, startPostgres, startRedis } from '../../src/cli/local-services';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import type { RemoteSession } from '../../src/session/remote-session';
import { connect, createClass, joinTeam, openCard, proposeAndAdopt, until } from './support/classroom';

let redis: Service;
let postgres: Service;
const servers: ServerProcess[] = [];
const sessions: RemoteSession[] = [];

/** A server process of the cluster; each names its own address, as each would behind a load balancer. */
async function node() {
  const port = await freePort();
  const server = await startServer({
    PORT: String(port),
    REDIS_URL: redis.url,
    DATABASE_URL: postgres.url,
    PUBLIC_ADDRESS: `127.0.0.1:${port}`,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
});
afterAll(async () => {
  for (const s of sessions) s.close();
  for (const s of servers) await s.kill();
  await redis?.stop();
  await postgres?.stop();
});

it('a class created through one process is joined and played through the other', async () => {
  const [first, second] = [await node(), await node()];
  const made = await createClass(first.endpoint);
  const facilitator = await connect(first.endpoint, made.classId, made.facilitatorToken);
  sessions.push(facilitator);
  const found = await fetch(`${second.endpoint}/api/classes/${made.code}`);
  expect(found.status).toBe(200);
  const joined = await joinTeam(second.endpoint, made.code, 'presidents');
  const presidents = await connect(second.endpoint, joined.classId, joined.token);
  sessions.push(presidents);
  expect(presidents.info.classId).toBe(made.classId);
  expect(await facilitator.send({ type: 'brief.done' })).toEqual({ ok: true });
  expect(await facilitator.send({ type: 'deliberation.done' })).toEqual({ ok: true });
  await until(presidents, 'decide', (v) => v.phase === 'decide');
  const card = openCard(presidents);
  expect(await proposeAndAdopt(presidents, presidents, card)).toEqual({ ok: true });
  await until(facilitator, 'the card', (v) => v.playedThisRound.includes(card));
  await until(
    facilitator,
    'the device on the roster',
    () => facilitator.roster()?.devices.some((d) => d.id === joined.device && d.state === 'online') === true,
  );
});
