/** A class game's full debrief, loaded on first use: the facilitator's view of the finished game, with its exports. */
import type { LocalSession } from '../../session/local-session';
import type { ClassHost } from './class-host';

export async function showClassDebrief(
  host: ClassHost,
  table: LocalSession,
  name: string,
  onBack: () => void,
): Promise<void> {
  const { debriefScreen } = await import('../../ui/debrief/debrief-screen');
  const element = debriefScreen({
    index: table.game.rules.index,
    view: table.as({ kind: 'facilitator' }).view(),
    save: () => table.save(),
    say: host.say,
    dictionary: host.dictionary,
    name,
    onBack,
  });
  host.show({
    name: 'debrief',
    title: host.say('classroom.debrief.screen'),
    element,
    focusTarget: element.querySelector<HTMLElement>('#debrief-title') ?? element,
  });
}
