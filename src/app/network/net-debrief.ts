/**
 * The debrief of a class on the network, on the teacher's device and the projector: the device
 * asks the server for the whole game (seed and events; the projector only once the game has
 * ended), replays it here with the same rules, and shows the same debrief as a class on one
 * screen, with its exports on the teacher's device only.
 */
import { formatProblem } from '../../engine/problems';
import { replay } from '../../engine/save';
import { LocalSession } from '../../session/local-session';
import type { RemoteSession } from '../../session/remote-session';
import { noticeScreen } from '../../ui/network/notice-screen';
import { showDebrief } from '../show-debrief';
import type { NetHost } from './net-host';

export async function showNetDebrief(
  host: NetHost,
  remote: RemoteSession,
  onBack: () => void,
  exports = true,
): Promise<void> {
  const { t, dictionary } = host.locale;
  const failed = (problems: string) =>
    host.show(
      noticeScreen({
        title: t('classroom.debrief.screen'),
        text: t('network.device.debrief-failed', { problems }),
        action: { label: t('network.lobby.title-back'), run: onBack },
      }),
    );
  let save: Awaited<ReturnType<RemoteSession['save']>>;
  try {
    save = await remote.save();
  } catch (error) {
    failed(String(error instanceof Error ? error.message : error));
    return;
  }
  const replayed = replay(host.library.rules(remote.scenario), save);
  if (!replayed.ok) {
    failed(replayed.problems.map(formatProblem).join('; '));
    return;
  }
  const session = new LocalSession(replayed.value, { kind: 'facilitator' });
  await showDebrief(
    {
      say: t,
      lang: host.locale.lang,
      dictionary,
      show: (screen) => host.show(screen),
      cases: { library: host.library },
    },
    session,
    {
      name: remote.info.name,
      onBack,
      exports,
    },
  );
}
