/**
 * A class over real WebSockets: devices join by code and pick a team, teams act at the same
 * time, the console runs the round, and each token is good for its own place and nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import type { RemoteSession } from '../../src/session/remote-session';
import { adopt, connect, createClass, joinTeam, openCard, PIN, post, propose, TEAMS, until } from './support/classroom';

let server: ServerProcess;
const sessions: RemoteSession[] = [];
const open = async (classId: string, token: string) => {
  const s = await connect(server.endpoint, classId, token);
  sessions.push(s);
  return s;
};

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const s of sessions) s.close();
  await server?.kill();
});

describe('joining by code', () => {
  it('shows the class and its teams for a code typed in lower case with a dash, and nothing for an unknown code', async () => {
    const made = await createClass(server.endpoint);
    expect(made.code).toMatch(/^[ACDEFHJKMNPRTUVWXY34679]{6}$/);
    const typed = `${made.code.slice(0, 3)}-${made.code.slice(3)}`.toLowerCase();
    const found = await fetch(`${server.endpoint}/api/classes/${typed}`);
    expect(found.status).toBe(200);
    const body = (await found.json()) as { classId: string; teams: { id: string }[]; title: string };
    expect(body.classId).toBe(made.classId);
    expect(body.teams.map((t) => t.id)).toEqual(TEAMS.map((t) => t.id));
    expect(body.title).toContain('Seoul');
    const other = made.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    expect((await fetch(`${server.endpoint}/api/classes/${other}`)).status).toBe(404);
    expect((await fetch(`${server.endpoint}/api/classes/0O1IL5`)).status).toBe(400);
  });

  it("refuses a team that is not in the teacher's list", async () => {
    const made = await createClass(server.endpoint);
    const refused = await post(server.endpoint, '/api/join', { code: made.code, team: 'intruders' });
    expect(refused.status).toBe(400);
  });

  it('gives a team device its team view and only its own role brief', async () => {
    const made = await createClass(server.endpoint);
    const joined = await joinTeam(server.endpoint, made.code, 'advisers');
    const team = await open(joined.classId, joined.token);
    expect(team.viewer).toEqual({ kind: 'team', team: 'advisers' });
    expect(team.view().viewer).toEqual({ kind: 'team', team: 'advisers' });
    const roles = team.scenario.seats.find((s) => s.id === 'nsc')?.roles ?? [];
    expect(roles.find((r) => r.id === 'security-adviser')?.brief.summary).not.toBe('');
    expect(roles.find((r) => r.id === 'president')?.brief.summary).toBe('');
    expect(team.view().hand.length).toBeGreaterThan(0);
  });
});

describe('a round with teams acting at the same time', () => {
  it('accepts both teams\u2019 proposals sent together, the President\u2019s team adopts both, and every device sees both cards', async () => {
    const made = await createClass(server.endpoint);
    const facilitator = await open(made.classId, made.facilitatorToken);
    const projector = await open(made.classId, made.projectorToken);
    const a = await joinTeam(server.endpoint, made.code, 'presidents');
    const b = await joinTeam(server.endpoint, made.code, 'diplomats');
    const presidents = await open(a.classId, a.token);
    const diplomats = await open(b.classId, b.token);
    expect(await facilitator.send({ type: 'brief.done' })).toEqual({ ok: true });
    expect(await facilitator.send({ type: 'deliberation.done' })).toEqual({ ok: true });
    await until(presidents, 'decide', (v) => v.phase === 'decide');
    const cards = [openCard(presidents), openCard(diplomats)];
    const [p, d] = await Promise.all([propose(presidents, cards[0] ?? ''), propose(diplomats, cards[1] ?? '')]);
    expect(p).toEqual({ ok: true });
    expect(d).toEqual({ ok: true });
    // Until the chair decides, a proposal is not a card played.
    await until(facilitator, 'both proposals', (v) => v.council?.proposals.length === 2);
    expect(facilitator.view().playedThisRound).toEqual([]);
    expect(await adopt(presidents, cards)).toEqual({ ok: true });
    for (const s of [facilitator, projector, presidents, diplomats])
      await until(s, 'both cards', (v) => v.playedThisRound.length === 2);
    const plays = projector.view().log.filter((e) => e.kind === 'card');
    expect(plays.map((e) => (e.kind === 'card' ? e.team : '')).sort()).toEqual(['diplomats', 'presidents']);
    expect(projector.view().hand).toEqual([]);
    expect(await facilitator.send({ type: 'turn.end' })).toEqual({ ok: true });
    await until(diplomats, 'resolve', (v) => v.phase === 'resolve');
  });

  it('marks a team done for the phase, tells everyone, and clears the marks when the phase moves on', async () => {
    const made = await createClass(server.endpoint);
    const facilitator = await open(made.classId, made.facilitatorToken);
    const a = await joinTeam(server.endpoint, made.code, 'presidents');
    const presidents = await open(a.classId, a.token);
    expect(await presidents.markDone(true)).toEqual({ ok: true });
    await until(facilitator, 'done mark', () => facilitator.classNow().done.includes('presidents'));
    expect(facilitator.roster()?.devices.find((d) => d.id === a.device)).toMatchObject({ state: 'online', done: true });
    expect(await facilitator.markDone(true)).toEqual({ ok: false, notSent: 'forbidden' });
    expect(await facilitator.send({ type: 'brief.done' })).toEqual({ ok: true });
    await until(presidents, 'marks cleared', () => presidents.classNow().done.length === 0);
  });

  it('refuses by the rules with the engine\u2019s reason, and gives the console the save', async () => {
    const made = await createClass(server.endpoint);
    const facilitator = await open(made.classId, made.facilitatorToken);
    const refused = await facilitator.send({ type: 'turn.end' });
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'wrong-phase' } });
    expect(await facilitator.send({ type: 'brief.done' })).toEqual({ ok: true });
    const save = await facilitator.save();
    expect(save.events.map((e) => e.type)).toEqual(['game.start', 'brief.done']);
    expect(save.scenarioId).toBe('seoul-2024');
  });
});

describe("the deliberation's clock, kept by the server", () => {
  it('counts alike on every device, stands still while paused, and ends the phase on time with a stored event', async () => {
    const made = await post<{ classId: string; code: string; facilitatorToken: string; projectorToken: string }>(
      server.endpoint,
      '/api/classes',
      {
        scenarioId: 'seoul-2024',
        start: { type: 'game.start', length: 'short', teams: TEAMS, deliberationSeconds: 10 },
        pin: PIN,
      },
    );
    const facilitator = await open(made.body.classId, made.body.facilitatorToken);
    const projector = await open(made.body.classId, made.body.projectorToken);
    expect(facilitator.deliberationLeft()).toBeNull();
    await facilitator.send({ type: 'brief.done' });
    await until(projector, 'deliberate', (v) => v.phase === 'deliberate');
    const left = projector.deliberationLeft();
    expect(left?.paused).toBe(false);
    expect(left?.seconds).toBeGreaterThan(7);
    expect(left?.seconds).toBeLessThanOrEqual(10);
    expect(await facilitator.send({ type: 'facilitator.pause' })).toEqual({ ok: true });
    await until(projector, 'paused', (v) => v.paused);
    const held = projector.deliberationLeft()?.seconds ?? 0;
    expect(projector.deliberationLeft()?.paused).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(projector.deliberationLeft()?.seconds).toBe(held);
    expect(facilitator.deliberationLeft()?.seconds).toBe(held);
    await facilitator.send({ type: 'facilitator.resume' });
    const resumedAt = Date.now();
    await until(projector, 'the clock ran out', (v) => v.phase === 'decide', 20_000);
    // It ran out no sooner than the time left when paused.
    expect(Date.now() - resumedAt).toBeGreaterThanOrEqual(held * 1000 - 500);
    expect(projector.deliberationLeft()).toBeNull();
    const save = await facilitator.save();
    expect(save.events.map((e) => e.type).slice(-1)).toEqual(['deliberation.done']);
  });
});

describe('tokens: each is good for its own place and nothing more', () => {
  it('a team token cannot run the round, act for another team, manage devices or read the save', async () => {
    const made = await createClass(server.endpoint);
    const facilitator = await open(made.classId, made.facilitatorToken);
    const a = await joinTeam(server.endpoint, made.code, 'presidents');
    const presidents = await open(a.classId, a.token);
    expect(await presidents.send({ type: 'brief.done' })).toEqual({ ok: false, notSent: 'forbidden' });
    expect(await presidents.send({ type: 'facilitator.pause' })).toEqual({ ok: false, notSent: 'forbidden' });
    await facilitator.send({ type: 'brief.done' });
    await facilitator.send({ type: 'deliberation.done' });
    await until(presidents, 'decide', (v) => v.phase === 'decide');
    const forged = await presidents.send({
      type: 'card.play',
      seat: 'nsc',
      card: 'share-intelligence',
      team: 'advisers',
    });
    expect(forged).toEqual({ ok: false, notSent: 'forbidden' });
    const notMine = await propose(presidents, 'share-intelligence');
    expect(notMine).toMatchObject({ ok: false, refusal: { code: 'role-owned' } });
    // A card is not played straight from the council: its team proposes it, and the chair decides.
    const direct = await presidents.send({ type: 'card.play', seat: 'nsc', card: openCard(presidents) });
    expect(direct).toMatchObject({ ok: false, refusal: { code: 'propose-instead' } });
    expect(await presidents.moveDevice(a.device, 'advisers')).toEqual({ ok: false, notSent: 'forbidden' });
    await expect(presidents.save()).rejects.toThrow();
    expect(facilitator.view().playedThisRound).toEqual([]);
  });

  it('the projector only watches', async () => {
    const made = await createClass(server.endpoint);
    const projector = await open(made.classId, made.projectorToken);
    expect(projector.viewer).toEqual({ kind: 'projector' });
    expect(await projector.send({ type: 'brief.done' })).toEqual({ ok: false, notSent: 'forbidden' });
    const nsc = projector.scenario.seats.find((s) => s.id === 'nsc');
    expect(nsc?.roles.every((r) => r.brief.summary === '')).toBe(true);
  });

  it('a token of one class does not open another class, and a made-up token opens nothing', async () => {
    const first = await createClass(server.endpoint);
    const second = await createClass(server.endpoint);
    await expect(connect(server.endpoint, second.classId, first.facilitatorToken)).rejects.toBeTruthy();
    await expect(connect(server.endpoint, first.classId, 'x'.repeat(43))).rejects.toBeTruthy();
  });

  it('the console moves a device to another team and removes one; a removed device is closed and its token dead', async () => {
    const made = await createClass(server.endpoint);
    const facilitator = await open(made.classId, made.facilitatorToken);
    const a = await joinTeam(server.endpoint, made.code, 'presidents');
    const b = await joinTeam(server.endpoint, made.code, 'diplomats');
    const moved = await open(a.classId, a.token);
    const removed = await open(b.classId, b.token);
    expect(await facilitator.moveDevice(a.device, 'advisers')).toEqual({ ok: true });
    await until(moved, 'moved', (v) => v.viewer.kind === 'team' && v.viewer.team === 'advisers');
    expect(moved.viewer).toEqual({ kind: 'team', team: 'advisers' });
    const roles = moved.scenario.seats.find((s) => s.id === 'nsc')?.roles ?? [];
    expect(roles.find((r) => r.id === 'security-adviser')?.brief.summary).not.toBe('');
    expect(roles.find((r) => r.id === 'president')?.brief.summary).toBe('');
    expect(await facilitator.removeDevice(b.device)).toEqual({ ok: true });
    await until(removed, 'closed', () => removed.connection() === 'closed');
    expect(removed.closedBecause()).toBe('removed');
    await expect(connect(server.endpoint, b.classId, b.token)).rejects.toBeTruthy();
    await until(facilitator, 'roster', () => !facilitator.roster()?.devices.some((d) => d.id === b.device));
  });

  it('the console opens on another device with the PIN', async () => {
    const made = await createClass(server.endpoint);
    const opened = await post<{ facilitatorToken: string; classId: string }>(server.endpoint, '/api/console', {
      code: made.code,
      pin: PIN,
    });
    expect(opened.status).toBe(200);
    const phone = await open(opened.body.classId, opened.body.facilitatorToken);
    expect(phone.viewer).toEqual({ kind: 'facilitator' });
  });
});
