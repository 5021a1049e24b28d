/**
 * A class on the network at work, loaded on first use: creating the class from the set-up,
 * joining one with the code, and every device's way to its screen — a team's own device, the
 * projector's table, the teacher's front page and console. A device keeps its seat (its token)
 * in this browser, so a reload, a crash or a sleep brings it back to the same place.
 */
import '../../ui/classroom/classroom.css';
import '../../ui/network/network.css';
import type { Scenario } from '../../engine/scenario-schema';
import { type ApiError, createClass, joinClass, lookUpClass, openConsole } from '../../session/class-api';
import type { ClassConfig } from '../../session/class-session';
import { dropSeat, type HeldSeat, heldSeat, holdSeat } from '../../session/device-seats';
import { RemoteSession } from '../../session/remote-session';
import { joinScreen } from '../../ui/network/join-screen';
import { noticeScreen } from '../../ui/network/notice-screen';
import { runClassTable } from './class-table';
import { runFacilitator } from './facilitator-device';
import { showNetDebrief } from './net-debrief';
import type { NetHost } from './net-host';
import { installNetHook } from './net-test-hook';
import { runTeamDevice } from './team-device';

export interface NetRuntime {
  create(scenario: Scenario, config: ClassConfig, fromFile: boolean): Promise<void>;
  /** The join screen, with the code from the address if there is one, and a word on why it is shown. */
  showJoin(code?: string, why?: string): void;
  /** Takes this device to its seat in the class (the token it holds), or to the join screen. */
  enter(classId: string): Promise<void>;
}

/** Waits before connecting again when the server does not answer (it may be restarting). */
const RETRY_MS = 1000;

export function netRuntime(host: NetHost, location: Location): NetRuntime {
  const runtime = new Runtime(host, location);
  return {
    create: (scenario, config, fromFile) => runtime.create(scenario, config, fromFile),
    showJoin: (code, why) => runtime.showJoin(code, why),
    enter: (classId) => runtime.enter(classId),
  };
}

class Runtime {
  private running: { remote: RemoteSession; stop(): void } | null = null;
  private readonly endpoint: string;

  constructor(
    private readonly host: NetHost,
    private readonly location: Location,
  ) {
    this.endpoint = location.origin;
  }

  private get t() {
    return this.host.locale.t;
  }

  private readonly errorWords = (error: ApiError, retryAfter?: number) =>
    this.t(`network.errors.${error}`, { seconds: Math.ceil(retryAfter ?? 60) });

  private notice(title: string, text: string, action?: { label: string; run(): void }) {
    this.host.show(noticeScreen({ title, text, ...(action ? { action } : {}) }));
  }

  private readonly toTitle = () => {
    this.stop();
    history.replaceState(null, '', addressOf(this.location, null));
    this.host.showTitle();
  };

  private stop() {
    this.running?.stop();
    this.running?.remote.close();
    this.running = null;
  }

  async create(scenario: Scenario, config: ClassConfig, fromFile: boolean) {
    const { t } = this;
    this.host.leaveGame();
    this.notice(t('network.lobby.title'), t('network.setup.creating'));
    const made = await createClass(this.endpoint, {
      ...(fromFile ? { scenario } : { scenarioId: scenario.id }),
      start: config.start,
      pin: config.pin,
      name: config.name,
    });
    if (!made.ok) {
      const reason = this.errorWords(made.error, made.retryAfter);
      this.notice(t('network.lobby.title'), t('network.setup.create-failed', { reason }), {
        label: t('network.lobby.title-back'),
        run: this.toTitle,
      });
      return;
    }
    const { classId, code, facilitatorToken, projectorToken } = made.value;
    holdSeat({ classId, code, token: facilitatorToken, kind: 'facilitator', pin: config.pin, projectorToken });
    await this.enter(classId, 'lobby');
  }

  showJoin(code?: string, why?: string) {
    this.stop();
    this.host.leaveGame();
    const { endpoint } = this;
    const hold = async (seat: HeldSeat) => {
      holdSeat(seat);
      await this.enter(seat.classId);
    };
    this.host.show(
      joinScreen({
        say: this.t,
        ...(code === undefined ? {} : { code }),
        ...(why === undefined ? {} : { why }),
        lookUp: (c) => lookUpClass(endpoint, c),
        join: async (c, team) => {
          const joined = await joinClass(endpoint, c, team);
          if (joined.ok)
            await hold({ classId: joined.value.classId, code: c, token: joined.value.token, kind: 'team' });
          return joined;
        },
        openConsole: async (c, pin) => {
          const opened = await openConsole(endpoint, c, pin);
          if (opened.ok) {
            const { classId, facilitatorToken, projectorToken } = opened.value;
            await hold({ classId, code: c, token: facilitatorToken, kind: 'facilitator', pin, projectorToken });
          }
          return opened;
        },
        errorWords: this.errorWords,
        onBack: this.toTitle,
      }),
    );
  }

  /** Connects with the seat's token, trying again while the server does not answer; null when the token is refused. */
  private async connect(seat: HeldSeat): Promise<RemoteSession | null> {
    const { t } = this;
    for (let attempt = 0; ; attempt++) {
      try {
        const options = { endpoint: this.endpoint, classId: seat.classId, token: seat.token, timeoutMs: 15_000 };
        return await RemoteSession.connect(options);
      } catch (error) {
        if ((error as { code?: number }).code === 403) return null;
        const text = attempt === 0 ? 'network.connection.connecting' : 'network.device.connect-wait';
        this.notice(t('network.device.connecting'), t(text));
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }

  async enter(classId: string, first: 'lobby' | 'table' = 'table') {
    const { t } = this;
    this.stop();
    this.host.leaveGame();
    takeProjectorLink(this.location, classId);
    history.replaceState(null, '', addressOf(this.location, classId));
    const seat = heldSeat(classId);
    if (!seat) return this.showJoin();
    this.notice(t('network.device.connecting'), t('network.connection.connecting'));
    const remote = await this.connect(seat);
    if (!remote) {
      dropSeat(classId);
      return this.showJoin(undefined, t('network.device.forbidden'));
    }
    const stopClosed = remote.onConnection((c) => this.closed(c, remote, seat));
    const stopDevice = this.run(remote, seat, first);
    this.running = {
      remote,
      stop() {
        stopClosed();
        stopDevice();
      },
    };
    installNetHook(this.location, remote);
  }

  /** The class stopped for good for this device (removed, the class gone, its token refused): it says so. */
  private closed(connection: string, remote: RemoteSession, seat: HeldSeat) {
    const why = remote.closedBecause();
    if (connection !== 'closed' || why === 'left' || why === null) return;
    this.stop();
    dropSeat(seat.classId);
    this.notice(this.t('network.device.connecting'), this.t(`network.device.${why}`), {
      label: this.t('network.device.join-again'),
      run: () => this.showJoin(),
    });
  }

  /** Starts the device's own screen for its viewer; returns the way to stop it. */
  private run(remote: RemoteSession, seat: HeldSeat, first: 'lobby' | 'table'): () => void {
    const kind = remote.viewer.kind;
    if (kind === 'team') return runTeamDevice(this.host, remote);
    if (kind === 'facilitator') {
      const debrief = () => void showNetDebrief(this.host, remote, this.toTitle);
      const teacher = runFacilitator(this.host, remote, seat, debrief);
      if (remote.view().phase === 'ended') debrief();
      else if (first === 'lobby') teacher.showLobby();
      else teacher.showTable();
      return () => teacher.stop();
    }
    // The projector shows the debrief when the class ends, without the exports (the teacher's).
    const debrief = () => void showNetDebrief(this.host, remote, this.toTitle, false);
    const table = runClassTable(this.host, remote, debrief);
    if (remote.view().phase === 'ended') debrief();
    return () => table.stop();
  }
}

/** The page's address for a class (or none), keeping `?test` for the browser tests. */
function addressOf(location: Location, classId: string | null): string {
  const params = new URLSearchParams(location.search);
  for (const key of ['join', 'class', 'as']) params.delete(key);
  if (classId !== null) params.set('class', classId);
  const query = params.toString().replace(/=(?=&|$)/g, '');
  return `${location.pathname}${query === '' ? '' : `?${query}`}`;
}

/** The projector's link carries its token after the `#`: it is kept as this device's seat and taken out of the address. */
function takeProjectorLink(location: Location, classId: string): void {
  const params = new URLSearchParams(location.search);
  const token = location.hash.slice(1);
  if (params.get('as') !== 'projector' || token === '') return;
  holdSeat({ classId, code: '', token, kind: 'projector' });
}
