/**
 * The red lines panel beside the table: each declared line or pledge, public or private, where it
 * stands (tested lines wait for the class's judgement, crossed ones for an answer by a round), and
 * the council's credibility meter. The projector's view holds no private line, so none is drawn.
 */

import type { LinesModel } from '../view/lines-model';
import type { Translate } from '../view/locale';
import { h } from './dom';

export function linesPanel(t: Translate, model: LinesModel | null): HTMLElement | null {
  if (model === null) return null;
  const cred = model.credibility;
  return h(
    'section',
    { class: 'lines-panel', id: 'lines-panel', attrs: { 'aria-labelledby': 'lines-panel-title' } },
    h('h3', { id: 'lines-panel-title' }, t('council.lines.heading')),
    cred
      ? h(
          'p',
          { class: 'lines-credibility' },
          t('council.lines.credibility', { label: cred.label, value: cred.value, max: cred.max }),
        )
      : null,
    model.lines.length === 0
      ? h('p', { class: 'muted' }, t('council.lines.none'))
      : h(
          'ul',
          { class: 'lines-list' },
          ...model.lines.map((l) =>
            h(
              'li',
              { class: `line-item line-${l.status}`, attrs: { 'data-line': l.id } },
              h('strong', {}, l.label),
              ' ',
              h('span', { class: 'line-declared' }, t(`council.lines.${l.kind}-${l.declared}`)),
              h('br', {}),
              h(
                'span',
                { class: 'line-status' },
                t(`council.lines.status-${l.kind === 'pledge' && l.status === 'declared' ? 'kept' : l.status}`),
              ),
              l.due === undefined
                ? null
                : h('span', { class: 'line-due' }, ` ${t('council.lines.due', { round: l.due })}`),
            ),
          ),
        ),
  );
}
