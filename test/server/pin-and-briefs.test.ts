/**
 * The console's PIN (five wrong tries lock it) and private briefs, read where they would leak:
 * in the WebSocket frames a team's device receives; and the whole game (it holds the seed),
 * which the projector receives only once the class has ended, for its debrief.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import scenarioJson from '../../assets/scenarios/seoul-2024/scenario.json';
import { sleep, waitFor } from '../../src/cli/local-services';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import type { Scenario } from '../../src/engine/scenario-schema';
import { connect, createClass, joinTeam, PIN, post, until } from './support/classroom';
import { rawDevice } from './support/raw-device';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer({ PIN_LOCK_SECONDS: '2' });
});
afterAll(async () => server?.kill());

describe("the console's PIN", () => {
  const tryPin = (code: string, pin: string) =>
    post<{ error?: string; retryAfter?: number; facilitatorToken?: string }>(server.endpoint, '/api/console', {
      code,
      pin,
    });

  it('locks the console after five wrong tries, even for the right PIN, and only for that class', async () => {
    const made = await createClass(server.endpoint);
    const other = await createClass(server.endpoint);
    for (let i = 0; i < 4; i++)
      expect(await tryPin(made.code, '0000')).toMatchObject({ status: 401, body: { error: 'wrong-pin' } });
    expect(await tryPin(made.code, '0000')).toMatchObject({ status: 423, body: { error: 'locked', retryAfter: 2 } });
    expect(await tryPin(made.code, PIN)).toMatchObject({ status: 423, body: { error: 'locked' } });
    expect((await tryPin(other.code, PIN)).status).toBe(200);
    await sleep(2100);
    const opened = await tryPin(made.code, PIN);
    expect(opened.status).toBe(200);
    const phone = await connect(server.endpoint, made.classId, opened.body.facilitatorToken ?? '');
    expect(phone.viewer).toEqual({ kind: 'facilitator' });
    phone.close();
  });

  it('stores the PIN hashed: the class record never holds it as typed', async () => {
    const made = await createClass(server.endpoint);
    const { openSqliteStore } = await import('../../src/server/store/sqlite-store');
    const store = openSqliteStore(`${server.env.DATA_DIR}/classes.sqlite`);
    const record = await store.findClass(made.classId);
    await store.close();
    expect(record?.pinHash).toMatch(/^scrypt\$/);
    expect(record?.pinHash).not.toContain(PIN);
  });
});

describe('private briefs on the wire', () => {
  const scenario = scenarioJson as unknown as Scenario;
  const briefOf = (role: string) => {
    const brief = scenario.seats.find((s) => s.id === 'nsc')?.roles.find((r) => r.id === role)?.brief;
    if (!brief) throw new Error(`no brief for ${role}`);
    return [brief.summary, ...brief.goals, ...brief.worries, ...brief.redLines, brief.owns];
  };

  it("a team's frames hold its own brief and no sentence of another team's", async () => {
    const made = await createClass(server.endpoint);
    const joined = await joinTeam(server.endpoint, made.code, 'advisers');
    const device = await rawDevice(server.endpoint, { classId: joined.classId, token: joined.token });
    await waitFor('welcome and view', () => device.messages().some(([t]) => t === 'view'));
    // Let a few rounds' worth of traffic pass, so later frames are read too.
    const facilitator = await connect(server.endpoint, made.classId, made.facilitatorToken);
    await facilitator.send({ type: 'brief.done' });
    await facilitator.send({ type: 'deliberation.done' });
    await waitFor('more views', () => device.messages().filter(([t]) => t === 'view').length >= 3);
    const wire = Buffer.concat(device.frames).toString('utf8');
    for (const sentence of briefOf('security-adviser')) expect(wire).toContain(sentence);
    for (const role of ['president', 'foreign-minister', 'defence-minister', 'opposition-leader'])
      for (const sentence of briefOf(role)) expect(wire, `${role}: ${sentence.slice(0, 40)}`).not.toContain(sentence);
    device.close();
    facilitator.close();
  });

  it("the projector's frames hold no brief at all", async () => {
    const made = await createClass(server.endpoint);
    const device = await rawDevice(server.endpoint, { classId: made.classId, token: made.projectorToken });
    await waitFor('welcome and view', () => device.messages().some(([t]) => t === 'view'));
    const wire = Buffer.concat(device.frames).toString('utf8');
    for (const role of ['president', 'security-adviser', 'foreign-minister', 'defence-minister', 'opposition-leader'])
      for (const sentence of briefOf(role)) expect(wire).not.toContain(sentence);
    device.close();
  });
});

describe('the whole game, seed included', () => {
  const answers = (device: Awaited<ReturnType<typeof rawDevice>>, id: string) =>
    device.messages().filter(([type, m]) => (m as { id?: string }).id === id && (type === 'save' || type === 'result'));

  it('goes to the projector only once the class has ended, and never to a team', async () => {
    const made = await createClass(server.endpoint);
    const joined = await joinTeam(server.endpoint, made.code, 'advisers');
    const projector = await rawDevice(server.endpoint, { classId: made.classId, token: made.projectorToken });
    const team = await rawDevice(server.endpoint, { classId: joined.classId, token: joined.token });
    projector.send('save', { id: 'early' });
    await waitFor('an answer', () => answers(projector, 'early').length > 0);
    expect(answers(projector, 'early')).toEqual([
      ['result', { id: 'early', result: { ok: false, notSent: 'forbidden' } }],
    ]);

    const facilitator = await connect(server.endpoint, made.classId, made.facilitatorToken);
    await facilitator.send({ type: 'brief.done' });
    expect(await facilitator.send({ type: 'facilitator.end' })).toEqual({ ok: true });
    await until(facilitator, 'the end', (v) => v.phase === 'ended');
    projector.send('save', { id: 'after' });
    team.send('save', { id: 'after' });
    await waitFor('both answers', () => answers(projector, 'after').length > 0 && answers(team, 'after').length > 0);
    const [[type, message]] = answers(projector, 'after') as [[string, { save: { seed: number; events: unknown[] } }]];
    expect(type).toBe('save');
    expect(message.save).toEqual(await facilitator.save());
    expect(answers(team, 'after')).toEqual([['result', { id: 'after', result: { ok: false, notSent: 'forbidden' } }]]);
    for (const device of [projector, team, facilitator]) device.close();
  });
});
