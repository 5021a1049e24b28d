/**
 * What the two stores share: the tables (SQLite and PostgreSQL differ only in the names of two
 * column types) and the reading of a row back into a record, whichever driver returned it.
 */
import type { PlayerEvent } from '../../engine/game-events';
import type { ClassRecord, DeviceKind, DeviceRecord, StoredEvent } from './class-store';

/** The tables, with the dialect's type for large integers (times, seeds) and for true/false. */
export const schemaSql = (big: string, bool: string, no: string) => `
CREATE TABLE IF NOT EXISTS scenarios (key TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  scenario_key TEXT NOT NULL REFERENCES scenarios(key),
  seed ${big} NOT NULL, pin_hash TEXT NOT NULL, pin_failures INTEGER NOT NULL DEFAULT 0,
  locked_until ${big} NOT NULL DEFAULT 0, created_at ${big} NOT NULL, touched_at ${big} NOT NULL,
  ended ${bool} NOT NULL DEFAULT ${no}
);
CREATE TABLE IF NOT EXISTS events (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  event TEXT NOT NULL, request_id TEXT, device TEXT, at ${big} NOT NULL, PRIMARY KEY (class_id, seq)
);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY, class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, team TEXT, number INTEGER NOT NULL,
  created_at ${big} NOT NULL
);
CREATE INDEX IF NOT EXISTS devices_by_class ON devices(class_id);
CREATE INDEX IF NOT EXISTS classes_by_touch ON classes(touched_at);
CREATE INDEX IF NOT EXISTS classes_by_scenario ON classes(scenario_key);
`;

/** Deletes the scenarios no class plays any more (after expired classes were deleted). */
export const ORPHAN_SCENARIOS = 'DELETE FROM scenarios WHERE key NOT IN (SELECT scenario_key FROM classes)';

/** A row as a driver returns it: PostgreSQL gives large integers as strings, SQLite gives true as 1. */
export type Row = Record<string, unknown>;

const num = (v: unknown) => Number(v);
const str = (v: unknown) => String(v);
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export const classOf = (r: Row): ClassRecord => ({
  id: str(r.id),
  code: str(r.code),
  name: str(r.name),
  scenarioKey: str(r.scenario_key),
  seed: num(r.seed),
  pinHash: str(r.pin_hash),
  createdAt: num(r.created_at),
  touchedAt: num(r.touched_at),
  ended: r.ended === true || r.ended === 1,
});

export const eventOf = (r: Row): StoredEvent => ({
  seq: num(r.seq),
  event: JSON.parse(str(r.event)) as PlayerEvent,
  requestId: strOrNull(r.request_id),
  device: strOrNull(r.device),
  at: num(r.at),
});

export const deviceOf = (r: Row): DeviceRecord => ({
  id: str(r.id),
  classId: str(r.class_id),
  tokenHash: str(r.token_hash),
  kind: str(r.kind) as DeviceKind,
  team: strOrNull(r.team),
  number: num(r.number),
  createdAt: num(r.created_at),
});

/** An event's and a device's columns, in the order both stores insert them. */
export const eventColumns = (classId: string, e: StoredEvent) => [
  classId,
  e.seq,
  JSON.stringify(e.event),
  e.requestId,
  e.device,
  e.at,
];
export const deviceColumns = (d: DeviceRecord) => [d.id, d.classId, d.tokenHash, d.kind, d.team, d.number, d.createdAt];
