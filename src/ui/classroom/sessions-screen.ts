/** The saved sessions as a screen of their own: the list, a word when a session cannot be resumed, and the way back. */
import type { Problem } from '../../engine/problems';
import type { RulesFor } from '../../session/scenario-library';
import type { SaveCheck, SessionStore } from '../../session/session-store';
import { problemWords } from '../../view/problem-words';
import { h } from '../dom';
import type { Screen } from '../screen';
import type { Say } from './say';
import { sessionsPanel } from './sessions-panel';

export interface SessionsScreenOptions {
  store: SessionStore;
  checkSave: SaveCheck;
  say: Say;
  rulesFor: RulesFor;
  onBack(): void;
  /** Resumes a session; answers with the problems when it cannot be. */
  onResume(id: string): Promise<Problem[] | null>;
}

export function sessionsScreen(options: SessionsScreenOptions): Screen {
  const { say } = options;
  const message = h('p', { class: 'problems', attrs: { role: 'alert' } });
  message.hidden = true;
  const back = h('button', { class: 'btn', attrs: { type: 'button' } }, say('classroom.sessions.back'));
  back.addEventListener('click', () => options.onBack());
  const heading = h('h1', { id: 'sessions-screen-title', attrs: { tabindex: -1 } }, say('classroom.sessions.screen'));
  const panel = sessionsPanel({
    store: options.store,
    checkSave: options.checkSave,
    say,
    rulesFor: options.rulesFor,
    onResume: (id) => {
      void options.onResume(id).then((problems) => {
        if (problems === null) return;
        message.hidden = false;
        message.textContent = say('classroom.sessions.resume-refused', {
          problems: problems.map((p) => problemWords(p, say)).join(' '),
        });
      });
    },
  });
  const element = h(
    'section',
    { class: 'screen sessions-screen', id: 'sessions-screen', attrs: { 'aria-labelledby': 'sessions-screen-title' } },
    h('div', { class: 'sheet' }, heading, message, panel, h('div', { class: 'screen-actions' }, back)),
  );
  return {
    name: 'sessions',
    title: say('classroom.sessions.screen'),
    element,
    focusTarget: heading,
    back: options.onBack,
  };
}
