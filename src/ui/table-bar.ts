/** The bar along the top of the table: the scenario and round, the phase track, the timer, the capital, and the sheets' buttons. */
import type { Phase } from '../session/session';
import { percentStyle, TOP_BAR } from '../view/layout';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';
import { h, setText } from './dom';

/** The phases a round runs through, in order, as the track shows them. */
export const FLOW: Phase[] = ['brief', 'deliberate', 'decide', 'resolve'];

export interface TableBar {
  element: HTMLElement;
  update(model: TableModel): void;
  /** Seconds left to deliberate, or null to hide the timer. */
  setTimer(seconds: number | null, paused: boolean): void;
}

function keyButton(id: string, label: string, key: string, action: () => void): HTMLButtonElement {
  const b = h(
    'button',
    { class: 'btn', id, attrs: { type: 'button', 'aria-keyshortcuts': key } },
    label,
    h('kbd', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key),
  );
  b.addEventListener('click', action);
  return b;
}

export function tableBar(
  locale: Locale,
  title: string,
  open: { history(): void; glossary(): void; help(): void; settings(): void; leave(): void },
): TableBar {
  const { t } = locale;
  // Line one: the scenario and the round's number; line two, larger: when the round is.
  const roundCount = h('span', { class: 'round-count' });
  const roundText = h('span', { class: 'round', id: 'round-text' });
  const phaseItems = FLOW.map((p) => h('li', { attrs: { 'data-phase': p } }, t(`phases.${p}`)));
  const timer = h('span', {
    class: 'timer',
    id: 'timer',
    attrs: { role: 'timer', hidden: true, 'aria-label': t('table.timer') },
  });
  const capital = h('span', { class: 'capital', id: 'capital' });
  const settings = h('button', { class: 'btn', id: 'open-settings', attrs: { type: 'button' } }, t('table.settings'));
  settings.addEventListener('click', open.settings);
  const leave = h('button', { class: 'btn', id: 'leave-table', attrs: { type: 'button' } }, t('leave.button'));
  leave.addEventListener('click', open.leave);
  const element = h(
    'header',
    { class: 'top-bar', id: 'top-bar' },
    h(
      'div',
      { class: 'round-box' },
      h('span', { class: 'round-line' }, h('span', { class: 'scenario-title' }, title), roundCount),
      roundText,
    ),
    h('ol', { class: 'phase-track', attrs: { 'aria-label': t('table.phase-track') } }, ...phaseItems),
    h('span', { class: 'spacer' }),
    timer,
    capital,
    keyButton('open-history', t('table.history'), 'H', open.history),
    keyButton('open-glossary', t('glossary.open'), 'G', open.glossary),
    keyButton('open-help', t('table.help'), '?', open.help),
    settings,
    leave,
  );
  Object.assign(element.style, percentStyle(TOP_BAR));
  return {
    element,
    update(m) {
      const count = t('table.round', { round: m.round, rounds: m.rounds });
      setText(roundCount, m.roundLabel ? ` · ${count}` : '');
      setText(roundText, m.roundLabel || count);
      // Where the bar is too narrow for the whole label, a pointer over it shows it.
      roundText.title = m.roundLabel ? `${count} · ${m.roundLabel}` : count;
      const at = FLOW.indexOf(m.phase);
      phaseItems.forEach((li, i) => {
        if (i === at) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
        li.classList.toggle('done', at >= 0 && i < at);
      });
      setText(capital, t('table.capital', { label: m.capital.label, value: m.capital.value, max: m.capital.max }));
      capital.title = `${m.capital.description} ${t('table.capital-income', { perRound: m.capital.perRound })}`;
    },
    setTimer(seconds, paused) {
      timer.hidden = seconds === null;
      if (seconds === null) return;
      const s = Math.max(0, Math.ceil(seconds));
      const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}${paused ? ` (${t('table.timer-paused')})` : ''}`;
      setText(timer, text);
      timer.classList.toggle('low', s <= 15);
    },
  };
}
