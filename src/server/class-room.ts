/**
 * A class is one Colyseus room, whose id is the class's id. The room rebuilds the game from
 * the store when it is created (on a device's join, or at start after a crash), then for each
 * message: checks its size, rate and shape, then the sender's place (from its token), then
 * asks the engine. An accepted event is stored before anyone hears of it; then every device
 * gets its own viewer's view and the sender its answer. All work of one room runs in order,
 * one message after another, so nobody ever sees an event that is not stored.
 */
import { type AuthContext, type Client, matchMaker, Room, ServerError } from '@colyseus/core';
import type { PlayerEvent } from '../engine/game-events';
import { SAVE_FORMAT, SAVE_FORMAT_VERSION } from '../engine/save';
import type { Viewer } from '../engine/views';
import {
  CLOSE,
  ClassId,
  DEVICE_MESSAGES,
  type DeviceMessageType,
  JoinOptions,
  LIMITS,
  type ResultMessage,
  type RosterMessage,
  type Since,
} from '../session/protocol';
import type { IntentResult } from '../session/session';
import { claimClass, RENEW_MS, releaseClass, renewClass } from './class-claim';
import { ClassGame } from './class-game';
import { permitted } from './permissions';
import { TokenBucket } from './rate-limit';
import { scenarioForViewer } from './scenario-for-viewer';
import { rulesOf } from './scenarios';
import { hashToken } from './secrets';
import type { ServerContext } from './server-context';
import type { DeviceRecord } from './store/class-store';

interface Seat {
  device: string;
  bucket: TokenBucket;
  /** What this connection holds: the version and log length last sent to it. */
  sent: Since | undefined;
  dropped: number;
  lastLog: number;
}

type SeatClient = Client<{ userData: Seat; auth: { device: string } }>;

/** The connection's place, set when it joined (absent only before that). */
const seatOf = (client: Client): Seat | undefined => (client as SeatClient).userData;

/** The viewer a device shows. */
function viewerOf(device: DeviceRecord): Viewer {
  if (device.kind === 'team') return { kind: 'team', team: device.team ?? '' };
  return { kind: device.kind };
}

/** Makes the room type for one server; the context (store, settings, log) is shared by its rooms. */
export function classRoomType(ctx: ServerContext) {
  return class ClassRoom extends Room {
    private game!: ClassGame;
    private devices = new Map<string, DeviceRecord>();
    private readonly away = new Set<string>();
    private queue: Promise<void> = Promise.resolve();
    private timer: NodeJS.Timeout | undefined;
    private idleSince = Date.now();
    private lastClass = '';
    private readonly scenarios = new Map<string, unknown>();

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

    override async onCreate(options: { classId?: unknown }) {
      const classId = ClassId.parse(options.classId);
      this.roomId = classId;
      if (!(await claimClass(classId))) throw new ServerError(409, `class ${classId} is open elsewhere`);
      try {
        const record = await ctx.store.findClass(classId);
        if (!record) throw new ServerError(404, `no class ${classId}`);
        const rules = rulesOf(record.scenario);
        if (!rules.ok) throw new Error(`class ${classId}: scenario refused: ${rules.problems.join('; ')}`);
        // The scenario's text is in the shared rules now; a copy per class would only cost memory.
        this.game = ClassGame.restore({ ...record, scenario: '' }, rules.rules, await ctx.store.events(classId));
        for (const d of await ctx.store.devices(classId)) this.devices.set(d.id, d);
      } catch (error) {
        await releaseClass(classId);
        throw error;
      }
      this.autoDispose = false;
      // Past this the connection is closed outright; below it, extra messages are dropped and answered.
      this.maxMessagesPerSecond = LIMITS.messagesPerSecond * 10;
      this.onMessage('*', (client: SeatClient, type: string | number, message: unknown) =>
        this.receive(client, String(type), message),
      );
      this.timer = setInterval(() => this.housekeeping(), RENEW_MS);
    }

    override async onJoin(client: SeatClient, options: unknown) {
      const parsed = JoinOptions.parse(options);
      await this.serially(async () => {
        const device = await ctx.store.deviceByToken(hashToken(parsed.token));
        if (!device || device.classId !== this.roomId) throw new ServerError(403, 'forbidden');
        this.devices.set(device.id, device);
        this.away.delete(device.id);
        client.userData = {
          device: device.id,
          bucket: new TokenBucket(LIMITS.messagesPerSecond, LIMITS.messagesPerSecond * 2, Date.now()),
          sent: parsed.since,
          dropped: 0,
          lastLog: 0,
        };
        this.welcome(client, device, parsed.scenarioKey);
        this.sendView(client, Date.now());
        this.broadcastClass(true);
      });
    }

    override onDrop(client: SeatClient) {
      const device = client.userData?.device;
      if (!device) return;
      this.away.add(device);
      this.broadcastClass(true);
      this.allowReconnection(client, ctx.config.reconnectSeconds).catch(() => undefined);
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
      await this.queue;
      await releaseClass(this.roomId);
    }

    /** Runs room work one piece at a time, in arrival order; a failure is logged, never thrown at the room. */
    private serially(work: () => Promise<void> | void): Promise<void> {
      const next = this.queue.then(work);
      this.queue = next.catch((error) => ctx.log(`class ${this.roomId}: ${String(error)}`));
      return next;
    }

    private receive(client: SeatClient, type: string, message: unknown) {
      const seat = client.userData;
      if (!seat) return;
      const id = requestIdOf(message);
      if (!seat.bucket.take(Date.now())) {
        seat.dropped += 1;
        this.drop(client, seat, type, 'over the rate limit');
        if (id) reply(client, id, { ok: false, notSent: 'rate-limited' });
        return;
      }
      if (sizeOf(message) > LIMITS.messageBytes) {
        this.drop(client, seat, type, 'too large');
        if (id) reply(client, id, { ok: false, notSent: 'malformed' });
        return;
      }
      const schema = DEVICE_MESSAGES[type as DeviceMessageType];
      const parsed = schema?.safeParse(message);
      if (!parsed?.success) {
        this.drop(client, seat, type, schema ? 'malformed' : 'unknown type');
        if (id) reply(client, id, { ok: false, notSent: 'malformed' });
        return;
      }
      void this.serially(() => this.handle(client, seat, type as DeviceMessageType, parsed.data));
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
          return this.sendView(client, Date.now());
        case 'done':
          return this.done(client, device, data as { id: string; done: boolean });
        case 'save':
          return this.save(client, device, (data as { id: string }).id);
        case 'move':
        case 'remove':
          return this.manage(client, device, type, data as { id: string; device: string; team?: string });
      }
    }

    /** Logs a dropped message, at most once a second per connection so a flood cannot flood the log too. */
    private drop(client: SeatClient, seat: Seat, type: string, why: string) {
      const now = Date.now();
      if (seat.dropped > LIMITS.messagesPerSecond * 5) {
        ctx.log(`class ${this.roomId}: device ${seat.device} flooded; connection closed`);
        client.leave(CLOSE.flood);
        return;
      }
      if (now - seat.lastLog < 1000) return;
      seat.lastLog = now;
      ctx.log(`class ${this.roomId}: dropped a "${type.slice(0, 20)}" message from device ${seat.device}: ${why}`);
    }

    private async intent(client: SeatClient, device: DeviceRecord, id: string, intent: PlayerEvent) {
      const team = device.kind === 'team' ? this.game.teams.find((t) => t.id === device.team) : undefined;
      const allowed = permitted({ viewer: viewerOf(device), ...(team ? { seat: team.seat } : {}) }, intent);
      if (!allowed) return reply(client, id, { ok: false, notSent: 'forbidden' });
      const before = this.game.answeredBefore(device.id, id);
      if (before !== undefined) return reply(client, id, { ok: true }, before);
      const now = Date.now();
      const applied = this.game.apply(allowed, device.id, id, now);
      if (!applied.ok) return reply(client, id, applied);
      if (!applied.stored) return;
      try {
        await ctx.store.appendEvent(this.roomId, applied.stored, this.game.phase === 'ended');
      } catch (error) {
        ctx.log(`class ${this.roomId}: could not store event ${applied.stored.seq}: ${String(error)}`);
        this.game.takeBack(device.id, id);
        return reply(client, id, { ok: false, notSent: 'unavailable' });
      }
      this.idleSince = now;
      for (const c of this.clients) this.sendView(c, now);
      reply(client, id, { ok: true }, applied.stored.seq);
      this.broadcastClass(false);
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
          ? await ctx.store.removeDevice(this.roomId, target.id)
          : await ctx.store.moveDevice(this.roomId, target.id, m.team ?? '');
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
          this.sendView(c, Date.now());
        }
      }
      reply(client, m.id, { ok: true });
      this.broadcastClass(true);
    }

    /** The whole game as a save, for the console only: it holds the seed, which would tell the dice. */
    private save(client: SeatClient, device: DeviceRecord, id: string) {
      if (device.kind !== 'facilitator') return reply(client, id, { ok: false, notSent: 'forbidden' });
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
      const { key, scenario } = this.scenarioFor(viewer);
      client.send('welcome', {
        classId: record.id,
        code: record.code,
        name: record.name,
        device: device.id,
        viewer,
        scenarioKey: key,
        ...(held === key ? {} : { scenario }),
        teams: this.game.teams,
        serverNow: Date.now(),
      });
    }

    private scenarioFor(viewer: Viewer): { key: string; scenario: unknown } {
      const s = this.game.rules.index.scenario;
      const key = `${s.id}@${s.version}:${viewer.kind === 'team' ? `team:${viewer.team}` : viewer.kind}`;
      let scenario = this.scenarios.get(key);
      if (!scenario) {
        const team = viewer.kind === 'team' ? this.game.teams.find((t) => t.id === viewer.team) : undefined;
        const place = team ? { seat: team.seat, ...(team.role ? { role: team.role } : {}) } : undefined;
        scenario = scenarioForViewer(s, viewer, place);
        this.scenarios.set(key, scenario);
      }
      return { key, scenario };
    }

    private sendView(client: Client, now: number) {
      const seat = seatOf(client);
      const device = seat && this.devices.get(seat.device);
      if (!seat || !device) return;
      const message = this.game.viewMessage(viewerOf(device), seat.sent, now);
      client.send('view', message);
      seat.sent = { version: message.version, logLength: message.logFrom + message.log.length };
    }

    /** Tells everyone which teams are done and online (when it changed, or `force`), and the console who is here. */
    private broadcastClass(force: boolean) {
      const online = new Set<string>();
      for (const c of this.clients) {
        const d = this.devices.get(seatOf(c)?.device ?? '');
        if (d?.team) online.add(d.team);
      }
      const message = { done: this.game.doneTeams(), online: [...online] };
      const text = JSON.stringify(message);
      if (!force && text === this.lastClass) return;
      this.lastClass = text;
      this.broadcast('class', message);
      const roster = this.roster(message.done);
      for (const c of this.clients) {
        const d = this.devices.get(seatOf(c)?.device ?? '');
        if (d?.kind === 'facilitator') c.send('roster', roster);
      }
    }

    private roster(done: string[]): RosterMessage {
      const connected = new Set(this.clients.map((c) => seatOf(c)?.device));
      return {
        devices: [...this.devices.values()]
          .sort((a, b) => a.number - b.number)
          .map((d) => ({
            id: d.id,
            number: d.number,
            viewer: viewerOf(d),
            state: connected.has(d.id) ? 'online' : this.away.has(d.id) ? 'away' : 'offline',
            done: d.team !== null && done.includes(d.team),
          })),
      };
    }

    /** Keeps the class's claim, lets an empty room go, and ends a class that has expired. */
    private housekeeping() {
      void this.serially(async () => {
        const now = Date.now();
        if (this.clients.length > 0 || this.away.size > 0) this.idleSince = now;
        if (now - this.game.lastAt >= ctx.config.ttlMs) {
          await ctx.store.deleteExpired(now - ctx.config.ttlMs);
          ctx.log(`class ${this.roomId}: expired and deleted`);
          await this.disconnect(CLOSE.gone);
          return;
        }
        if (now - this.idleSince >= ctx.config.idleMs) {
          await this.disconnect();
          return;
        }
        await renewClass(this.roomId);
      });
    }
  };
}

function reply(client: Client, id: string, result: IntentResult, version?: number) {
  const message: ResultMessage = version === undefined ? { id, result } : { id, result, version };
  client.send('result', message);
}

function requestIdOf(message: unknown): string | undefined {
  const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(id) ? id : undefined;
}

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Brings a class's room up on this server if no process has it open (the start-up restore). */
export async function openClassRoom(classId: string, roomName: string): Promise<boolean> {
  const found = await matchMaker.query({ name: roomName, roomId: classId });
  if (found.length > 0) return false;
  await matchMaker.createRoom(roomName, { classId });
  return true;
}
