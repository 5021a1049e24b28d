/**
 * The embedded store: one SQLite file. Each commit is flushed to disk (WAL with
 * `synchronous = FULL`), so an event is on disk, even through a power cut, before the server
 * answers. A flush costs milliseconds during which the process waits, so events that arrive
 * together (from many classes) are committed together: one transaction, one flush, per turn
 * of the event loop ("group commit"), and each waits for the commit that holds it.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  type ClassRecord,
  type ClassStore,
  CodeTaken,
  type DeviceRecord,
  type PinState,
  type StoredEvent,
} from './class-store';
import {
  classOf,
  deviceColumns,
  deviceOf,
  eventColumns,
  eventOf,
  ORPHAN_SCENARIOS,
  type Row,
  schemaSql,
} from './store-rows';

const SCHEMA = schemaSql('INTEGER', 'INTEGER', '0');

interface Append {
  args: [string, StoredEvent, boolean];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Commits the appends queued during one turn of the event loop in one transaction. If that
 * fails, each is tried alone, so one bad append (a number already used) fails only itself.
 */
function groupCommit(commitAll: (batch: Append[]) => void): (args: Append['args']) => Promise<void> {
  let queue: Append[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    try {
      commitAll(batch);
      for (const a of batch) a.resolve();
    } catch {
      for (const a of batch)
        try {
          commitAll([a]);
          a.resolve();
        } catch (error) {
          a.reject(error);
        }
    }
  };
  return (args) =>
    new Promise<void>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ args, resolve, reject });
    });
}

/** Opens (and creates if need be) the SQLite file; ':memory:' for a store that lives as long as the process. */
export function openSqliteStore(file: string): ClassStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process on the same file (a second server, a tool) waits its turn rather than failing.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return storeOver(db, writes(db), reads(db));
}

/** Every statement that reads, prepared once. */
function reads(db: Database.Database) {
  return {
    classById: db.prepare('SELECT * FROM classes WHERE id = ?'),
    classByCode: db.prepare('SELECT * FROM classes WHERE code = ?'),
    scenario: db.prepare('SELECT text FROM scenarios WHERE key = ?').pluck(),
    open: db.prepare('SELECT id FROM classes WHERE ended = 0 AND touched_at >= ?').pluck(),
    events: db.prepare('SELECT * FROM events WHERE class_id = ? ORDER BY seq'),
    device: db.prepare('SELECT * FROM devices WHERE token_hash = ?'),
    devices: db.prepare('SELECT * FROM devices WHERE class_id = ? ORDER BY number'),
    pin: db.prepare('SELECT pin_failures, locked_until FROM classes WHERE id = ?'),
  };
}

/** Every change, each an SQLite transaction (appends grouped, see `groupCommit`). */
function writes(db: Database.Database) {
  const insertScenario = db.prepare('INSERT OR IGNORE INTO scenarios (key, text) VALUES (?, ?)');
  const insertClass = db.prepare(
    `INSERT INTO classes (id, code, name, scenario_key, seed, pin_hash, created_at, touched_at, ended)
     VALUES (@id, @code, @name, @scenarioKey, @seed, @pinHash, @createdAt, @touchedAt, @ended)`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (class_id, seq, event, request_id, device, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertDevice = db.prepare(
    'INSERT INTO devices (id, class_id, token_hash, kind, team, number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const touch = db.prepare('UPDATE classes SET touched_at = ?, ended = ? WHERE id = ?');
  const setPin = db.prepare('UPDATE classes SET pin_failures = ?, locked_until = ? WHERE id = ?');
  const expired = db.prepare('SELECT id FROM classes WHERE touched_at < ?').pluck();
  const deleteClass = db.prepare('DELETE FROM classes WHERE id = ?');
  const orphans = db.prepare(ORPHAN_SCENARIOS);
  const addDevice = (d: DeviceRecord) => insertDevice.run(...deviceColumns(d));
  const writeEvent = (classId: string, e: StoredEvent) => insertEvent.run(...eventColumns(classId, e));
  return {
    addDevice,
    setPin,
    moveDevice: db.prepare("UPDATE devices SET team = ? WHERE class_id = ? AND id = ? AND kind = 'team'"),
    removeDevice: db.prepare('DELETE FROM devices WHERE class_id = ? AND id = ?'),
    create: db.transaction((record: ClassRecord, text: string, first: StoredEvent, devices: DeviceRecord[]) => {
      insertScenario.run(record.scenarioKey, text);
      insertClass.run({ ...record, ended: record.ended ? 1 : 0 });
      writeEvent(record.id, first);
      for (const d of devices) addDevice(d);
    }),
    commit: groupCommit(
      db.transaction((batch: Append[]) => {
        for (const { args } of batch) {
          const [classId, e, ended] = args;
          writeEvent(classId, e);
          touch.run(e.at, ended ? 1 : 0, classId);
        }
      }),
    ),
    expire: db.transaction((before: number) => {
      const ids = expired.all(before) as string[];
      for (const id of ids) deleteClass.run(id);
      orphans.run();
      return ids;
    }),
  };
}

type Reads = ReturnType<typeof reads>;
type Writes = ReturnType<typeof writes>;

/** The store's contract over the prepared statements. */
function storeOver(db: Database.Database, w: Writes, r: Reads): ClassStore {
  const pinState = (classId: string): PinState => {
    const row = r.pin.get(classId) as { pin_failures: number; locked_until: number } | undefined;
    return { failures: row?.pin_failures ?? 0, lockedUntil: row?.locked_until ?? 0 };
  };
  const pinFailed = db.transaction((classId: string, now: number, maxTries: number, lockMs: number) => {
    const failures = pinState(classId).failures + 1;
    const locked = failures >= maxTries;
    w.setPin.run(locked ? 0 : failures, locked ? now + lockMs : 0, classId);
    return pinState(classId);
  });
  const classFrom = (row: unknown) => (row === undefined ? undefined : classOf(row as Row));
  return {
    async createClass(record, text, first, devices) {
      try {
        w.create(record, text, first, devices);
      } catch (error) {
        if (String(error).includes('classes.code')) throw new CodeTaken(record.code);
        throw error;
      }
    },
    findClass: async (id) => classFrom(r.classById.get(id)),
    findClassByCode: async (code) => classFrom(r.classByCode.get(code)),
    scenarioText: async (key) => r.scenario.get(key) as string | undefined,
    openClasses: async (since) => r.open.all(since) as string[],
    appendEvent: (classId, event, ended) => w.commit([classId, event, ended]),
    events: async (classId) => (r.events.all(classId) as Row[]).map(eventOf),
    async addDevice(device) {
      w.addDevice(device);
    },
    deviceByToken: async (tokenHash) => {
      const row = r.device.get(tokenHash) as Row | undefined;
      return row && deviceOf(row);
    },
    devices: async (classId) => (r.devices.all(classId) as Row[]).map(deviceOf),
    moveDevice: async (classId, device, team) => w.moveDevice.run(team, classId, device).changes === 1,
    removeDevice: async (classId, device) => w.removeDevice.run(classId, device).changes === 1,
    pinState: async (classId) => pinState(classId),
    pinFailed: async (classId, now, maxTries, lockMs) => pinFailed(classId, now, maxTries, lockMs),
    async pinSucceeded(classId) {
      w.setPin.run(0, 0, classId);
    },
    deleteExpired: async (before) => w.expire(before),
    async close() {
      db.close();
    },
  };
}
