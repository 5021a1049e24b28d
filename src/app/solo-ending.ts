/**
 * A game played alone, once over: the ending screen, and from it the class's full debrief
 * (loaded on first use), whose back button leads to the ending again.
 */
import type { LocalSession } from '../session/local-session';
import { endingScreen } from '../ui/ending-screen';
import type { Locale } from '../view/locale';
import type { Router } from './router';

export interface EndingHost {
  locale: Locale;
  router: Router;
  session: LocalSession;
  onHistory(): void;
  onDebrief(): void;
  onBackToEnding(): void;
  onAgain(): void;
  onTitle(): void;
}

export function showEnding(host: EndingHost): void {
  host.router.show(
    endingScreen({
      locale: host.locale,
      scenario: host.session.scenario,
      view: host.session.view(),
      onHistory: host.onHistory,
      onDebrief: host.onDebrief,
      onAgain: host.onAgain,
      onTitle: host.onTitle,
    }),
  );
}

/** Shows the debrief unless, by the time its code has loaded, another game has been started. */
export async function showDebrief(host: EndingHost, stillCurrent: () => boolean): Promise<void> {
  const { debriefScreen } = await import('../ui/debrief/debrief-screen');
  if (!stillCurrent()) return;
  const { locale, session } = host;
  const element = debriefScreen({
    index: session.game.rules.index,
    view: session.as({ kind: 'facilitator' }).view(),
    save: () => session.save(),
    say: locale.t,
    dictionary: locale.dictionary,
    name: session.scenario.title,
    backLabel: locale.t('ending.back-to-ending'),
    onBack: host.onBackToEnding,
  });
  host.router.show({
    name: 'debrief',
    title: locale.t('classroom.debrief.screen'),
    element,
    focusTarget: element.querySelector<HTMLElement>('#debrief-title') ?? element,
  });
}
