/**
 * The shared store for several server processes: PostgreSQL (`DATABASE_URL`). Same contract
 * as the SQLite store; an event is committed before the server answers.
 */
import type pg from 'pg';
import { type ClassStore, CodeTaken, type PinState } from './class-store';
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

const SCHEMA = schemaSql('BIGINT', 'BOOLEAN', 'FALSE');
const INSERT_EVENT =
  'INSERT INTO events (class_id, seq, event, request_id, device, at) VALUES ($1, $2, $3, $4, $5, $6)';
const INSERT_DEVICE =
  'INSERT INTO devices (id, class_id, token_hash, kind, team, number, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)';

/** Connects to PostgreSQL and creates the tables if they are missing. */
export async function openPostgresStore(url: string): Promise<ClassStore> {
  // Loaded here, not at the top: the server's bundle would otherwise load the client on every start.
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({ connectionString: url, max: 8 });
  // A lost connection is reported on the pool; without a listener it would end the process.
  pool.on('error', (error) => console.error(`database: ${error.message}`));
  await pool.query(SCHEMA);
  return storeOver(pool);
}

/** Runs `work` in one transaction on one connection of the pool. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The store's contract over the pool's connections. */
function storeOver(pool: pg.Pool): ClassStore {
  const rows = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[];
  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => inTransaction(pool, work);
  const pinState = async (classId: string): Promise<PinState> => {
    const [row] = await rows('SELECT pin_failures, locked_until FROM classes WHERE id = $1', [classId]);
    return { failures: Number(row?.pin_failures ?? 0), lockedUntil: Number(row?.locked_until ?? 0) };
  };

  return {
    async createClass(r, text, first, devices) {
      try {
        await transaction(async (client) => {
          await client.query('INSERT INTO scenarios (key, text) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
            r.scenarioKey,
            text,
          ]);
          await client.query(
            `INSERT INTO classes (id, code, name, scenario_key, seed, pin_hash, created_at, touched_at, ended)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [r.id, r.code, r.name, r.scenarioKey, r.seed, r.pinHash, r.createdAt, r.touchedAt, r.ended],
          );
          await client.query(INSERT_EVENT, eventColumns(r.id, first));
          for (const d of devices) await client.query(INSERT_DEVICE, deviceColumns(d));
        });
      } catch (error) {
        if ((error as { constraint?: string }).constraint === 'classes_code_key') throw new CodeTaken(r.code);
        throw error;
      }
    },
    async findClass(id) {
      const [row] = await rows('SELECT * FROM classes WHERE id = $1', [id]);
      return row && classOf(row);
    },
    async scenarioText(key) {
      const [row] = await rows('SELECT text FROM scenarios WHERE key = $1', [key]);
      return row === undefined ? undefined : String(row.text);
    },
    async findClassByCode(code) {
      const [row] = await rows('SELECT * FROM classes WHERE code = $1', [code]);
      return row && classOf(row);
    },
    async openClasses(since) {
      return (await rows('SELECT id FROM classes WHERE NOT ended AND touched_at >= $1', [since])).map((r) =>
        String(r.id),
      );
    },
    async appendEvent(classId, event, ended) {
      // One statement, so the event and the class's touch commit together in one round trip.
      await pool.query(
        `WITH added AS (${INSERT_EVENT} RETURNING class_id)
         UPDATE classes SET touched_at = $6, ended = $7 WHERE id = (SELECT class_id FROM added)`,
        [...eventColumns(classId, event), ended],
      );
    },
    async events(classId) {
      return (await rows('SELECT * FROM events WHERE class_id = $1 ORDER BY seq', [classId])).map(eventOf);
    },
    async addDevice(device) {
      await pool.query(INSERT_DEVICE, deviceColumns(device));
    },
    async deviceByToken(tokenHash) {
      const [row] = await rows('SELECT * FROM devices WHERE token_hash = $1', [tokenHash]);
      return row && deviceOf(row);
    },
    async devices(classId) {
      return (await rows('SELECT * FROM devices WHERE class_id = $1 ORDER BY number', [classId])).map(deviceOf);
    },
    async moveDevice(classId, device, team) {
      const result = await pool.query(
        "UPDATE devices SET team = $1 WHERE class_id = $2 AND id = $3 AND kind = 'team'",
        [team, classId, device],
      );
      return result.rowCount === 1;
    },
    async removeDevice(classId, device) {
      const result = await pool.query('DELETE FROM devices WHERE class_id = $1 AND id = $2', [classId, device]);
      return result.rowCount === 1;
    },
    pinState,
    async pinFailed(classId, now, maxTries, lockMs) {
      // One statement, so two wrong PINs at once on two processes both count.
      await pool.query(
        `UPDATE classes SET
           locked_until = CASE WHEN pin_failures + 1 >= $2 THEN $3 ELSE 0 END,
           pin_failures = CASE WHEN pin_failures + 1 >= $2 THEN 0 ELSE pin_failures + 1 END
         WHERE id = $1`,
        [classId, maxTries, now + lockMs],
      );
      return pinState(classId);
    },
    async pinSucceeded(classId) {
      await pool.query('UPDATE classes SET pin_failures = 0, locked_until = 0 WHERE id = $1', [classId]);
    },
    async deleteExpired(before) {
      return transaction(async (client) => {
        const deleted = await client.query('DELETE FROM classes WHERE touched_at < $1 RETURNING id', [before]);
        await client.query(ORPHAN_SCENARIOS);
        return (deleted.rows as Row[]).map((r) => String(r.id));
      });
    },
    async close() {
      await pool.end();
    },
  };
}
