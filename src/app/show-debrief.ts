/**
 * The full debrief of a finished game, loaded on first use: the facilitator's view of it, with
 * its exports. A class goes there when it ends; a game played alone, from its ending.
 */
import type { Dictionary } from '../engine/locale';
import type { LocalSession } from '../session/local-session';
import type { Screen } from '../ui/screen';
import type { Translate } from '../view/locale';
import type { CaseSources } from './compare-cases';
import { loadPart } from './part-loader';
import { showSources } from './show-sources';

export interface DebriefRoute {
  say: Translate;
  /** The interface's language (`ko`, `en`), for the dates. */
  lang: string;
  dictionary: Dictionary;
  show(screen: Screen): void;
  /** Where the other cases come from, to set this one beside them; without it the debrief compares nothing. */
  cases?: CaseSources;
}

export interface DebriefChoices {
  /** The name the exported files take. */
  name: string;
  /** The back button's words, when it leads elsewhere than the title. */
  backLabel?: string;
  onBack(): void;
  /** False when, by the time the debrief's code has loaded, the app has moved on to another game. */
  stillCurrent?(): boolean;
  /** False where the debrief is shown without its exports (a class's projector: they are the teacher's). */
  exports?: boolean;
}

export async function showDebrief(route: DebriefRoute, session: LocalSession, choices: DebriefChoices): Promise<void> {
  const [loaded, save, cases] = await Promise.all([
    loadPart(route.say, 'debrief', () => import('../ui/debrief/debrief-screen')),
    session.save(),
    otherCases(route, session),
  ]);
  if (!loaded || (choices.stillCurrent && !choices.stillCurrent())) return;
  const { debriefScreen } = loaded;
  const element = debriefScreen({
    index: session.game.rules.index,
    view: session.as({ kind: 'facilitator' }).view(),
    save: () => session.save(),
    events: save.events,
    say: route.say,
    words: { dictionary: route.dictionary, lang: route.lang },
    name: choices.name,
    ...(choices.backLabel === undefined ? {} : { backLabel: choices.backLabel }),
    onBack: choices.onBack,
    ...(choices.exports === false ? { exports: false } : {}),
    ...(cases.length === 0 ? {} : { cases }),
    // The Sources page's back button brings this very debrief back, as it was left.
    onSources: () =>
      showSources(
        (s) => route.show(s),
        { t: route.say, lang: route.lang },
        session,
        'debrief',
        () => route.show(screen),
      ),
  });
  const screen: Screen = {
    name: 'debrief',
    title: route.say('classroom.debrief.screen'),
    element,
    focusTarget: element.querySelector<HTMLElement>('#debrief-title') ?? element,
    back: choices.onBack,
  };
  route.show(screen);
}

/**
 * The comparisons with the other cases, loaded with the debrief (they replay saves, so they need
 * the save schema); none when they cannot be had (the debrief goes on without them).
 */
async function otherCases(route: DebriefRoute, session: LocalSession) {
  if (!route.cases) return [];
  try {
    const { compareCases } = await import('./compare-cases');
    return await compareCases(route.cases, { scenario: session.scenario, context: session.game.context });
  } catch {
    return [];
  }
}
