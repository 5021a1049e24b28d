/**
 * The list of saved sessions: resume one, delete one (after a second, explicit click), or
 * import a save file as a new session. A refused file is explained and the list is unchanged.
 */

import { importSave } from '../../session/import-save';
import type { RulesFor } from '../../session/scenario-library';
import type { SessionMeta, SessionStore } from '../../session/session-store';
import { dateTime, longDate } from '../../view/language';
import { under } from '../../view/locale';
import { problemWords } from '../../view/problem-words';
import { h, replaceChildren, setText } from '../dom';
import type { Say } from './say';

export interface SessionsPanelOptions {
  store: SessionStore;
  say: Say;
  rulesFor: RulesFor;
  onResume(id: string): void;
}

export function sessionsPanel(options: SessionsPanelOptions): HTMLElement {
  const { store, say } = options;
  const s = under(say, 'classroom.sessions');
  const list = h('ul', { class: 'sessions-list', id: 'sessions-list' });
  const message = h('p', { class: 'sessions-message', id: 'sessions-message', attrs: { role: 'status' } });
  const file = h('input', {
    id: 'sessions-import',
    class: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json' },
  });

  const when = (time: number) => dateTime(time, document.documentElement.lang);
  const item = (meta: SessionMeta) => {
    const resume = h(
      'button',
      { class: 'btn btn-primary btn-small', attrs: { type: 'button', 'data-session': meta.id } },
      s('resume', { name: meta.name }),
    );
    resume.addEventListener('click', () => options.onResume(meta.id));
    const remove = h(
      'button',
      { class: 'btn btn-small', attrs: { type: 'button', 'data-delete': meta.id } },
      s('delete', { name: meta.name }),
    );
    const confirm = h(
      'button',
      { class: 'btn btn-small btn-danger', attrs: { type: 'button', 'data-confirm-delete': meta.id } },
      s('delete', { name: meta.name }),
    );
    const confirmBox = h('p', { class: 'sessions-confirm' }, s('delete-confirm', { name: meta.name }), ' ', confirm);
    confirmBox.hidden = true;
    remove.addEventListener('click', () => {
      confirmBox.hidden = false;
      confirm.focus();
    });
    confirm.addEventListener('click', () => {
      const result = store.remove(meta.id);
      if (!result.ok)
        setText(
          message,
          say(`classroom.storage.${result.reason}`, result.reason === 'failed' ? { error: result.error } : {}),
        );
      render();
      list.querySelector<HTMLElement>('button')?.focus();
    });
    return h(
      'li',
      { class: 'session', attrs: { 'data-session-item': meta.id } },
      h(
        'div',
        { class: 'session-text' },
        h(
          'strong',
          {},
          meta.ending === ''
            ? s('item', { name: meta.name, scenario: meta.scenarioTitle, round: meta.round, rounds: meta.rounds })
            : s('item-ended', { name: meta.name, scenario: meta.scenarioTitle, ending: meta.ending }),
        ),
        meta.teams.length > 0 ? h('span', {}, s('teams', { teams: meta.teams.join(', ') })) : null,
        h('span', { class: 'session-time' }, s('updated', { time: when(meta.updated) })),
      ),
      h('div', { class: 'session-actions' }, resume, remove),
      confirmBox,
    );
  };

  const render = () => {
    const sessions = store.list();
    if (sessions.length === 0) replaceChildren(list, h('li', { class: 'sessions-none' }, s('none')));
    else replaceChildren(list, ...sessions.map(item));
  };

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    setText(message, await importFile(options, chosen));
    render();
  });

  render();
  // The screen's own heading names the list: "Saved sessions" once.
  return h(
    'div',
    { class: 'sessions-panel', id: 'sessions-panel' },
    list,
    h(
      'div',
      { class: 'sessions-import' },
      h('label', { class: 'btn', attrs: { for: 'sessions-import' } }, s('import')),
      file,
    ),
    message,
  );
}

/** Imports a chosen save file as a new session; answers with what to tell the facilitator. */
async function importFile(options: SessionsPanelOptions, chosen: File): Promise<string> {
  const { say, store } = options;
  const s = under(say, 'classroom.sessions');
  let text: string;
  try {
    text = await chosen.text();
  } catch (error) {
    return s('import-refused', { reason: String(error) });
  }
  const base =
    chosen.name.replace(/\.json$/i, '').slice(0, 60) ||
    s('untitled', { date: longDate(Date.now(), document.documentElement.lang) });
  const result = await importSave(text, s('imported-name', { name: base }), options.rulesFor, store);
  if (result.ok) return s('imported', { name: result.meta.name });
  const r = result.refusal;
  const reason =
    r.key === 'import-problems'
      ? s(r.key, { problems: r.problems.map((p) => problemWords(p, say)).join(' ') })
      : r.key === 'import-unknown-scenario'
        ? s(r.key, { id: r.id })
        : s(r.key, { reason: say(`classroom.storage.${r.reason}`, { error: '' }) });
  return s('import-refused', { reason });
}
