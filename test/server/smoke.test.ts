import { afterAll, expect, it } from 'vitest';
import { connect, createClass, joinTeam, until } from './support/classroom';
import { type ServerProcess, startServer } from './support/server-process';

let server: ServerProcess;
afterAll(async () => server?.kill());

it('smoke', async () => {
  server = await startServer();
  const made = await createClass(server.endpoint);
  const console_ = await connect(server.endpoint, made.classId, made.facilitatorToken);
  const joined = await joinTeam(server.endpoint, made.code, 'presidents');
  const team = await connect(server.endpoint, joined.classId, joined.token);
  console.log(team.viewer, team.view().phase, team.view().round);
  expect(await console_.send({ type: 'brief.done' })).toEqual({ ok: true });
  await until(team, 'deliberate', (v) => v.phase === 'deliberate');
  expect(await team.send({ type: 'brief.done' })).toEqual({ ok: false, notSent: 'forbidden' });
  console.log(server.output());
  team.close();
  console_.close();
});
