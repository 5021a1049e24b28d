/**
 * A class on the server, behind the same `Session` the screens use for a game in the tab. The
 * device holds a token (from joining with the code, or from creating the class), joins the
 * class's room with it, and from then on only shows what the server sends: its own viewer's
 * view, sent as what it has not seen yet. An intent is answered — accepted once stored,
 * refused with the engine's reason, or not sent — and never silently lost: while the
 * connection is down it waits (and is sent again with the same id, which the server never
 * applies twice) until its time runs out, then it is reported as not sent.
 *
 * Reconnection: after any drop the device joins again with its token and the version it holds,
 * and receives only what it missed. Colyseus's own seat reconnection is off: after a server
 * restart no seat is left to take back, and every device's doomed attempt cost the restarted
 * server a third of the work of bringing the class back (BENCHMARKS.md, network runs 22–30);
 * after a Wi-Fi blip the join with the token lands on the same team all the same.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { Save } from '../engine/save';
import type { Scenario } from '../engine/scenario-schema';
import {
  CLASS_ROOM,
  CLOSE,
  ClassMessage,
  type JoinOptions,
  ResultMessage,
  RosterMessage,
  SaveMessage,
  type Since,
  ViewMessage,
  WelcomeMessage,
} from './protocol';
import type { Connection, GameView, Intent, IntentResult, Session, Viewer } from './session';

export interface RemoteOptions {
  /** The server's address, e.g. `http://192.168.1.20:8080` (the page's own origin in a browser). */
  endpoint: string;
  classId: string;
  token: string;
  /** How long an intent may wait for its answer, a reconnection included, before it is shown as not sent. */
  timeoutMs?: number;
  /** How long one join may take, from asking to the first view, before it is given up and tried again. */
  joinTimeoutMs?: number;
}

/** Why a remote class stopped for good: the teacher removed the device, the class is gone, or the token is not (or no longer) valid. */
export type ClosedReason = 'removed' | 'gone' | 'forbidden' | 'left';

interface Pending {
  type: 'intent' | 'done' | 'move' | 'remove';
  payload: Record<string, unknown>;
  resolve: (result: IntentResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Waits before each join again: soon, then a little longer each time, never more than a second;
 * each wait is drawn around its value, so a class of devices does not knock all at once.
 */
const RETRY_MS = [150, 250, 500, 750, 1000];

/** How long a join waits, at most, for a class's room that another join is opening (OPENING_RETRIES × OPENING_WAIT_MS). */
const OPENING_RETRIES = 20;
const OPENING_WAIT_MS = 250;

/**
 * How long one join may take by default: longer than waiting for a room that is opening, short
 * enough that a device whose connection stalled half-way (Wi-Fi lost between the request and the
 * socket) does not say "reconnecting…" for the rest of the lesson.
 */
const JOIN_TIMEOUT_MS = 15_000;

/** One join under way; `over` once it has been given up, so whatever arrives late is let go. */
interface Attempt {
  over: boolean;
  room?: Room;
}

/** A request id: random, so ids from before a reload never meet new ones. */
function requestId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export class RemoteSession implements Session {
  private readonly client: Client;
  private room: Room | undefined;
  private welcomed!: WelcomeMessage;
  /** The scenario as this viewer sees it, kept across joins (the server sends it again only when it changes). */
  private scenarioHeld: unknown;
  private current!: GameView;
  private version = 0;
  private log: GameView['log'] = [];
  private state: Connection = 'connecting';
  private classState: ClassMessage = { done: [], online: [] };
  private rosterState: RosterMessage | null = null;
  private clockOffset = 0;
  private lastAt = 0;
  /** The deliberation's clock as the last view brought it, and when (on the server's clock). */
  private deliberationClock: { leftMs: number; running: boolean; at: number } | null = null;
  private stopped: ClosedReason | null = null;
  private readonly pending = new Map<string, Pending>();
  private readonly saves = new Map<string, (save: Save | undefined) => void>();
  private readonly viewListeners = new Set<(view: GameView) => void>();
  private readonly connectionListeners = new Set<(c: Connection) => void>();
  private readonly classListeners = new Set<() => void>();

  private constructor(private readonly options: RemoteOptions) {
    this.client = new Client(options.endpoint);
  }

  /** Joins the class and resolves once the first view is here; rejects when the token is refused. */
  static async connect(options: RemoteOptions): Promise<RemoteSession> {
    const session = new RemoteSession(options);
    await session.join(undefined);
    return session;
  }

  get scenario(): Scenario {
    return this.scenarioHeld as Scenario;
  }

  get viewer(): Viewer {
    return this.welcomed.viewer;
  }

  /** The class's id, join code and name, this device's id and the teams. */
  get info() {
    const w = this.welcomed;
    return { classId: w.classId, code: w.code, name: w.name, device: w.device, teams: w.teams };
  }

  view(): GameView {
    return this.current;
  }

  /** How many events the game has applied: it only grows (an undo is an event too). */
  versionNow(): number {
    return this.version;
  }

  connection(): Connection {
    return this.state;
  }

  /** Why the class stopped for good, once it has. */
  closedBecause(): ClosedReason | null {
    return this.stopped;
  }

  /** Which teams are done with the phase and which have a device online. */
  classNow(): ClassMessage {
    return this.classState;
  }

  /** The console's list of devices (null on any other device). */
  roster(): RosterMessage | null {
    return this.rosterState;
  }

  /** The server's clock now (ms since 1970), so every device shows the same timer. */
  serverNow(): number {
    return Date.now() + this.clockOffset;
  }

  /** When the server accepted the last event, on the server's clock. */
  lastEventAt(): number {
    return this.lastAt;
  }

  /**
   * Seconds left in the deliberation, on the server's clock (the same on every device), or null
   * outside it; `paused` while the clock stands still. The server ends the phase when it runs out.
   */
  deliberationLeft(): { seconds: number; paused: boolean } | null {
    const c = this.deliberationClock;
    if (!c) return null;
    const spent = c.running ? Math.max(0, this.serverNow() - c.at) : 0;
    return { seconds: Math.max(0, c.leftMs - spent) / 1000, paused: !c.running };
  }

  send(intent: Intent): Promise<IntentResult> {
    return this.request('intent', { intent });
  }

  /** A team says it is done with the phase (or takes it back). */
  markDone(done: boolean): Promise<IntentResult> {
    return this.request('done', { done });
  }

  /** The console moves a device to another team. */
  moveDevice(device: string, team: string): Promise<IntentResult> {
    return this.request('move', { device, team });
  }

  /** The console removes a device; its token stops working. */
  removeDevice(device: string): Promise<IntentResult> {
    return this.request('remove', { device });
  }

  subscribe(listener: (view: GameView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  onConnection(listener: (connection: Connection) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Calls `listener` when the class's state or the roster changes. */
  onClass(listener: () => void): () => void {
    this.classListeners.add(listener);
    return () => this.classListeners.delete(listener);
  }

  /** The whole game as a save: the console's, and the projector's once the game has ended (it holds the seed). */
  save(): Promise<Save> {
    const endedOnProjector = this.viewer.kind === 'projector' && this.view().phase === 'ended';
    if (this.viewer.kind !== 'facilitator' && !endedOnProjector)
      return Promise.reject(new Error('only the console, or the projector once the class has ended, may save a class'));
    const id = requestId();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.saves.get(id)?.(undefined), this.options.timeoutMs ?? 8000);
      this.saves.set(id, (save) => {
        clearTimeout(timer);
        this.saves.delete(id);
        if (save) resolve(save);
        else reject(new Error('the server did not send the save'));
      });
      this.room?.send('save', { id });
    });
  }

  close(): void {
    this.finish('left');
    void this.room?.leave(true);
  }

  private request(type: Pending['type'], payload: Record<string, unknown>): Promise<IntentResult> {
    if (this.stopped) return Promise.resolve({ ok: false, notSent: 'closed' });
    const id = requestId();
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.answer(id, { ok: false, notSent: this.state === 'open' ? 'timeout' : 'offline' }),
        this.options.timeoutMs ?? 8000,
      );
      this.pending.set(id, { type, payload, resolve, timer });
      if (this.state === 'open') this.room?.send(type, { id, ...payload });
    });
  }

  private answer(id: string, result: IntentResult): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    p.resolve(result);
  }

  private setConnection(state: Connection): void {
    if (this.state === state || this.state === 'closed') return;
    this.state = state;
    for (const l of this.connectionListeners) l(state);
    if (state === 'open') for (const [id, p] of this.pending) this.room?.send(p.type, { id, ...p.payload });
  }

  private finish(reason: ClosedReason): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.setConnection('closed');
    for (const id of [...this.pending.keys()]) this.answer(id, { ok: false, notSent: 'closed' });
    for (const done of [...this.saves.values()]) done(undefined);
  }

  /**
   * Joins (or joins again) with the token, waiting for the welcome and the first view; rejects
   * when that takes longer than the join's time, having let go of the half-made connection.
   */
  private async join(since: Since | undefined): Promise<void> {
    const attempt: Attempt = { over: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tooLong = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.giveUp(attempt);
        reject(new Error('the join took too long'));
      }, this.options.joinTimeoutMs ?? JOIN_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.joinOnce(since, attempt), tooLong]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Lets go of a join that took too long: its room, if it came, is left and no longer heard. */
  private giveUp(attempt: Attempt): void {
    attempt.over = true;
    const room = attempt.room;
    if (!room) return;
    if (this.room === room) this.room = undefined;
    room.removeAllListeners();
    void room.leave(true).catch(() => undefined);
  }

  private async joinOnce(since: Since | undefined, attempt: Attempt): Promise<void> {
    const options: JoinOptions = { classId: this.options.classId, token: this.options.token };
    if (since) options.since = since;
    if (this.welcomed) options.scenarioKey = this.welcomed.scenarioKey;
    const room = await this.joinOrWait(options);
    attempt.room = room;
    if (attempt.over) {
      this.giveUp(attempt);
      return;
    }
    // A drop goes straight to `onLeave`, which joins again with the token (see the file's comment).
    room.reconnection.enabled = false;
    const ready = new Promise<void>((resolve) => {
      let welcomed = false;
      room.onMessage('welcome', (m: unknown) => {
        this.onWelcome(m);
        welcomed = true;
      });
      room.onMessage('view', (m: unknown) => {
        this.onView(m);
        if (welcomed) resolve();
      });
    });
    room.onMessage('result', (m: unknown) => this.onResult(m));
    room.onMessage('class', (m: unknown) => this.onClassMessage(m));
    room.onMessage('roster', (m: unknown) => this.onRoster(m));
    room.onMessage('save', (m: unknown) => {
      const parsed = SaveMessage.safeParse(m);
      if (parsed.success) this.saves.get(parsed.data.id)?.(parsed.data.save);
    });
    room.onLeave((code: number) => this.onLeave(room, code));
    this.room = room;
    await ready;
    if (!attempt.over) this.setConnection('open');
  }

  /**
   * Joins the class's room. A room that is still opening (on another process, or on this one for
   * another device) is not yet listed, so the server refuses to open it twice (409): wait for it
   * to be listed and join it then.
   */
  private async joinOrWait(options: JoinOptions): Promise<Room> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.client.joinOrCreate(CLASS_ROOM, options);
      } catch (error) {
        const opening = (error as { code?: unknown }).code === 409;
        if (!opening || attempt >= OPENING_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, OPENING_WAIT_MS));
      }
    }
  }

  private onWelcome(message: unknown): void {
    const parsed = WelcomeMessage.safeParse(message);
    if (!parsed.success) return;
    if (parsed.data.scenario) this.scenarioHeld = parsed.data.scenario;
    else if (parsed.data.scenarioKey !== this.welcomed?.scenarioKey) return;
    this.welcomed = parsed.data;
    this.clockOffset = parsed.data.serverNow - Date.now();
  }

  private onView(message: unknown): void {
    const parsed = ViewMessage.safeParse(message);
    if (!parsed.success) return;
    // The envelope is checked; the view inside is the engine's own type, from the server that computed it.
    const m = parsed.data as unknown as ViewMessage;
    if (m.logFrom !== 0 && m.logFrom !== this.log.length) {
      // A gap: ask for the whole log rather than show a wrong one.
      this.room?.send('sync', { version: 0, logLength: 0 });
      return;
    }
    this.log = m.logFrom === 0 ? m.log : this.log.concat(m.log);
    this.version = m.version;
    this.lastAt = m.at;
    this.clockOffset = m.serverNow - Date.now();
    this.deliberationClock = m.clock ? { ...m.clock, at: m.serverNow } : null;
    this.current = { ...m.view, log: this.log };
    for (const l of this.viewListeners) l(this.current);
  }

  private onResult(message: unknown): void {
    const parsed = ResultMessage.safeParse(message);
    if (parsed.success) this.answer(parsed.data.id, parsed.data.result as IntentResult);
  }

  private onClassMessage(message: unknown): void {
    const parsed = ClassMessage.safeParse(message);
    if (!parsed.success) return;
    this.classState = parsed.data;
    for (const l of this.classListeners) l();
  }

  private onRoster(message: unknown): void {
    const parsed = RosterMessage.safeParse(message);
    if (!parsed.success) return;
    this.rosterState = parsed.data;
    for (const l of this.classListeners) l();
  }

  private onLeave(room: Room, code: number): void {
    if (room !== this.room || this.stopped) return;
    if (code === CLOSE.removed || code === CLOSE.gone) {
      this.finish(code === CLOSE.removed ? 'removed' : 'gone');
      return;
    }
    this.setConnection('reconnecting');
    void this.rejoin();
  }

  /** Joins again with the token until it works, or the server says the token is no good. */
  private async rejoin(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 1000;
      await new Promise((r) => setTimeout(r, wait * (0.2 + Math.random() * 1.6)));
      if (this.stopped) return;
      try {
        await this.join({ version: this.version, logLength: this.log.length });
        return;
      } catch (error) {
        if ((error as { code?: number }).code === 403) {
          this.finish('forbidden');
          return;
        }
      }
    }
  }
}
