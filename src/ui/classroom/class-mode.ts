/**
 * Classroom mode wired into the app: "New class" and "Saved sessions" on the title, the class
 * set-up, a class game handed to the tabletop with the classroom layer over it, resuming the
 * session a reload interrupted, and the debrief when a class game ends. The app gives a small
 * host interface; everything else about classroom mode lives in this folder.
 */

import { bundledScenarios } from '../../app/scenario-catalog';
import { SessionStore } from '../../app/sessions';
import type { Game } from '../../engine/game';
import type { Dictionary } from '../../engine/locale';
import { formatProblem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario-schema';
import { h } from '../dom';
import type { Screen } from '../screen';
import type { ClassConfig } from './class-config';
import { type ClassSession, newClassSession, resumeClassSession } from './class-session';
import { classSetupScreen } from './class-setup-screen';
import { type Classroom, runClassroom } from './classroom';
import type { Say } from './say';
import { bundledRules } from './scenario-rules';
import { sessionsPanel } from './sessions-panel';

/** What the app offers classroom mode. */
export interface ClassHost {
  say: Say;
  dictionary: Dictionary;
  /** Shows a DOM screen of classroom mode (not the title, not the table). */
  show(screen: Screen): void;
  showTitle(): void;
  /** Makes a started game the app's current one and shows it: its briefing, the table, or nothing (an ended game). */
  play(scenario: Scenario, game: Game, at: 'briefing' | 'table' | 'none'): void;
  /** Seconds left on the table's deliberation timer, or null when it is not running. */
  timeLeft(): number | null;
}

export interface ClassMode {
  /** The app is leaving the game `game` (a new game, back to the title): its classroom layer stops. */
  sessionEnded(game: Game | undefined): void;
  /** A game ended: true when it is a class game, whose debrief is now shown instead of the plain ending. */
  ended(game: Game): boolean;
}

export function installClassMode(host: ClassHost): ClassMode {
  const { say } = host;
  const store = new SessionStore();
  let current: { classroom: Classroom; session: ClassSession } | null = null;

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
    void import('../debrief/debrief-screen').then(({ debriefScreen }) => {
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

  const start = (scenario: Scenario, config: ClassConfig) => {
    void bundledRules(scenario.id).then((rules) => {
      if (!rules) return;
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
    });
  };

  const resume = async (id: string): Promise<string[] | null> => {
    const resumed = await resumeClassSession(bundledRules, store, id);
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
    const loaded = await Promise.all(bundledScenarios().map((entry) => entry.load()));
    const scenarios = loaded.flatMap((p) => (p.ok ? [p.value] : []));
    const first = scenarios[0];
    if (!first) {
      const problems = loaded.flatMap((p) => (p.ok ? [] : p.problems.map(formatProblem)));
      const status = document.getElementById('title-status');
      if (status) status.textContent = say('classroom.setup.no-scenario', { problems: problems.join('; ') });
      return;
    }
    const screen = (scenario: Scenario): Screen => {
      const element = classSetupScreen({
        scenario,
        say,
        onBack: () => host.showTitle(),
        onStart: (config) => start(scenario, config),
        ...(scenarios.length > 1 ? { scenarios, onScenario: (s: Scenario) => host.show(screen(s)) } : {}),
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
      rulesFor: bundledRules,
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

  const showGuide = async () => {
    const { guidePage } = await import('./guide-page');
    const element = guidePage({
      back: say('classroom.guide.back'),
      print: say('classroom.guide.print'),
      onBack: () => host.showTitle(),
    });
    host.show({
      name: 'guide',
      title: say('classroom.guide.screen'),
      element,
      focusTarget: element.querySelector<HTMLElement>('h1') ?? element,
    });
  };

  // The title's ways in: a new class and the saved sessions beside "New game", the guide at the end.
  const actions = document.querySelector('.title-actions');
  if (actions) {
    const newClass = h(
      'button',
      { class: 'btn btn-primary', id: 'title-class', attrs: { type: 'button' } },
      say('classroom.title.new-class'),
    );
    newClass.addEventListener('click', () => void showSetup());
    const sessions = h(
      'button',
      { class: 'btn', id: 'title-sessions', attrs: { type: 'button' } },
      say('classroom.title.sessions'),
    );
    sessions.addEventListener('click', showSessions);
    const guide = h(
      'button',
      { class: 'btn', id: 'title-guide', attrs: { type: 'button' } },
      say('classroom.title.guide'),
    );
    guide.addEventListener('click', () => void showGuide());
    actions.querySelector('#title-new')?.after(newClass, sessions);
    actions.append(guide);
  }

  // A reload (or a crash) in the middle of a class goes straight back to it.
  const active = store.active();
  if (active !== undefined) void resume(active);

  return {
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
