/** The phase's one action, bottom right of the table: continue, ready, end the turn, next round. */
import type { Intent, Phase } from '../session/session';
import { ACTIONS_AREA, percentStyle } from '../view/layout';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';
import { h, setText } from './dom';

export interface PhaseActions {
  element: HTMLElement;
  /** The button of each phase that has one. */
  of: Partial<Record<Phase, HTMLButtonElement>>;
  update(model: TableModel): void;
}

function actionButton(id: string, label: HTMLElement | string, key: string, action: () => void): HTMLButtonElement {
  const b = h(
    'button',
    { class: 'btn btn-primary', id, attrs: { type: 'button', 'aria-keyshortcuts': key, hidden: true } },
    label,
    h('kbd', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key),
  );
  b.addEventListener('click', action);
  return b;
}

export function phaseActions(locale: Locale, send: (intent: Intent) => void): PhaseActions {
  const { t } = locale;
  const nextLabel = h('span', {}, t('table.next-round'));
  const of: Partial<Record<Phase, HTMLButtonElement>> = {
    brief: actionButton('action-continue', t('table.continue'), 'N', () => send({ type: 'brief.done' })),
    deliberate: actionButton('action-ready', t('table.ready'), 'N', () => send({ type: 'deliberation.done' })),
    decide: actionButton('action-end-turn', t('table.end-turn'), 'E', () => send({ type: 'turn.end' })),
    resolve: actionButton('action-next', nextLabel, 'N', () => send({ type: 'round.next' })),
  };
  const element = h(
    'div',
    { class: 'actions', id: 'actions', attrs: { role: 'group', 'aria-label': t('table.actions') } },
    ...Object.values(of),
  );
  Object.assign(element.style, percentStyle(ACTIONS_AREA));
  return {
    element,
    of,
    update(m) {
      setText(nextLabel, m.round >= m.rounds ? t('table.see-ending') : t('table.next-round'));
      for (const [phase, button] of Object.entries(of)) button.hidden = phase !== m.phase;
    },
  };
}
