/**
 * Classroom mode at work, loaded only when a class is set up or resumed: the class set-up, a
 * class game handed to the tabletop with the classroom layer over it, the saved sessions, a
 * resumed session, and the debrief when a class game ends.
 */

import { type Game, prepare } from '../../engine/game';
import { formatProblem, type Parsed, type Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario-schema';
import { type ClassSession, newClassSession, resumeClassSession } from '../../session/class-session';
import type { SessionStore } from '../../session/session-store';
import { classSetupScreen } from '../../ui/classroom/class-setup-screen';
import { sessionsPanel } from '../../ui/classroom/sessions-panel';
import { h } from '../../ui/dom';
import type { Screen } from '../../ui/screen';
import type { ClassConfig } from '../../view/class-config';
import type { ClassHost } from './class-host';
import { type Classroom, runClassroom } from './classroom';
import { bundledParsed, fileStanding, knownRules } from './scenario-rules';

/** What classroom mode does once loaded; `class-mode.ts` calls it from the title's buttons and the app's routes. */
export interface ClassRuntime {
  showSetup(): Promise<void>;
  showSessions(): void;
  resume(id: string): Promise<string[] | null>;
  sessionEnded(game: Game | undefined): void;
  ended(game: Game): boolean;
}

export function classRuntime(host: ClassHost, store: SessionStore): ClassRuntime {
  const { say } = host;
  let current: { classroom: Classroom; session: ClassSession } | null = null;
  const rulesFor = knownRules(store);

  const stop = () => {
    current?.classroom.stop();
    current = null;
  };

  const run = (session: ClassSession) => {
    stop();
    const classroom = runClassroom({
      host: document.body,
      game: session.game,
      say,
      store,
      meta: session.meta,
      ...(session.ui === undefined ? {} : { ui: session.ui }),
      timeLeft: () => host.timeLeft(),
      onDebrief: () => showDebrief(session),
    });
    current = { classroom, session };
    return classroom;
  };

  const showDebrief = (session: ClassSession) => {
    void import('../../ui/debrief/debrief-screen').then(({ debriefScreen }) => {
      const element = debriefScreen({
        game: session.game,
        say,
        dictionary: host.dictionary,
        name: session.meta.name,
        onBack: () => {
          store.setActive(undefined);
          stop();
          host.showTitle();
        },
      });
      host.show({
        name: 'debrief',
        title: say('classroom.debrief.screen'),
        element,
        focusTarget: element.querySelector<HTMLElement>('#debrief-title') ?? element,
      });
    });
  };

  const start = (scenario: Scenario, config: ClassConfig, fromFile: boolean) => {
    // A scenario from a file is kept beside the sessions (again: another tab may have deleted
    // its last session since it was opened), so the class can be resumed and its save imported
    // in this browser. If storage refuses it, the class still plays (the autosave's notice
    // tells of storage trouble); only a resume would then be refused.
    if (fromFile) store.keepScenario(scenario.id, scenario.version, JSON.stringify(scenario));
    const rules = prepare(scenario);
    const session = newClassSession(
      rules,
      config,
      store,
      say('classroom.sessions.untitled', { date: new Date().toLocaleDateString() }),
    );
    // Classroom mode listens before the game starts, so the very first event is saved.
    const classroom = run(session);
    const started = classroom.send(config.start);
    if (started.ok) host.play(scenario, session.game, 'briefing');
  };

  const resume = async (id: string): Promise<string[] | null> => {
    const resumed = await resumeClassSession(rulesFor, store, id);
    if (!resumed.ok) return resumed.problems;
    run(resumed.session);
    const game = resumed.session.game;
    if (game.phase === 'ended') {
      host.play(game.rules.index.scenario, game, 'none');
      showDebrief(resumed.session);
    } else host.play(game.rules.index.scenario, game, 'table');
    return null;
  };

  const showSetup = async () => {
    const loaded = await bundledParsed();
    const scenarios = loaded.flatMap((p) => (p.ok ? [p.value] : []));
    const fromFiles = new Map<Scenario, string>();
    const first = scenarios[0];
    if (!first) {
      const problems = loaded.flatMap((p) => (p.ok ? [] : p.problems.map(formatProblem)));
      const status = document.getElementById('title-status');
      if (status) status.textContent = say('classroom.setup.no-scenario', { problems: problems.join('; ') });
      return;
    }
    /** A file opened on the set-up: its problems, or none once it is chosen (replacing an earlier file). */
    const openFile = async (parsed: Parsed<Scenario>, fileName: string): Promise<Problem[]> => {
      if (!parsed.ok) return parsed.problems;
      const standing = await fileStanding(parsed.value, store);
      if (standing.kind === 'clash') return standing.problems;
      for (const [earlier] of fromFiles) scenarios.splice(scenarios.indexOf(earlier), 1);
      fromFiles.clear();
      const scenario = standing.kind === 'bundled' ? standing.scenario : parsed.value;
      if (!scenarios.includes(scenario)) {
        scenarios.push(scenario);
        fromFiles.set(scenario, fileName);
        // Kept at once, so a save of a class on it can be imported here before any class starts.
        store.keepScenario(scenario.id, scenario.version, JSON.stringify(scenario));
      }
      host.show(screen(scenario));
      return [];
    };
    const screen = (scenario: Scenario): Screen => {
      const element = classSetupScreen({
        scenario,
        say,
        onBack: () => host.showTitle(),
        onStart: (config) => start(scenario, config, fromFiles.has(scenario)),
        scenarios,
        fileOf: (s: Scenario) => fromFiles.get(s),
        onScenario: (s: Scenario) => host.show(screen(s)),
        onFile: openFile,
      });
      return {
        name: 'class-setup',
        title: say('classroom.setup.screen'),
        element,
        focusTarget: element.querySelector<HTMLElement>('#class-setup-title') ?? element,
      };
    };
    host.show(screen(first));
  };

  const showSessions = () => {
    const message = h('p', { class: 'problems', attrs: { role: 'alert' } });
    message.hidden = true;
    const back = h('button', { class: 'btn', attrs: { type: 'button' } }, say('classroom.sessions.back'));
    back.addEventListener('click', () => host.showTitle());
    const heading = h('h1', { id: 'sessions-screen-title', attrs: { tabindex: -1 } }, say('classroom.sessions.screen'));
    const panel = sessionsPanel({
      store,
      say,
      rulesFor,
      onResume: (id) => {
        void resume(id).then((problems) => {
          if (problems === null) return;
          message.hidden = false;
          message.textContent = say('classroom.sessions.resume-refused', { problems: problems.join('; ') });
        });
      },
    });
    const element = h(
      'section',
      { class: 'screen sessions-screen', id: 'sessions-screen', attrs: { 'aria-labelledby': 'sessions-screen-title' } },
      h('div', { class: 'sheet' }, heading, message, panel, h('div', { class: 'screen-actions' }, back)),
    );
    host.show({ name: 'sessions', title: say('classroom.sessions.screen'), element, focusTarget: heading });
  };

  return {
    showSetup,
    showSessions,
    resume,
    sessionEnded(game) {
      if (!current || game !== current.session.game) return;
      // The class was left for another game: a reload no longer goes back to it (it stays in the list).
      store.setActive(undefined);
      stop();
    },
    ended(game) {
      if (!current || current.session.game !== game) return false;
      showDebrief(current.session);
      return true;
    },
  };
}
