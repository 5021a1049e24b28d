/**
 * The Sources page over a game: during play only the sources behind what the class has seen so
 * far, once the game is over all of them. Its back button returns to the screen it came from.
 */
import type { Session } from '../session/session';
import type { Screen } from '../ui/screen';
import { sourcesPage } from '../ui/sources-page';
import type { Locale } from '../view/locale';

/** Where the Sources page was opened, and so where its back button leads. */
export type SourcesFrom = 'briefing' | 'table' | 'ending' | 'debrief';

export function showSources(
  show: (screen: Screen) => void,
  { t, lang }: Pick<Locale, 't' | 'lang'>,
  session: Session,
  from: SourcesFrom,
  back: () => void,
): void {
  show(
    sourcesPage({
      t,
      lang,
      scenario: session.scenario,
      at: session.view(),
      backLabel: t(`sources.back-${from}`),
      onBack: back,
    }),
  );
}
