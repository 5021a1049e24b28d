/**
 * One contract, two stores: every test here runs against SQLite and against a real PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Service, startPostgres } from '../../src/cli/local-services';
import {
  type ClassRecord,
  type ClassStore,
  CodeTaken,
  type DeviceRecord,
  type StoredEvent,
} from '../../src/server/store/class-store';
import { openPostgresStore } from '../../src/server/store/postgres-store';
import { openSqliteStore } from '../../src/server/store/sqlite-store';

let counter = 0;
const fresh = (over: Partial<ClassRecord> = {}): ClassRecord => {
  counter += 1;
  return {
    id: `class-${counter}-abcdef`,
    code: `CODE${String(counter).padStart(2, '0')}`,
    name: 'Period 3',
    scenarioKey: 'scenario-x',
    seed: 4_000_000_000,
    pinHash: 'scrypt$salt$hash',
    createdAt: 1000,
    touchedAt: 1000,
    ended: false,
    ...over,
  };
};
/** The text of the scenario `scenario-x` names. */
const SCENARIO = '{"id":"x"}';
const start: StoredEvent = {
  seq: 1,
  event: { type: 'game.start', length: 'short' },
  requestId: null,
  device: null,
  at: 1000,
};
const device = (classId: string, id: string, over: Partial<DeviceRecord> = {}): DeviceRecord => ({
  id,
  classId,
  tokenHash: `hash-${id}`,
  kind: 'team',
  team: 'alpha',
  number: 1,
  createdAt: 1000,
  ...over,
});

function contract(name: string, open: () => Promise<ClassStore>, close: () => Promise<void>) {
  describe(`the ${name} store`, () => {
    let store: ClassStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
      await close();
    });

    it('keeps a class with its first event and devices, found by id and by code', async () => {
      const record = fresh();
      await store.createClass(record, SCENARIO, start, [
        device(record.id, `${record.id}-f`, { kind: 'facilitator', team: null }),
      ]);
      expect(await store.findClass(record.id)).toEqual(record);
      expect(await store.findClassByCode(record.code)).toEqual(record);
      expect(await store.events(record.id)).toEqual([start]);
      expect((await store.devices(record.id)).map((d) => d.kind)).toEqual(['facilitator']);
      expect(await store.findClass('no-such-class')).toBeUndefined();
      expect(await store.scenarioText(record.scenarioKey)).toBe(SCENARIO);
    });

    it('keeps one copy of a scenario for every class that plays it, until no class does', async () => {
      const text = '{"id":"shared","title":"한국 & <b>"}';
      const old = fresh({ scenarioKey: 'scenario-shared', touchedAt: 7 });
      const kept = fresh({ scenarioKey: 'scenario-shared', touchedAt: 20_000 });
      await store.createClass(old, text, start, []);
      // A second class of the same scenario stores no second copy (its text is not even read).
      await store.createClass(kept, 'ignored: the key is already stored', start, []);
      expect(await store.scenarioText('scenario-shared')).toBe(text);
      await store.deleteExpired(10);
      expect(await store.scenarioText('scenario-shared')).toBe(text);
      await store.deleteExpired(30_000);
      expect(await store.scenarioText('scenario-shared')).toBeUndefined();
      expect(await store.scenarioText('no-such-scenario')).toBeUndefined();
    });

    it('refuses a second class with the same code, and stores nothing of it', async () => {
      const first = fresh();
      await store.createClass(first, SCENARIO, start, []);
      const second = fresh({ code: first.code });
      await expect(store.createClass(second, SCENARIO, start, [])).rejects.toBeInstanceOf(CodeTaken);
      expect(await store.findClass(second.id)).toBeUndefined();
    });

    it('appends events in order, touches the class, and refuses a number already used', async () => {
      const record = fresh();
      await store.createClass(record, SCENARIO, start, []);
      const next: StoredEvent = { seq: 2, event: { type: 'brief.done' }, requestId: 'r-1', device: 'd-1', at: 2000 };
      await store.appendEvent(record.id, next, false);
      await expect(store.appendEvent(record.id, { ...next, event: { type: 'turn.end' } }, false)).rejects.toBeTruthy();
      expect(await store.events(record.id)).toEqual([start, next]);
      expect((await store.findClass(record.id))?.touchedAt).toBe(2000);
      const rationale = 'We hold because 한국 voters are split — "quotes" & <b>text</b>';
      const play: StoredEvent = {
        seq: 3,
        event: { type: 'card.play', seat: 'nsc', card: 'c', team: 't', rationale },
        requestId: null,
        device: null,
        at: 3000,
      };
      await store.appendEvent(record.id, play, true);
      expect((await store.events(record.id))[2]).toEqual(play);
      expect((await store.findClass(record.id))?.ended).toBe(true);
    });

    it('stores appends sent all at once for several classes, and a clash fails only its own append', async () => {
      const records = [fresh(), fresh(), fresh()];
      for (const r of records) await store.createClass(r, SCENARIO, start, []);
      const event = (seq: number): StoredEvent => ({
        seq,
        event: { type: 'turn.end' },
        requestId: null,
        device: null,
        at: seq,
      });
      const appends = records.flatMap((r) => [2, 3, 4, 5].map((seq) => store.appendEvent(r.id, event(seq), false)));
      const clash = expect(store.appendEvent((records[0] as ClassRecord).id, event(1), false)).rejects.toBeTruthy();
      const more = store.appendEvent((records[1] as ClassRecord).id, event(6), false);
      await Promise.all(appends);
      await clash;
      await more;
      for (const r of records)
        expect((await store.events(r.id)).map((e) => e.seq)).toEqual(
          r === records[1] ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5],
        );
    });

    it('lists open classes: not ended and touched since the given time', async () => {
      const recent = fresh({ touchedAt: 50_000 });
      const old = fresh({ touchedAt: 10 });
      const ended = fresh({ touchedAt: 50_000, ended: true });
      for (const r of [recent, old, ended]) await store.createClass(r, SCENARIO, start, []);
      const open = await store.openClasses(40_000);
      expect(open).toContain(recent.id);
      expect(open).not.toContain(old.id);
      expect(open).not.toContain(ended.id);
    });

    it('finds a device by its token hash, moves it, removes it', async () => {
      const record = fresh();
      await store.createClass(record, SCENARIO, start, []);
      const d = device(record.id, `${record.id}-d`, { tokenHash: `${record.id}-token` });
      await store.addDevice(d);
      expect(await store.deviceByToken(d.tokenHash)).toEqual(d);
      expect(await store.moveDevice(record.id, d.id, 'beta')).toBe(true);
      expect((await store.deviceByToken(d.tokenHash))?.team).toBe('beta');
      expect(await store.moveDevice(record.id, 'nobody', 'beta')).toBe(false);
      expect(await store.removeDevice(record.id, d.id)).toBe(true);
      expect(await store.deviceByToken(d.tokenHash)).toBeUndefined();
      expect(await store.removeDevice(record.id, d.id)).toBe(false);
    });

    it('counts wrong PINs and locks on the fifth, then starts counting again', async () => {
      const record = fresh();
      await store.createClass(record, SCENARIO, start, []);
      for (let i = 1; i <= 4; i++)
        expect(await store.pinFailed(record.id, 100, 5, 60_000)).toEqual({ failures: i, lockedUntil: 0 });
      expect(await store.pinFailed(record.id, 100, 5, 60_000)).toEqual({ failures: 0, lockedUntil: 60_100 });
      expect(await store.pinState(record.id)).toEqual({ failures: 0, lockedUntil: 60_100 });
      await store.pinFailed(record.id, 70_000, 5, 60_000);
      await store.pinSucceeded(record.id);
      expect(await store.pinState(record.id)).toEqual({ failures: 0, lockedUntil: 0 });
    });

    it('deletes expired classes with their events and devices', async () => {
      const old = fresh({ touchedAt: 5 });
      const kept = fresh({ touchedAt: 99_999 });
      await store.createClass(old, SCENARIO, start, [device(old.id, `${old.id}-d`, { tokenHash: `${old.id}-t` })]);
      await store.createClass(kept, SCENARIO, start, []);
      const deleted = await store.deleteExpired(50);
      expect(deleted).toContain(old.id);
      expect(deleted).not.toContain(kept.id);
      expect(await store.findClass(old.id)).toBeUndefined();
      expect(await store.events(old.id)).toEqual([]);
      expect(await store.deviceByToken(`${old.id}-t`)).toBeUndefined();
      expect(await store.findClass(kept.id)).toBeDefined();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'red-lines-store-'));
contract(
  'SQLite',
  async () => openSqliteStore(join(dir, 'classes.sqlite')),
  async () => rmSync(dir, { recursive: true, force: true }),
);

let postgres: Service | undefined;
contract(
  'PostgreSQL',
  async () => {
    postgres = await startPostgres();
    return openPostgresStore(postgres.url);
  },
  async () => postgres?.stop(),
);
