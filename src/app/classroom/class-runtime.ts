/**
 * Classroom mode at work, loaded only when a class is set up or resumed: the class set-up, a
 * class game handed to the tabletop with the classroom layer over it, the saved sessions, a
 * resumed session, and the debrief when a class game ends.
 */
import type { Game } from '../../engine/game';
import type { Problem } from '../../engine/problems';
import { checkSave } from '../../engine/save';
import type { Scenario } from '../../engine/scenario-schema';
import { type ClassConfig, type ClassSession, newClassSession, resumeClassSession } from '../../session/class-session';
import { LocalSession } from '../../session/local-session';
import { sessionsScreen } from '../../ui/classroom/sessions-screen';
import { longDate } from '../../view/language';
import { playerSeat } from '../../view/table-model';
import { relaunchIn } from '../language-choice';
import { showDebrief as debriefOf } from '../show-debrief';
import type { ClassHost } from './class-host';
import { showClassSetup } from './class-setup-flow';
import { type Classroom, runClassroom } from './classroom';

/** What classroom mode does once loaded; `class-mode.ts` calls it from the title's buttons and the app's routes. */
export interface ClassRuntime {
  showSetup(): Promise<void>;
  showSessions(): void;
  resume(id: string): Promise<Problem[] | null>;
  sessionEnded(session: LocalSession): void;
  ended(session: LocalSession): boolean;
}

interface Running {
  classroom: Classroom;
  class: ClassSession;
  session: LocalSession;
}

/** The shared table shows the seat the class plays (known once the teams are in the game). */
const tableOf = (game: Game) =>
  new LocalSession(game, { kind: 'seat', seat: playerSeat(game.rules.index.scenario, game.context) });

/** The saved sessions, each save checked (the save schema) before it is listed. */
function savedSessions(host: ClassHost, onResume: (id: string) => Promise<Problem[] | null>) {
  const { store, say, library } = host;
  return sessionsScreen({
    store,
    checkSave,
    say,
    rulesFor: library.rulesFor,
    onBack: () => host.showTitle(),
    onResume,
  });
}

export function classRuntime(host: ClassHost): ClassRuntime {
  const { say, store, library } = host;
  let current: Running | null = null;

  const stop = () => {
    current?.classroom.stop();
    current = null;
  };

  /** Runs classroom mode on a class game, as the projector sees it (the teams and the console see it as themselves). */
  const run = (session: ClassSession): void => {
    stop();
    const projector = new LocalSession(session.game, { kind: 'projector' });
    const classroom = runClassroom({
      host: document.body,
      session: projector,
      say,
      lang: host.lang,
      store,
      keyboard: host.keyboard,
      meta: session.meta,
      ...(session.ui === undefined ? {} : { ui: session.ui }),
      timeLeft: () => host.timeLeft(),
      onDebrief: () => void showDebrief(projector, session),
    });
    current = { classroom, class: session, session: projector };
  };

  const showDebrief = (table: LocalSession, session: ClassSession) =>
    debriefOf(
      {
        say: host.say,
        lang: host.lang,
        dictionary: host.dictionary,
        show: (s) => host.show(s),
        cases: { library, store },
      },
      table,
      {
        name: session.meta.name,
        onBack: () => {
          store.setActive(undefined);
          stop();
          host.showTitle();
        },
      },
    );

  const start = (scenario: Scenario, config: ClassConfig, fromFile: boolean) => {
    // A scenario from a file is kept beside the sessions (again: another tab may have deleted
    // its last session since it was opened), so the class can be resumed and its save imported
    // in this browser. If storage refuses it, the class still plays (the autosave's notice
    // tells of storage trouble); only a resume would then be refused.
    if (fromFile) store.keepScenario(scenario.id, scenario.version, JSON.stringify(scenario));
    const untitled = say('classroom.sessions.untitled', { date: longDate(Date.now(), host.lang) });
    const session = newClassSession(library.rules(scenario), config, store, untitled, undefined, host.lang);
    // Classroom mode listens before the game starts, so the very first event is saved.
    run(session);
    if (current?.session.sendNow(config.start).ok) host.play(tableOf(session.game), 'briefing');
  };

  const resume = async (id: string): Promise<Problem[] | null> => {
    if (relaunchIn(store, id, host.lang)) return null;
    const resumed = await resumeClassSession(library.rulesFor, store, id);
    if (!resumed.ok) return resumed.problems;
    if (resumed.session.meta.solo) {
      // Played alone: no classroom layer, and the tab keeps it for a reload (not as a class).
      store.setActive(undefined);
      host.playSolo(resumed.session);
      return null;
    }
    run(resumed.session);
    const table = tableOf(resumed.session.game);
    if (table.game.phase === 'ended') {
      host.play(table, 'none');
      void showDebrief(table, resumed.session);
    } else host.play(table, 'table');
    return null;
  };

  return {
    showSetup: () => showClassSetup(host, start),
    showSessions: () => host.show(savedSessions(host, resume)),
    resume,
    sessionEnded(session) {
      if (!current || session.game !== current.session.game) return;
      // The class was left for another game: a reload no longer goes back to it (it stays in the list).
      store.setActive(undefined);
      stop();
    },
    ended(session) {
      if (!current || current.session.game !== session.game) return false;
      void showDebrief(current.session, current.class);
      return true;
    },
  };
}
