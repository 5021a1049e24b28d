/**
 * Saved sessions in the browser. Each session is the save (seed + events, exactly what
 * `saveOf` gives) plus what the list shows (name, teams, scenario, round, times) and who holds
 * the device. The facilitator's PIN is kept under its own key, so it is never in a save file.
 *
 * Storage is localStorage, not IndexedDB: a write is synchronous, so the event that was just
 * played is on disk before the next one can happen, even if the tab is closed at once; a
 * save is a few kilobytes, far below the few megabytes localStorage allows; and it needs no
 * asynchronous open that could race with a reload. Every failure (storage full, storage
 * blocked in private browsing, `SecurityError`) is returned, never thrown, so play goes on.
 */
import { type Save, SaveSchema } from '../engine/save';
import { tabGet, tabRemove, tabSet } from './tab-storage';

const PREFIX = 'red-lines.session.';
const PIN_PREFIX = 'red-lines.pin.';
/** A scenario opened from a file for a class, kept while a saved session needs it to replay. */
const SCENARIO_PREFIX = 'red-lines.scenario.';
/** The session this tab is playing, so a reload resumes it; per tab, so two tabs do not fight. */
const ACTIVE_KEY = 'red-lines.active';

/** What the list of saved sessions shows about one. */
export interface SessionMeta {
  id: string;
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  teams: string[];
  round: number;
  rounds: number;
  /** The ending's label once the game has ended, else ''. */
  ending: string;
  created: number;
  updated: number;
  /** A game played alone (no teams, no console), listed so that it can be gone on with. */
  solo?: true;
  /** The interface's language the class was started in (`ko`, `en`): it is resumed and exported in it. */
  lang?: string;
}

export interface StoredSession {
  meta: SessionMeta;
  save: Save;
  /** The classroom screens' own state (who holds the device), restored on resume. */
  ui?: unknown;
}

export type StorageProblem = { reason: 'unavailable' } | { reason: 'full' } | { reason: 'failed'; error: string };

const UNAVAILABLE: StorageProblem = { reason: 'unavailable' };

export type StoreResult = { ok: true } | ({ ok: false } & StorageProblem);

/** The browser's localStorage, or the reason it cannot be had (private modes and sandboxes throw here). */
export function browserStorage(): { storage: Storage } | { storage: null; problem: StorageProblem } {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return { storage: null, problem: { reason: 'unavailable' } };
    return { storage };
  } catch {
    return { storage: null, problem: { reason: 'unavailable' } };
  }
}

function problemOf(error: unknown): StorageProblem {
  if (error instanceof DOMException) {
    if (error.name === 'QuotaExceededError' || error.code === 22) return { reason: 'full' };
    if (error.name === 'SecurityError') return { reason: 'unavailable' };
  }
  return { reason: 'failed', error: error instanceof Error ? error.message : String(error) };
}

/** Reads a stored record back, refusing anything that is not a whole session. */
function readRecord(text: string | null): StoredSession | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as { meta?: Partial<SessionMeta>; save?: unknown; ui?: unknown };
    const meta = value.meta;
    const save = SaveSchema.safeParse(value.save);
    if (!save.success || !meta || typeof meta.id !== 'string' || typeof meta.name !== 'string') return undefined;
    const whole: SessionMeta = {
      id: meta.id,
      name: meta.name,
      scenarioId: String(meta.scenarioId ?? save.data.scenarioId),
      scenarioTitle: String(meta.scenarioTitle ?? ''),
      teams: Array.isArray(meta.teams) ? meta.teams.map(String) : [],
      round: Number(meta.round ?? 0),
      rounds: Number(meta.rounds ?? 0),
      ending: String(meta.ending ?? ''),
      created: Number(meta.created ?? 0),
      updated: Number(meta.updated ?? 0),
      ...(meta.solo === true ? { solo: true as const } : {}),
      ...(typeof meta.lang === 'string' ? { lang: meta.lang } : {}),
    };
    return value.ui === undefined ? { meta: whole, save: save.data } : { meta: whole, save: save.data, ui: value.ui };
  } catch {
    return undefined;
  }
}

function scenarioKey(id: string, version: string): string {
  return `${SCENARIO_PREFIX}${id}@${version}`;
}

/** A new session id: time first, so ids sort roughly by creation, then chance against collisions. */
export function newSessionId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

/** The saved sessions of this browser. With no storage at all, every call answers "nothing" or a problem. */
export class SessionStore {
  readonly storage: Storage | null;
  readonly problem: StorageProblem | null;

  constructor(found: ReturnType<typeof browserStorage> = browserStorage()) {
    this.storage = found.storage;
    this.problem = found.storage === null ? found.problem : null;
  }

  /** Every readable session, the most recently saved first; unreadable records are left alone, not deleted. */
  list(): SessionMeta[] {
    const out: SessionMeta[] = [];
    for (const key of this.keys()) {
      const record = readRecord(this.get(key));
      if (record) out.push(record.meta);
    }
    return out.sort((a, b) => b.updated - a.updated);
  }

  read(id: string): StoredSession | undefined {
    return readRecord(this.get(PREFIX + id));
  }

  write(session: StoredSession): StoreResult {
    return this.set(PREFIX + session.meta.id, JSON.stringify(session));
  }

  /** Deletes a session, its PIN, and the scenario it was kept for once no other session needs it. */
  remove(id: string): StoreResult {
    if (!this.storage) return { ok: false, ...(this.problem ?? UNAVAILABLE) };
    const save = this.read(id)?.save;
    try {
      this.storage.removeItem(PREFIX + id);
      this.storage.removeItem(PIN_PREFIX + id);
      if (save && !this.sessionsOf(save.scenarioId, save.scenarioVersion))
        this.storage.removeItem(scenarioKey(save.scenarioId, save.scenarioVersion));
      return { ok: true };
    } catch (error) {
      return { ok: false, ...problemOf(error) };
    }
  }

  /** Keeps a scenario opened from a file (as JSON) so that its sessions can be resumed and imported. */
  keepScenario(id: string, version: string, json: string): StoreResult {
    return this.set(scenarioKey(id, version), json);
  }

  /** The JSON of a kept scenario, if this browser has it. */
  keptScenario(id: string, version: string): string | undefined {
    return this.get(scenarioKey(id, version)) ?? undefined;
  }

  /** Whether any saved session is a game of this scenario version. */
  private sessionsOf(scenarioId: string, version: string): boolean {
    return this.keys().some((key) => {
      const save = readRecord(this.get(key))?.save;
      return save?.scenarioId === scenarioId && save.scenarioVersion === version;
    });
  }

  /**
   * The PIN keeps students at the shared screen out of the console; it is no secret from
   * someone with the laptop's developer tools, so it is stored as typed, apart from the save.
   */
  setPin(id: string, pin: string): StoreResult {
    return this.set(PIN_PREFIX + id, pin);
  }

  pin(id: string): string | undefined {
    return this.get(PIN_PREFIX + id) ?? undefined;
  }

  /** The session this tab was playing before a reload, if any. */
  active(): string | undefined {
    return tabGet(ACTIVE_KEY) ?? undefined;
  }

  /** Without session storage a reload shows the list of sessions instead of resuming at once. */
  setActive(id: string | undefined): void {
    if (id === undefined) tabRemove(ACTIVE_KEY);
    else tabSet(ACTIVE_KEY, id);
  }

  private keys(): string[] {
    if (!this.storage) return [];
    try {
      const out: string[] = [];
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key?.startsWith(PREFIX)) out.push(key);
      }
      return out;
    } catch {
      return [];
    }
  }

  private get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private set(key: string, value: string): StoreResult {
    if (!this.storage) return { ok: false, ...(this.problem ?? UNAVAILABLE) };
    try {
      this.storage.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, ...problemOf(error) };
    }
  }
}
