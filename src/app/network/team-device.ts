/**
 * A team's own device at work: the team's screen drawn from its remote session on every change
 * (a new view, the connection, who is done, the timer's tick). The table model is built once
 * per view. When the teacher moves the device to another team, the screen is built again for it.
 */
import { indexScenario, type ScenarioIndex } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import type { RemoteSession } from '../../session/remote-session';
import type { GameView } from '../../session/session';
import { type TeamDeviceScreen, teamDeviceScreen } from '../../ui/network/team-device-screen';
import { type TableModel, tableModel } from '../../view/table-model';
import type { NetHost } from './net-host';
import { followClass, stripState } from './strip-state';

export function runTeamDevice(host: NetHost, remote: RemoteSession): () => void {
  let screen: TeamDeviceScreen | null = null;
  let shownTeam = '';
  let scenario: Scenario | null = null;
  let index: ScenarioIndex | null = null;
  let built: { view: GameView; model: TableModel } | null = null;

  const draw = () => {
    const viewer = remote.viewer;
    const view = remote.view();
    const team = view.teams.find((t) => viewer.kind === 'team' && t.id === viewer.team);
    if (!team) return;
    if (scenario !== remote.scenario || !index) {
      scenario = remote.scenario;
      index = indexScenario(scenario);
      built = null;
    }
    if (!screen || shownTeam !== team.id) {
      shownTeam = team.id;
      screen = teamDeviceScreen({
        locale: host.locale,
        session: remote,
        team,
        markDone: (done) => remote.markDone(done),
      });
      host.show(screen);
    }
    if (built?.view !== view) built = { view, model: tableModel(index, view, host.locale) };
    screen.update(built.model, stripState(remote), remote.classNow().done.includes(team.id));
  };
  host.showing({ session: remote, keys: { shortcut: (action, n) => screen?.shortcut(action, n) ?? false } });
  const stop = followClass(remote, draw);
  draw();
  return () => {
    host.showing(null);
    stop();
  };
}
