/**
 * What a join costs the class: the device's token is read once, and the class's line (who is
 * done, who is online) reaches the devices already there only when the join changed it, while
 * the device that joins always receives it. The server runs in this process, so the test can
 * count the store's token reads; the devices are real, over real WebSockets.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../src/cli/local-services';
import { type RunningServer, startClassServer } from '../../src/server/class-server';
import { configFrom } from '../../src/server/config';
import { bundledScenarios } from '../../src/server/scenarios';
import type { RemoteSession } from '../../src/session/remote-session';
import { connect, createClass, joinTeam } from './support/classroom';
import { type RawDevice, rawDevice } from './support/raw-device';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let server: RunningServer;
let endpoint: string;
let tokenReads = 0;
const sessions: RemoteSession[] = [];
const raws: RawDevice[] = [];

beforeAll(async () => {
  const config = configFrom(
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'red-lines-join-')) },
    ROOT,
  );
  server = await startClassServer(config, { log: () => undefined, scenarios: bundledScenarios(ROOT) });
  endpoint = `http://127.0.0.1:${server.port}`;
  const store = server.context.store;
  const read = store.deviceByToken.bind(store);
  store.deviceByToken = (hash) => {
    tokenReads += 1;
    return read(hash);
  };
});
afterAll(async () => {
  for (const s of sessions) s.close();
  for (const r of raws) r.close();
  await server?.close();
});

async function device(classId: string, token: string): Promise<RemoteSession> {
  const session = await connect(endpoint, classId, token);
  sessions.push(session);
  return session;
}

/** The console's request answered: every frame the server sent it before is in. */
async function settled(console: RawDevice, id: string) {
  console.send('save', { id });
  await waitFor(
    'the save',
    () => console.messages().some(([type, m]) => type === 'save' && (m as { id: string }).id === id),
    10_000,
  );
}

describe('a join', () => {
  it("reads the device's token once", async () => {
    const made = await createClass(endpoint);
    const joined = await joinTeam(endpoint, made.code, 'advisers');
    const before = tokenReads;
    await device(joined.classId, joined.token);
    expect(tokenReads - before).toBe(1);
    const projector = tokenReads;
    await device(made.classId, made.projectorToken);
    expect(tokenReads - projector).toBe(1);
  });

  it('tells the devices already there only what changed, and the device that joins all of it', async () => {
    const made = await createClass(endpoint);
    const console = await rawDevice(endpoint, { classId: made.classId, token: made.facilitatorToken });
    raws.push(console);
    const lines = () => console.messages().filter(([type]) => type === 'class');
    await waitFor("the console's line", () => lines().length === 1, 10_000);
    // The projector and a second device of a team already online change nobody's line.
    await device(made.classId, made.projectorToken);
    const first = await joinTeam(endpoint, made.code, 'presidents');
    const presidents = await device(first.classId, first.token);
    await waitFor('the line on the team', () => presidents.classNow().online.length === 1, 10_000);
    const second = await joinTeam(endpoint, made.code, 'presidents');
    const again = await device(second.classId, second.token);
    // The second device is sent the line although it did not change: once it holds it, the line is out.
    await waitFor('the line on the second device', () => again.classNow().online.length === 1, 10_000);
    await settled(console, 'after-joins');
    expect(lines().map(([, m]) => m)).toEqual([
      { done: [], online: [] },
      { done: [], online: ['presidents'] },
    ]);
    expect(presidents.classNow()).toEqual({ done: [], online: ['presidents'] });
    expect(again.classNow()).toEqual({ done: [], online: ['presidents'] });
    const rosters = console.messages().filter(([type]) => type === 'roster');
    const last = rosters[rosters.length - 1]?.[1] as { devices: { id: string; state: string }[] };
    expect(last.devices.filter((d) => d.state === 'online').map((d) => d.id)).toEqual(
      expect.arrayContaining([first.device, second.device]),
    );
    expect(last.devices.filter((d) => d.state === 'online')).toHaveLength(4);
  });
});
