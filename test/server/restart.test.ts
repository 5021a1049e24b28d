/**
 * The server process is killed with SIGKILL in the middle of a round while the console and
 * the teams keep sending, then started again: every device comes back by itself to the
 * identical game, and no acknowledged event is missing. Once on SQLite, once on PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type Service, startPostgres, waitFor } from '../../src/cli/local-services';
import { startServer } from '../../src/cli/server-process';
import type { RemoteSession } from '../../src/session/remote-session';
import type { Intent, IntentResult } from '../../src/session/session';
import { connect, createClass, joinTeam, openCard, until } from './support/classroom';
import { canonical, replayedView } from './support/replayed';

interface Sent {
  intent: Intent;
  result: IntentResult;
}

/** The console keeps extending the timer (each extension is one stored event, told apart by its seconds). */
async function consoleStream(facilitator: RemoteSession, count: number, sent: Sent[]) {
  for (let i = 1; i <= count; i++) {
    const intent: Intent = { type: 'facilitator.extend', seconds: i };
    sent.push({ intent, result: await facilitator.send(intent) });
  }
}

/** A stored event is the intent sent (a team's card is stored with the team's name filled in). */
const same = (event: Intent, intent: Intent) =>
  event.type === 'card.play' && intent.type === 'card.play'
    ? event.card === intent.card
    : JSON.stringify(event) === JSON.stringify(intent);

async function killMidRound(env: Record<string, string>) {
  let server = await startServer(env);
  const sessions: RemoteSession[] = [];
  try {
    const made = await createClass(server.endpoint);
    const facilitator = await connect(server.endpoint, made.classId, made.facilitatorToken, 15_000);
    sessions.push(facilitator);
    const team = async (id: string) => {
      const joined = await joinTeam(server.endpoint, made.code, id);
      const session = await connect(server.endpoint, joined.classId, joined.token, 15_000);
      sessions.push(session);
      return session;
    };
    const presidents = await team('presidents');
    const advisers = await team('advisers');
    await team('diplomats');
    sessions.push(await connect(server.endpoint, made.classId, made.projectorToken, 15_000));
    await facilitator.send({ type: 'brief.done' });
    await facilitator.send({ type: 'deliberation.done' });
    const sent: Sent[] = [];
    const stream = consoleStream(facilitator, 40, sent);
    await until(presidents, 'decide', (v) => v.phase === 'decide');
    // A team's proposal to the council (Seoul's teams propose; the President's team decides later).
    const play: Intent = { type: 'card.propose', seat: 'nsc', card: openCard(presidents), team: 'presidents' };
    const played = await presidents.send(play);
    expect(played).toEqual({ ok: true });
    sent.push({ intent: play, result: played });
    await waitFor('events before the crash', () => sent.filter((s) => s.result.ok).length >= 12);
    await server.kill('SIGKILL');
    const killedAt = Date.now();
    const during = advisers.send({ type: 'card.propose', seat: 'nsc', card: openCard(advisers), team: 'advisers' });
    server = await server.restart();
    await stream;
    const duringResult = await during;
    for (const s of sessions) await waitFor('reconnected', () => s.connection() === 'open', 15_000);
    const resumedMs = Date.now() - killedAt;
    const save = await facilitator.save();
    // Every acknowledged intent is in the stored game, exactly once.
    for (const s of sent.filter((x) => x.result.ok))
      expect(save.events.filter((e) => same(e, s.intent))).toHaveLength(1);
    expect(sent.filter((x) => x.result.ok).length).toBeGreaterThan(12);
    // Nothing hung: every intent was answered, and one sent while the server was down was answered too.
    expect(sent).toHaveLength(41);
    expect(duringResult.ok || 'notSent' in duringResult || 'refusal' in duringResult).toBe(true);
    // Every device shows what the engine makes of the stored game, for its own viewer.
    for (const s of sessions)
      await waitFor('the identical game', () => canonical(s.view()) === canonical(replayedView(save, s.viewer)));
    return { resumedMs, acked: sent.filter((x) => x.result.ok).length };
  } finally {
    for (const s of sessions) s.close();
    await server.kill();
  }
}

describe('a server killed mid-round', () => {
  it('on SQLite: every device back on the identical game, no acknowledged event lost', async () => {
    const outcome = await killMidRound({});
    expect(outcome.acked).toBeGreaterThan(12);
  });

  let postgres: Service | undefined;
  afterAll(async () => postgres?.stop());
  it('on PostgreSQL: the same', async () => {
    postgres = await startPostgres();
    const outcome = await killMidRound({ DATABASE_URL: postgres.url });
    expect(outcome.acked).toBeGreaterThan(12);
  });
});
