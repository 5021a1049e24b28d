/**
 * The shared table in words, for a team's own device (a phone is too narrow for the drawn
 * table): where each ladder stands, the meters, and this round's news in full. Built from the
 * same table model the drawn table reads; every word is the scenario's or the locale's, as text.
 */

import type { Locale } from '../../view/locale';
import { under } from '../../view/locale';
import type { TableModel } from '../../view/table-model';
import { h, replaceChildren } from '../dom';
import { newsItem } from '../table-details';

export interface SharedTable {
  element: HTMLElement;
  update(model: TableModel): void;
}

export function sharedTable(locale: Locale): SharedTable {
  const t = under(locale.t, 'network.team');
  const body = h('div', { class: 'net-shared-body' });
  const element = h(
    'section',
    { class: 'net-shared', id: 'net-shared', attrs: { 'aria-labelledby': 'net-shared-title' } },
    h('h2', { id: 'net-shared-title' }, t('table')),
    body,
  );
  return {
    element,
    update(model) {
      const ladders = model.ladders.map((ladder) => {
        const rung = ladder.rungs.find((r) => r.id === ladder.current);
        return h(
          'li',
          { class: `net-ladder${ladder.isPlayer ? ' is-player' : ''}`, attrs: { 'data-ladder': ladder.id } },
          t('rung', { ladder: ladder.label, rung: rung?.label ?? ladder.current }),
        );
      });
      const meters = model.meters.map((m) =>
        h('li', { attrs: { 'data-meter': m.id } }, t('meter', { label: m.label, value: m.value })),
      );
      const news = model.news;
      replaceChildren(
        body,
        h('h3', {}, t('ladders')),
        h('ul', { class: 'net-ladders' }, ...ladders),
        h('h3', {}, t('meters')),
        h('ul', { class: 'net-meters' }, ...meters),
        h('h3', {}, t('news')),
        news.length === 0
          ? h('p', {}, t('no-news'))
          : h('div', { class: 'net-news' }, ...news.map((n) => newsItem(locale, n))),
      );
    },
  };
}
