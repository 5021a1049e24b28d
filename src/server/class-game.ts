/**
 * One class's game in the server's memory: the engine's `Game`, rebuilt from the stored log,
 * plus what the network needs around it — the version (events applied), which requests were
 * already answered, which teams are done with the phase, and each viewer's view, computed
 * once per version and sent as what a device has not seen yet.
 */
import { Game, type Rules, type SendResult } from '../engine/game';
import type { PlayerEvent } from '../engine/game-events';
import { type GameView, type Viewer, viewOf } from '../engine/views';
import type { Since, ViewMessage } from '../session/protocol';
import { type ClockReading, DeliberationClock } from './deliberation-clock';
import type { ClassRecord, StoredEvent } from './store/class-store';

const viewerKey = (v: Viewer): string =>
  v.kind === 'team' ? `team:${v.team}` : v.kind === 'seat' ? `seat:${v.seat}` : v.kind;

export class ClassGame {
  private game: Game;
  /** When each event was accepted (ms since 1970), by position in the log. */
  private times: number[] = [];
  /** The version right after the last undo: a device that saw less must take the whole log again. */
  private rewrittenAt = 0;
  private readonly answered = new Map<string, number>();
  private readonly views = new Map<string, { version: number; view: GameView }>();
  private doneIn = '';
  private readonly done = new Set<string>();
  private clock = new DeliberationClock();

  private constructor(
    readonly record: ClassRecord,
    readonly rules: Rules,
    events: StoredEvent[],
  ) {
    this.game = new Game(rules, record.seed);
    for (const e of events) {
      const result = this.game.send(e.event);
      if (!result.ok)
        throw new Error(
          `class ${record.id} does not replay: event ${e.seq} ("${e.event.type}") refused (${result.refusal.code})`,
        );
      this.accepted(e.event, e.at);
      if (e.requestId && e.device) this.answered.set(`${e.device}:${e.requestId}`, e.seq);
    }
  }

  /** Rebuilds a class from its record and stored log; throws if the log does not replay (a corrupt store). */
  static restore(record: ClassRecord, rules: Rules, events: StoredEvent[]): ClassGame {
    return new ClassGame(record, rules, events);
  }

  /** Notes an event the game has just accepted at `at`: its time, an undo, the deliberation's clock. */
  private accepted(event: PlayerEvent, at: number): void {
    this.times.push(at);
    if (event.type === 'facilitator.undo') this.rewrittenAt = this.version;
    const ctx = this.game.context;
    this.clock.follow(
      { phase: this.game.phase, round: ctx.round, paused: ctx.paused, seconds: ctx.deliberationSeconds },
      at,
    );
  }

  get version(): number {
    return this.game.events.length;
  }

  /** When the last event was accepted (ms since 1970): the class expires a set time after it. */
  get lastAt(): number {
    return this.times[this.times.length - 1] ?? this.record.createdAt;
  }

  get phase() {
    return this.game.phase;
  }

  get teams() {
    return this.game.context.teams;
  }

  /** The events of the game, for a save. */
  get events(): PlayerEvent[] {
    return [...this.game.events];
  }

  /** The deliberation's time left at `now`, or undefined outside deliberation. */
  deliberation(now: number): ClockReading | undefined {
    return this.clock.read(now);
  }

  /** The version a request of this device already made, if it was accepted before (a resend). */
  answeredBefore(device: string, requestId: string): number | undefined {
    return this.answered.get(`${device}:${requestId}`);
  }

  /**
   * Hands an intent to the engine. When accepted, returns the event to store: the caller must
   * store it before answering anyone, and call `takeBack` if storing fails.
   */
  apply(
    intent: PlayerEvent,
    device: string | null,
    requestId: string | null,
    at: number,
  ): SendResult & { stored?: StoredEvent } {
    const result = this.game.send(intent);
    if (!result.ok) return result;
    this.accepted(intent, at);
    if (device !== null && requestId !== null) this.answered.set(`${device}:${requestId}`, this.version);
    return { ok: true, stored: { seq: this.version, event: intent, requestId, device, at } };
  }

  /** Undoes the last `apply` (its event could not be stored): the game is replayed without it. */
  takeBack(device: string | null, requestId: string | null): void {
    const events = this.game.events.slice(0, -1);
    const times = this.times.slice(0, -1);
    this.game = new Game(this.rules, this.record.seed);
    this.times = [];
    this.rewrittenAt = 0;
    this.clock = new DeliberationClock();
    for (const [i, e] of events.entries()) {
      this.game.send(e);
      this.accepted(e, times[i] ?? 0);
    }
    if (device !== null && requestId !== null) this.answered.delete(`${device}:${requestId}`);
    this.views.clear();
  }

  /** The viewer's view now, computed once per version. */
  viewOf(viewer: Viewer): GameView {
    const key = viewerKey(viewer);
    const cached = this.views.get(key);
    if (cached && cached.version === this.version) return cached.view;
    const view = viewOf(this.game, viewer);
    this.views.set(key, { version: this.version, view });
    return view;
  }

  /** The message that brings a device from what it holds (`since`, or nothing) to the view now. */
  viewMessage(viewer: Viewer, since: Since | undefined, now: number): ViewMessage {
    const { log, ...rest } = this.viewOf(viewer);
    const whole =
      !since || since.version > this.version || since.version < this.rewrittenAt || since.logLength > log.length;
    const logFrom = whole ? 0 : since.logLength;
    const clock = this.clock.read(now);
    return {
      version: this.version,
      logFrom,
      log: log.slice(logFrom),
      view: rest,
      at: this.lastAt,
      serverNow: now,
      ...(clock ? { clock } : {}),
    };
  }

  /** The teams done with the phase now; the marks are cleared whenever the phase or round changes. */
  doneTeams(): string[] {
    this.clearStaleDone();
    return [...this.done];
  }

  markDone(team: string, done: boolean): void {
    this.clearStaleDone();
    if (done) this.done.add(team);
    else this.done.delete(team);
  }

  private clearStaleDone(): void {
    const now = `${this.game.context.round}:${this.game.phase}`;
    if (now === this.doneIn) return;
    this.doneIn = now;
    this.done.clear();
  }
}
