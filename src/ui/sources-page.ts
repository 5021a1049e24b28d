/**
 * The Sources page: the scenario's sources as a bibliography a teacher can print and hand out
 * (publisher, title, date, kind, and the address as a real link that opens in a new tab), grouped
 * by kind. During play it lists only what `sourcesModel` allows: the sources behind what the
 * class has seen, none dated after the round being played. Every piece of text goes in as text.
 */
import type { Scenario } from '../engine/scenario-schema';
import { readableDate } from '../view/language';
import { type Translate, under } from '../view/locale';
import { type Source, type SourceGroup, type SourcesAt, sourceLink, sourcesModel } from '../view/sources-model';
import { h } from './dom';
import type { Screen } from './screen';
import './styles/reference.css';

export interface SourcesPageDeps {
  t: Translate;
  /** The interface's language, for the sources' dates. */
  lang: string;
  scenario: Scenario;
  /** The game as it stands: during play the list stops at the round being played. */
  at: SourcesAt;
  /** The back button's words: where it leads. */
  backLabel: string;
  onBack(): void;
}

export function sourcesPage(deps: SourcesPageDeps): Screen {
  const s = under(deps.t, 'sources');
  const model = sourcesModel(deps.scenario, deps.at);
  const heading = h('h1', { id: 'sources-heading', attrs: { tabindex: -1 } }, s('heading'));
  const back = h('button', { class: 'btn', id: 'sources-back', attrs: { type: 'button' } }, deps.backLabel);
  back.addEventListener('click', () => deps.onBack());
  const print = h('button', { class: 'btn btn-primary', id: 'sources-print', attrs: { type: 'button' } }, s('print'));
  print.addEventListener('click', () => window.print());
  const lede =
    model.scope === 'all'
      ? s('lede-all', { total: model.total })
      : s('lede-so-far', {
          round: model.round,
          label: model.roundLabel,
          shown: model.shown,
          total: model.total,
          until: readableDate(model.until, deps.lang),
        });
  const element = h(
    'section',
    {
      class: 'screen sources-page',
      id: 'sources-page',
      attrs: { 'aria-labelledby': 'sources-heading', 'data-scope': model.scope, 'data-until': model.until },
    },
    h(
      'div',
      { class: 'sheet' },
      h('p', { class: 'kicker' }, deps.scenario.title),
      heading,
      h('p', { class: 'lede' }, lede),
      ...(model.groups.length === 0
        ? [h('p', {}, s('none'))]
        : model.groups.map((g) => groupSection(g, deps.t, deps.lang))),
      h('div', { class: 'screen-actions' }, back, print),
    ),
  );
  return { name: 'sources', title: s('screen'), element, focusTarget: heading };
}

/** One kind of source: a heading, what the kind means, and its sources by date. */
function groupSection(group: SourceGroup, t: Translate, lang: string): HTMLElement {
  const s = under(t, 'sources');
  const id = `sources-${group.kind}`;
  return h(
    'section',
    { class: 'source-group', attrs: { 'aria-labelledby': id } },
    h('h2', { id }, s(`kind-${group.kind}`), ' ', h('span', { class: 'count' }, `(${group.sources.length})`)),
    h('p', { class: 'field-hint' }, s(`note-${group.kind}`)),
    h('ol', { class: 'source-list' }, ...group.sources.map((x) => sourceEntry(x, t, lang))),
  );
}

/** A bibliography entry: publisher. Title. Date. The address. */
export function sourceEntry(source: Source, t: Translate, lang: string): HTMLElement {
  const s = under(t, 'sources');
  const link = sourceLink(source);
  return h(
    'li',
    { class: 'source-entry', attrs: { 'data-source': source.id } },
    h('span', { class: 'source-publisher' }, source.publisher),
    '. ',
    source.title === undefined ? null : h('cite', {}, source.title),
    source.title === undefined ? null : '. ',
    source.date === undefined
      ? h('span', { class: 'source-date' }, s('undated'))
      : h('time', { class: 'source-date', attrs: { datetime: source.date } }, readableDate(source.date, lang)),
    '. ',
    link === undefined ? null : sourceAnchor(link, link, t),
  );
}

/** A link that opens in a new tab, gives the new page no hold on this one, and says so to a screen reader. */
export function sourceAnchor(href: string, text: string, t: Translate): HTMLAnchorElement {
  return h(
    'a',
    { class: 'source-link', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } },
    text,
    h('span', { class: 'sr-only' }, ` ${t('sources.new-tab')}`),
  );
}
