/**
 * The teacher's device: the class's front page (join code, QR code, who joined, move and remove
 * a device) and the shared table with the facilitator console over it (pause, extend, skip,
 * inject, undo, end), every action sent through the console's remote session. When every team
 * has said it is done with the decision, the decision ends by itself, as on one screen when
 * the last team passes the device back.
 */
import type { HeldSeat } from '../../session/device-seats';
import type { RemoteSession } from '../../session/remote-session';
import type { IntentResult } from '../../session/session';
import { h } from '../../ui/dom';
import { type LobbyScreen, lobbyScreen } from '../../ui/network/lobby-screen';
import { refusalWords } from '../../view/refusal-words';
import { type MountedConsole, mountConsole } from '../classroom/console-mount';
import { storedPinLock } from '../classroom/pin-lock-store';
import { type ClassTable, runClassTable } from './class-table';
import type { NetHost } from './net-host';
import { followClass } from './strip-state';

export interface FacilitatorRun {
  showLobby(): void;
  showTable(): void;
  stop(): void;
}

export function runFacilitator(
  host: NetHost,
  remote: RemoteSession,
  seat: HeldSeat,
  onEnded: () => void,
): FacilitatorRun {
  const { t } = host.locale;
  const origin = location.origin;
  const { classId, code } = remote.info;
  const failure = (result: Exclude<IntentResult, { ok: true }>) =>
    'refusal' in result ? refusalWords(result.refusal, remote.scenario, t) : t(`app.not-sent.${result.notSent}`);
  const lobby: LobbyScreen = lobbyScreen({
    say: t,
    code,
    joinUrl: `${origin}/?join=${code}`,
    address: `${origin}/`,
    projectorUrl: `${origin}/?class=${classId}&as=projector${seat.projectorToken ? `#${seat.projectorToken}` : ''}`,
    actions: { move: (d, team) => remote.moveDevice(d, team), remove: (d) => remote.removeDevice(d), failure },
    onTable: () => showTable(),
  });
  let table: (ClassTable & { console: MountedConsole; devices: HTMLElement }) | null = null;
  let endedFor = -1;

  const leaveTable = () => {
    if (!table) return;
    table.console.stop();
    table.devices.remove();
    table.stop();
    table = null;
  };
  const showLobby = () => {
    leaveTable();
    host.show(lobby);
    lobby.update(remote.view().teams, remote.roster());
  };
  const showTable = () => {
    leaveTable();
    const shown = runClassTable(host, remote, onEnded, () => showLobby());
    const console = mountConsole(document.body, host.keyboard, {
      session: remote,
      say: t,
      lang: host.locale.lang,
      checkPin: (pin) => (seat.pin === undefined ? undefined : pin === seat.pin),
      pinLock: storedPinLock(remote.info.classId),
      timeLeft: () => remote.deliberationLeft()?.seconds ?? null,
      onDebrief: onEnded,
    });
    const devices = h(
      'button',
      { class: 'btn btn-small net-devices-button', id: 'net-devices', attrs: { type: 'button' } },
      t('network.device.devices'),
    );
    devices.addEventListener('click', showLobby);
    document.body.append(devices);
    table = { ...shown, console, devices };
  };
  /** Every team is done with the decision: it ends, once per round. */
  const endWhenAllDone = () => {
    const view = remote.view();
    const done = new Set(remote.classNow().done);
    if (view.phase !== 'decide' || view.paused || view.teams.length === 0 || endedFor === view.round) return;
    if (!view.teams.every((team) => done.has(team.id))) return;
    endedFor = view.round;
    void remote.send({ type: 'turn.end' }).then((result) => {
      if (!result.ok) endedFor = -1;
    });
  };
  let listed: unknown = null;
  let seen: unknown = null;
  const stopFollowing = followClass(
    remote,
    () => {
      // Drawn again only when something changed: the teacher may be choosing in a list.
      const roster = remote.roster();
      if (host.router.name === 'net-lobby' && roster !== listed) lobby.update(remote.view().teams, roster);
      listed = host.router.name === 'net-lobby' ? roster : null;
      if (remote.view() !== seen) table?.console.refresh();
      seen = remote.view();
      endWhenAllDone();
    },
    null,
  );
  return {
    showLobby,
    showTable,
    stop() {
      stopFollowing();
      leaveTable();
    },
  };
}
