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
import { classOf, deviceColumns, deviceOf, eventColumns, eventOf, type Row, schemaSql } from './store-rows';

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

  const insertClass = db.prepare(
    `INSERT INTO classes (id, code, name, scenario, seed, pin_hash, created_at, touched_at, ended)
     VALUES (@id, @code, @name, @scenario, @seed, @pinHash, @createdAt, @touchedAt, @ended)`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (class_id, seq, event, request_id, device, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertDevice = db.prepare(
    'INSERT INTO devices (id, class_id, token_hash, kind, team, number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const addDevice = (d: DeviceRecord) => insertDevice.run(...deviceColumns(d));
  const touch = db.prepare('UPDATE classes SET touched_at = ?, ended = ? WHERE id = ?');
  const writeEvent = (classId: string, e: StoredEvent) => insertEvent.run(...eventColumns(classId, e));

  const create = db.transaction((record: ClassRecord, first: StoredEvent, devices: DeviceRecord[]) => {
    insertClass.run({ ...record, ended: record.ended ? 1 : 0 });
    writeEvent(record.id, first);
    for (const d of devices) addDevice(d);
  });
  const append = (classId: string, e: StoredEvent, ended: boolean) => {
    writeEvent(classId, e);
    touch.run(e.at, ended ? 1 : 0, classId);
  };
  const commit = groupCommit(
    db.transaction((batch: Append[]) => {
      for (const a of batch) append(...a.args);
    }),
  );
  const pinState = (classId: string): PinState => {
    const row = db.prepare('SELECT pin_failures, locked_until FROM classes WHERE id = ?').get(classId) as
      | { pin_failures: number; locked_until: number }
      | undefined;
    return { failures: row?.pin_failures ?? 0, lockedUntil: row?.locked_until ?? 0 };
  };
  const pinFailed = db.transaction((classId: string, now: number, maxTries: number, lockMs: number) => {
    const failures = pinState(classId).failures + 1;
    const locked = failures >= maxTries;
    db.prepare('UPDATE classes SET pin_failures = ?, locked_until = ? WHERE id = ?').run(
      locked ? 0 : failures,
      locked ? now + lockMs : 0,
      classId,
    );
    return pinState(classId);
  });
  const expire = db.transaction((before: number) => {
    const ids = (db.prepare('SELECT id FROM classes WHERE touched_at < ?').all(before) as { id: string }[]).map(
      (r) => r.id,
    );
    for (const id of ids) db.prepare('DELETE FROM classes WHERE id = ?').run(id);
    return ids;
  });

  return {
    async createClass(record, first, devices) {
      try {
        create(record, first, devices);
      } catch (error) {
        if (String(error).includes('classes.code')) throw new CodeTaken(record.code);
        throw error;
      }
    },
    async findClass(id) {
      const row = db.prepare('SELECT * FROM classes WHERE id = ?').get(id) as Row | undefined;
      return row && classOf(row);
    },
    async findClassByCode(code) {
      const row = db.prepare('SELECT * FROM classes WHERE code = ?').get(code) as Row | undefined;
      return row && classOf(row);
    },
    async openClasses(since) {
      const rows = db.prepare('SELECT id FROM classes WHERE ended = 0 AND touched_at >= ?').all(since) as {
        id: string;
      }[];
      return rows.map((r) => r.id);
    },
    appendEvent(classId, event, ended) {
      return commit([classId, event, ended]);
    },
    async events(classId) {
      const rows = db.prepare('SELECT * FROM events WHERE class_id = ? ORDER BY seq').all(classId) as Row[];
      return rows.map(eventOf);
    },
    async addDevice(device) {
      addDevice(device);
    },
    async deviceByToken(tokenHash) {
      const row = db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash) as Row | undefined;
      return row && deviceOf(row);
    },
    async devices(classId) {
      const rows = db.prepare('SELECT * FROM devices WHERE class_id = ? ORDER BY number').all(classId) as Row[];
      return rows.map(deviceOf);
    },
    async moveDevice(classId, device, team) {
      const run = db
        .prepare("UPDATE devices SET team = ? WHERE class_id = ? AND id = ? AND kind = 'team'")
        .run(team, classId, device);
      return run.changes === 1;
    },
    async removeDevice(classId, device) {
      return db.prepare('DELETE FROM devices WHERE class_id = ? AND id = ?').run(classId, device).changes === 1;
    },
    async pinState(classId) {
      return pinState(classId);
    },
    async pinFailed(classId, now, maxTries, lockMs) {
      return pinFailed(classId, now, maxTries, lockMs);
    },
    async pinSucceeded(classId) {
      db.prepare('UPDATE classes SET pin_failures = 0, locked_until = 0 WHERE id = ?').run(classId);
    },
    async deleteExpired(before) {
      return expire(before);
    },
    async close() {
      db.close();
    },
  };
}
