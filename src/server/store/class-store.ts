/**
 * Where classes live between restarts: one small interface with two implementations, SQLite
 * (the default, one file) and PostgreSQL (`DATABASE_URL`), held to the same contract by one
 * test suite. A class is its record, its devices and its event log: the game is rebuilt from
 * the log with the engine, so nothing derived is stored. Nothing personal beyond what the
 * events carry (team names, rationales, the facilitator's injects) is kept: no names, no
 * addresses, no browser details; tokens and the PIN only as hashes.
 */
import type { PlayerEvent } from '../../engine/game-events';

export interface ClassRecord {
  id: string;
  /** The join code, unique among the classes stored. */
  code: string;
  /** The name the teacher gave the class ('' when none). */
  name: string;
  /**
   * Names the scenario's JSON text (its SHA-256), kept whole in the store so the class replays
   * even after the game's scenarios change; classes of one scenario share one copy of it.
   */
  scenarioKey: string;
  seed: number;
  /** The facilitator's PIN, hashed with scrypt (see pin.ts). */
  pinHash: string;
  createdAt: number;
  /** The last time anything happened in the class; it expires a set time after this. */
  touchedAt: number;
  ended: boolean;
}

/** One accepted event, numbered from 1: `seq` is the game's version once it is applied. */
export interface StoredEvent {
  seq: number;
  event: PlayerEvent;
  /** The request id the device chose, so a resent intent is answered, not applied twice. */
  requestId: string | null;
  device: string | null;
  at: number;
}

export type DeviceKind = 'team' | 'projector' | 'facilitator';

export interface DeviceRecord {
  id: string;
  classId: string;
  /** SHA-256 of the device's token: the token itself is never stored. */
  tokenHash: string;
  kind: DeviceKind;
  /** The team a team device plays for (null for the projector and the console). */
  team: string | null;
  /** Shown on the console ("device 4"): devices carry no names. */
  number: number;
  createdAt: number;
}

export interface PinState {
  failures: number;
  lockedUntil: number;
}

export interface ClassStore {
  /**
   * Stores a new class with its scenario's text (once per key), its first event and first devices,
   * all or nothing. Throws if the code is taken.
   */
  createClass(record: ClassRecord, scenarioText: string, first: StoredEvent, devices: DeviceRecord[]): Promise<void>;
  findClass(id: string): Promise<ClassRecord | undefined>;
  /** The text of a stored class's scenario, by its key. */
  scenarioText(key: string): Promise<string | undefined>;
  findClassByCode(code: string): Promise<ClassRecord | undefined>;
  /** The classes to bring back after a restart: not ended, touched at or after `since`. */
  openClasses(since: number): Promise<string[]>;
  /**
   * Appends one accepted event and touches the class, in one transaction. Throws if an event
   * with that number is already there (two writers would be a bug: the log never forks).
   */
  appendEvent(classId: string, event: StoredEvent, ended: boolean): Promise<void>;
  events(classId: string): Promise<StoredEvent[]>;
  addDevice(device: DeviceRecord): Promise<void>;
  deviceByToken(tokenHash: string): Promise<DeviceRecord | undefined>;
  devices(classId: string): Promise<DeviceRecord[]>;
  /** Moves a team device to another team; false when there is no such device. */
  moveDevice(classId: string, device: string, team: string): Promise<boolean>;
  removeDevice(classId: string, device: string): Promise<boolean>;
  pinState(classId: string): Promise<PinState>;
  /** Counts a wrong PIN; the `maxTries`-th in a row locks the console until `now + lockMs`. */
  pinFailed(classId: string, now: number, maxTries: number, lockMs: number): Promise<PinState>;
  pinSucceeded(classId: string): Promise<void>;
  /** Deletes classes untouched since `before`, with their events, devices and scenarios no class plays; returns their ids. */
  deleteExpired(before: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Thrown by `createClass` when the join code is already used, so the caller draws another. */
export class CodeTaken extends Error {
  constructor(code: string) {
    super(`join code ${code} is taken`);
  }
}
