/**
 * A class is one Colyseus room, whose id is the class's id. The room rebuilds the game from
 * the store when it is created (on a device's join, or at start after a crash), then for each
 * message: checks its size, rate and shape, then the sender's place (from its token), then
 * asks the engine. An accepted event is stored before anyone hears of it; then every device
 * gets its own viewer's view and the sender its answer. All work of one room runs in order,
 * one message after another, so nobody ever sees an event that is not stored. The room also
 * keeps the deliberation's clock and ends the deliberation when it runs out.
 */
import {
  type AuthContext,
  type Client,
  getMessageBytes,
  matchMaker,
  Protocol,
  Room,
  ServerError,
} from '@colyseus/core';
import type { PlayerEvent } from '../engine/game-events';
import { SAVE_FORMAT, SAVE_FORMAT_VERSION } from '../engine/save';
import type { Viewer } from '../engine/views';
import { CLOSE, ClassId, type DeviceMessageType, JoinOptions, LIMITS, type Since } from '../session/protocol';
import type { IntentResult } from '../session/session';
import { claimClass, RENEW_MS, releaseClass, renewClass } from './class-claim';
import { ClassGame } from './class-game';
import { type ClassNow, classNow, rosterOf, viewerOf } from './class-roster';
import { checkMessage, flooding, newSeat, type Seat, worthLogging } from './device-message';
import { permitted } from './permissions';
import { sharedScenarioForViewer } from './scenario-for-viewer';
import { rulesByKey } from './scenarios';
import { hashToken } from './secrets';
import type { ServerContext } from './server-context';
import type { DeviceRecord } from './store/class-store';

type SeatClient = Client<{ userData: Seat; auth: { device: string } }>;

/** The connection's place, set when it joined (absent only before that). */
const seatOf = (client: Client): Seat | undefined => (client as SeatClient).userData;

/**
 * Rooms without synchronised state need no 20-a-second patch timer; Colyseus's own clock (its
 * flood cut-off counts by it) still ticks once a second.
 */
const TICK_MS = 1000;

/** Makes the room type for one server; the context (store, settings, log) is shared by its rooms. */
export function classRoomType(ctx: ServerContext) {
  return class extends ClassRoom {
    protected readonly ctx = ctx;

    /** Any device of the class, by its token; the class comes from the token, the options only name it. */
    static override async onAuth(_token: string, options: unknown, context: AuthContext) {
      const address = String(context.ip ?? '');
      const parsed = JoinOptions.safeParse(options);
      if (ctx.failedJoins.over(address, Date.now())) throw new ServerError(429, 'too many failed joins');
      const device = parsed.success ? await ctx.store.deviceByToken(hashToken(parsed.data.token)) : undefined;
      if (!parsed.success || !device || device.classId !== parsed.data.classId) {
        ctx.failedJoins.take(address, Date.now());
        throw new ServerError(403, 'forbidden');
      }
      return { device: device.id };
    }
  };
}

abstract class ClassRoom extends Room {
  protected abstract readonly ctx: ServerContext;
  private game!: ClassGame;
  private devices = new Map<string, DeviceRecord>();
  private readonly away = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private idleSince = Date.now();
  private lastClass = '';

  override async onCreate(options: { classId?: unknown }) {
    const classId = ClassId.parse(options.classId);
    this.roomId = classId;
    if (!(await claimClass(classId))) throw new ServerError(409, `class ${classId} is open elsewhere`);
    try {
      const record = await this.ctx.store.findClass(classId);
      if (!record) throw new ServerError(404, `no class ${classId}`);
      const rules = await rulesByKey(this.ctx.store, record.scenarioKey);
      this.game = ClassGame.restore(record, rules, await this.ctx.store.events(classId));
      for (const d of await this.ctx.store.devices(classId)) this.devices.set(d.id, d);
    } catch (error) {
      await releaseClass(classId);
      throw error;
    }
    this.autoDispose = false;
    this.patchRate = TICK_MS;
    // Past this the connection is closed outright; below it, extra messages are dropped and answered.
    this.maxMessagesPerSecond = LIMITS.messagesPerSecond * 10;
    this.onMessage('*', (client: SeatClient, type: string | number, message: unknown) =>
      this.receive(client, String(type), message),
    );
    this.timer = setInterval(() => this.housekeeping(), RENEW_MS);
    this.watchDeliberation(Date.now());
  }

  override async onJoin(client: SeatClient, options: unknown) {
    const parsed = JoinOptions.parse(options);
    await this.serially(async () => {
      const device = await this.ctx.store.deviceByToken(hashToken(parsed.token));
      if (!device || device.classId !== this.roomId) throw new ServerError(403, 'forbidden');
      this.devices.set(device.id, device);
      this.away.delete(device.id);
      client.userData = newSeat(device.id, parsed.since, Date.now());
      this.welcome(client, device, parsed.scenarioKey);
      this.sendViews([client], Date.now());
      this.broadcastClass(true);
    });
  }

  override onDrop(client: SeatClient) {
    const device = client.userData?.device;
    if (!device) return;
    this.away.add(device);
    this.broadcastClass(true);
    this.allowReconnection(client, this.ctx.config.reconnectSeconds).catch(() => undefined);
  }

  override onReconnect(client: SeatClient) {
    const device = client.userData?.device;
    if (device) this.away.delete(device);
    this.broadcastClass(true);
  }

  override onLeave(client: SeatClient) {
    const device = client.userData?.device;
    if (device && !this.clients.some((c) => seatOf(c)?.device === device)) this.away.delete(device);
    this.broadcastClass(true);
  }

  override async onDispose() {
    clearInterval(this.timer);
    clearTimeout(this.deadline);
    await this.queue;
    await releaseClass(this.roomId);
  }

  /** Runs room work one piece at a time, in arrival order; a failure is logged, never thrown at the room. */
  private serially(work: () => Promise<void> | void): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch((error) => this.ctx.log(`class ${this.roomId}: ${String(error)}`));
    return next;
  }

  private receive(client: SeatClient, type: string, message: unknown) {
    const seat = client.userData;
    if (!seat) return;
    const now = Date.now();
    const checked = checkMessage(seat, type, message, now);
    if (checked.ok) {
      void this.serially(() => this.handle(client, seat, checked.type, checked.data));
      return;
    }
    if (flooding(seat)) {
      this.ctx.log(`class ${this.roomId}: device ${seat.device} flooded; connection closed`);
      client.leave(CLOSE.flood);
      return;
    }
    if (worthLogging(seat, now))
      this.ctx.log(
        `class ${this.roomId}: dropped a "${type.slice(0, 20)}" message from device ${seat.device}: ${checked.why}`,
      );
    if (checked.id) reply(client, checked.id, { ok: false, notSent: checked.notSent });
  }

  private handle(client: SeatClient, seat: Seat, type: DeviceMessageType, data: unknown): Promise<void> | void {
    const device = this.devices.get(seat.device);
    if (!device) return;
    switch (type) {
      case 'intent': {
        const m = data as { id: string; intent: PlayerEvent };
        return this.intent(client, device, m.id, m.intent);
      }
      case 'sync':
        seat.sent = data as Since;
        return this.sendViews([client], Date.now());
      case 'done':
        return this.done(client, device, data as { id: string; done: boolean });
      case 'save':
        return this.save(client, device, (data as { id: string }).id);
      case 'move':
      case 'remove':
        return this.manage(client, device, type, data as { id: string; device: string; team?: string });
    }
  }

  private async intent(client: SeatClient, device: DeviceRecord, id: string, intent: PlayerEvent) {
    const team = device.kind === 'team' ? this.game.teams.find((t) => t.id === device.team) : undefined;
    const allowed = permitted({ viewer: viewerOf(device), ...(team ? { seat: team.seat } : {}) }, intent);
    if (!allowed) return reply(client, id, { ok: false, notSent: 'forbidden' });
    const before = this.game.answeredBefore(device.id, id);
    if (before !== undefined) return reply(client, id, { ok: true }, before);
    const result = await this.commit(allowed, device.id, id);
    reply(client, id, result, result.ok ? this.game.version : undefined);
  }

  /**
   * Applies an event (a device's, or the clock's with no device), stores it, then tells every
   * device. A store that fails takes the event back: it was never applied for anyone.
   */
  private async commit(event: PlayerEvent, device: string | null, id: string | null): Promise<IntentResult> {
    const now = Date.now();
    const applied = this.game.apply(event, device, id, now);
    if (!applied.ok || !applied.stored) return applied;
    try {
      await this.ctx.store.appendEvent(this.roomId, applied.stored, this.game.phase === 'ended');
    } catch (error) {
      this.ctx.log(`class ${this.roomId}: could not store event ${applied.stored.seq}: ${String(error)}`);
      this.game.takeBack(device, id);
      return { ok: false, notSent: 'unavailable' };
    }
    this.idleSince = now;
    this.sendViews(this.clients, now);
    this.broadcastClass(false);
    this.watchDeliberation(now);
    return { ok: true };
  }

  /** Ends the deliberation when its clock runs out (the clock stands still while the game is paused). */
  private watchDeliberation(now: number) {
    clearTimeout(this.deadline);
    const clock = this.game.deliberation(now);
    if (!clock?.running) return;
    this.deadline = setTimeout(
      () =>
        void this.serially(async () => {
          const left = this.game.deliberation(Date.now());
          if (left?.running && left.leftMs <= 0) await this.commit({ type: 'deliberation.done' }, null, null);
          else this.watchDeliberation(Date.now());
        }),
      clock.leftMs + 20,
    );
  }

  private done(client: SeatClient, device: DeviceRecord, m: { id: string; done: boolean }) {
    if (device.kind !== 'team' || !device.team) return reply(client, m.id, { ok: false, notSent: 'forbidden' });
    this.game.markDone(device.team, m.done);
    reply(client, m.id, { ok: true });
    this.broadcastClass(true);
  }

  /** The console moves a device to another team, or removes it (its token stops working at once). */
  private async manage(
    client: SeatClient,
    by: DeviceRecord,
    type: 'move' | 'remove',
    m: { id: string; device: string; team?: string },
  ) {
    const target = this.devices.get(m.device);
    const validTeam = type === 'remove' || this.game.teams.some((t) => t.id === m.team);
    if (by.kind !== 'facilitator' || !target || !validTeam)
      return reply(client, m.id, { ok: false, notSent: by.kind === 'facilitator' ? 'malformed' : 'forbidden' });
    const changed =
      type === 'remove'
        ? await this.ctx.store.removeDevice(this.roomId, target.id)
        : await this.ctx.store.moveDevice(this.roomId, target.id, m.team ?? '');
    if (!changed) return reply(client, m.id, { ok: false, notSent: 'malformed' });
    const affected = this.clients.filter((c) => seatOf(c)?.device === target.id) as SeatClient[];
    if (type === 'remove') {
      this.devices.delete(target.id);
      for (const c of affected) c.leave(CLOSE.removed);
    } else {
      const moved = { ...target, team: m.team ?? null };
      this.devices.set(target.id, moved);
      for (const c of affected) {
        const seat = seatOf(c);
        if (seat) seat.sent = undefined;
        this.welcome(c, moved);
      }
      this.sendViews(affected, Date.now());
    }
    reply(client, m.id, { ok: true });
    this.broadcastClass(true);
  }

  /**
   * The whole game as a save, for the console, and for the projector's debrief once the game has
   * ended: before that the seed would tell the dice.
   */
  private save(client: SeatClient, device: DeviceRecord, id: string) {
    const ended = this.game.phase === 'ended';
    if (device.kind !== 'facilitator' && !(device.kind === 'projector' && ended))
      return reply(client, id, { ok: false, notSent: 'forbidden' });
    const s = this.game.rules.index.scenario;
    client.send('save', {
      id,
      save: {
        format: SAVE_FORMAT,
        formatVersion: SAVE_FORMAT_VERSION,
        scenarioId: s.id,
        scenarioVersion: s.version,
        seed: this.game.record.seed,
        events: this.game.events,
      },
    });
  }

  /** Who the device is, and its scenario unless it already holds the very one (`held`, from its join). */
  private welcome(client: SeatClient, device: DeviceRecord, held?: string) {
    const viewer = viewerOf(device);
    const record = this.game.record;
    const s = this.game.rules.index.scenario;
    const key = `${s.id}@${s.version}:${viewer.kind === 'team' ? `team:${viewer.team}` : viewer.kind}`;
    client.send('welcome', {
      classId: record.id,
      code: record.code,
      name: record.name,
      device: device.id,
      viewer,
      scenarioKey: key,
      ...(held === key ? {} : { scenario: this.scenarioFor(viewer) }),
      teams: this.game.teams,
      serverNow: Date.now(),
    });
  }

  private scenarioFor(viewer: Viewer) {
    const team = viewer.kind === 'team' ? this.game.teams.find((t) => t.id === viewer.team) : undefined;
    const place = team ? { seat: team.seat, ...(team.role ? { role: team.role } : {}) } : undefined;
    return sharedScenarioForViewer(this.game.rules.index.scenario, viewer, place);
  }

  /**
   * Sends each connection its viewer's view from what it holds. Devices of one viewer that hold
   * the same version get the same bytes, encoded once.
   */
  private sendViews(clients: readonly Client[], now: number) {
    const encoded = new Map<string, { bytes: Buffer; sent: Since }>();
    for (const client of clients) {
      const seat = seatOf(client);
      const device = seat && this.devices.get(seat.device);
      if (!seat || !device) continue;
      const viewer = viewerOf(device);
      const key = `${JSON.stringify(viewer)}|${seat.sent?.version}|${seat.sent?.logLength}`;
      let made = encoded.get(key);
      if (!made) {
        const message = this.game.viewMessage(viewer, seat.sent, now);
        made = {
          bytes: getMessageBytes.raw(Protocol.ROOM_DATA, 'view', message),
          sent: { version: message.version, logLength: message.logFrom + message.log.length },
        };
        encoded.set(key, made);
      }
      seat.sent = made.sent;
      client.enqueueRaw(made.bytes);
    }
  }

  /** Tells everyone which teams are done and online (when it changed, or `force`), and the console who is here. */
  private broadcastClass(force: boolean) {
    const now: ClassNow = classNow(this.game.doneTeams(), this.clients.map(seatOf), this.devices);
    const text = JSON.stringify(now);
    if (!force && text === this.lastClass) return;
    this.lastClass = text;
    this.broadcast('class', now);
    const roster = rosterOf(this.devices, now.done, new Set(this.clients.map((c) => seatOf(c)?.device)), this.away);
    for (const c of this.clients) {
      const d = this.devices.get(seatOf(c)?.device ?? '');
      if (d?.kind === 'facilitator') c.send('roster', roster);
    }
  }

  /** Keeps the class's claim, lets an empty room go, and ends a class that has expired. */
  private housekeeping() {
    void this.serially(async () => {
      const now = Date.now();
      const { config, store, log } = this.ctx;
      if (this.clients.length > 0 || this.away.size > 0) this.idleSince = now;
      if (now - this.game.lastAt >= config.ttlMs) {
        await store.deleteExpired(now - config.ttlMs);
        log(`class ${this.roomId}: expired and deleted`);
        await this.disconnect(CLOSE.gone);
        return;
      }
      if (now - this.idleSince >= config.idleMs) {
        await this.disconnect();
        return;
      }
      await renewClass(this.roomId);
    });
  }
}

function reply(client: Client, id: string, result: IntentResult, version?: number) {
  client.send('result', version === undefined ? { id, result } : { id, result, version });
}

/** Brings a class's room up on this server if no process has it open (the start-up restore). */
export async function openClassRoom(classId: string, roomName: string): Promise<boolean> {
  const found = await matchMaker.query({ name: roomName, roomId: classId });
  if (found.length > 0) return false;
  await matchMaker.createRoom(roomName, { classId });
  return true;
}
