/**
 * The shared table of a class on the network, on the projector or the teacher's laptop: the
 * same table presenter and drawn table as a game in this tab, on a remote session whose viewer
 * sees no private brief, with the server's timer and the class's line (connection, teams done,
 * the join code for a late device) over it. The projector only watches: its phase buttons are
 * hidden, since the server would refuse them.
 */
import { indexScenario } from '../../engine/scenario-index';
import type { RemoteSession } from '../../session/remote-session';
import { classStrip } from '../../ui/network/class-strip';
import type { ShortcutAction } from '../../ui/shortcuts';
import { openTable } from '../open-table';
import { TablePresenter } from '../table-presenter';
import type { NetHost } from './net-host';
import { ServerCountdown } from './server-countdown';
import { followClass, stripState } from './strip-state';

/** The table's keys that only look (a card, a page, back to the phase): the projector's. */
const LOOKING: ReadonlySet<ShortcutAction> = new Set(['pick', 'page-prev', 'page-next', 'escape']);

export interface ClassTable {
  presenter: TablePresenter;
  stop(): void;
}

/**
 * `onLeave` is the table's way out (its Leave button and the browser's Back): the teacher's laptop
 * goes back to the class's front page; the projector has nowhere else to go.
 */
export function runClassTable(
  host: NetHost,
  remote: RemoteSession,
  onEnded: () => void,
  onLeave: () => void = () => undefined,
): ClassTable {
  const scenario = remote.scenario;
  const countdown = new ServerCountdown(remote, (left, paused) => presenter.table?.setTimer(left, paused));
  const presenter: TablePresenter = new TablePresenter({
    session: remote,
    index: indexScenario(scenario),
    locale: host.locale,
    host: host.host,
    narrator: host.narrator,
    timer: countdown,
    gameKey: `${scenario.id}/${remote.info.classId}`,
    onEnded,
    onHistory: () => host.onHistory(remote),
    onGlossary: () => host.onGlossary(remote),
    onLeave,
    onHelp: host.onHelp,
    onSettings: host.onSettings,
  });
  openTable(host.router, host.host, presenter, scenario);
  const strip = classStrip(host.locale.t);
  strip.element.classList.add('net-strip-over');
  document.body.append(strip.element);
  document.body.dataset.netDevice = remote.viewer.kind;
  // The projector only watches: keys that would act on the game (end the turn, the next phase) are not its own.
  const watching = remote.viewer.kind === 'projector';
  host.showing({
    session: remote,
    keys: {
      shortcut: (action, n) => (!watching || LOOKING.has(action)) && (presenter.table?.shortcut(action, n) ?? false),
    },
  });
  const stopFollowing = followClass(remote, () => strip.update(stripState(remote, remote.info.code)));
  strip.update(stripState(remote, remote.info.code));
  return {
    presenter,
    stop() {
      host.showing(null);
      stopFollowing();
      countdown.stop();
      presenter.close();
      strip.element.remove();
      delete document.body.dataset.netDevice;
    },
  };
}
