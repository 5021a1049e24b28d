/**
 * A game played alone, once over: the ending screen, and from it the class's full debrief
 * (loaded on first use), whose back button leads to the ending again.
 */
import type { LocalSession } from '../session/local-session';
import { endingScreen } from '../ui/ending-screen';
import type { Screen } from '../ui/screen';
import { earlyText } from '../view/ending-words';
import type { Locale } from '../view/locale';
import type { CaseSources } from './compare-cases';
import type { Router } from './router';
import { showDebrief } from './show-debrief';

export interface EndingHost {
  locale: Locale;
  router: Router;
  session: LocalSession;
  onHistory(): void;
  onDebrief(): void;
  onSources(): void;
  onBackToEnding(): void;
  onAgain(): void;
  onTitle(): void;
  /** Where the other cases come from, for the debrief's comparison. */
  cases?: CaseSources;
}

export function showEnding(host: EndingHost): void {
  host.router.show(
    endingScreen({
      locale: host.locale,
      scenario: host.session.scenario,
      view: host.session.view(),
      early: earlyText(host.session.game.rules.index, host.session.view(), host.locale.t),
      onHistory: host.onHistory,
      onDebrief: host.onDebrief,
      onSources: host.onSources,
      onAgain: host.onAgain,
      onTitle: host.onTitle,
    }),
  );
}

/** Shows the debrief unless, by the time its code has loaded, another game has been started. */
export function showSoloDebrief(host: EndingHost, stillCurrent: () => boolean): Promise<void> {
  const { locale, session } = host;
  const route = {
    say: locale.t,
    lang: locale.lang,
    dictionary: locale.dictionary,
    show: (screen: Screen) => host.router.show(screen),
    ...(host.cases ? { cases: host.cases } : {}),
  };
  return showDebrief(route, session, {
    name: session.scenario.title,
    backLabel: locale.t('ending.back-to-ending'),
    onBack: host.onBackToEnding,
    stillCurrent,
  });
}
