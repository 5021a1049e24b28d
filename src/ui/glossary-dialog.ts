/**
 * The glossary, one key away during play: the entries the round being played allows (see
 * `glossary-model.ts`), narrowed as a student types, and the way to the sources behind the
 * game's facts. A modal sheet like the history and the help: Esc closes it and focus returns.
 */
import { type GlossaryEntry, glossaryMatches } from '../view/glossary-model';
import type { Locale } from '../view/locale';
import { type SheetDialog, sheetDialog } from './dialog';
import { h, replaceChildren, setText } from './dom';
import './styles/reference.css';

export interface GlossaryDialog extends SheetDialog {
  /** Opens on these entries (the ones players may read now), under `intro`. */
  show(entries: readonly GlossaryEntry[], intro: string): void;
}

export function glossaryDialog(locale: Locale, onSources: () => void): GlossaryDialog {
  const { t } = locale;
  const dialog = sheetDialog('glossary-dialog', t('glossary.heading'), locale);
  const intro = h('p', { class: 'glossary-intro' });
  const search = h('input', {
    id: 'glossary-search',
    attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'glossary-search-hint' },
  });
  const count = h('p', { class: 'glossary-count', id: 'glossary-count', attrs: { role: 'status' } });
  const list = h('dl', { class: 'glossary-list', id: 'glossary-list' });
  const sources = h(
    'button',
    { class: 'btn', id: 'glossary-sources', attrs: { type: 'button' } },
    t('sources.open-so-far'),
  );
  let entries: readonly GlossaryEntry[] = [];

  const render = () => {
    const query = search.value.trim();
    const found = glossaryMatches(entries, query);
    replaceChildren(
      list,
      ...found.map((e) => h('div', { class: 'glossary-entry' }, h('dt', {}, e.term), h('dd', {}, e.definition))),
    );
    if (entries.length === 0) setText(count, t('glossary.empty'));
    else if (found.length === 0) setText(count, t('glossary.no-match', { query }));
    else setText(count, t('glossary.count', { shown: found.length, total: entries.length }));
  };
  search.addEventListener('input', render);
  sources.addEventListener('click', () => {
    dialog.close();
    onSources();
  });
  dialog.body.append(
    intro,
    h('p', { class: 'glossary-sources' }, t('glossary.sources'), ' ', sources),
    h(
      'div',
      { class: 'glossary-search' },
      h('label', { attrs: { for: 'glossary-search' } }, t('glossary.search')),
      search,
      h('span', { class: 'field-hint', id: 'glossary-search-hint' }, t('glossary.search-hint')),
    ),
    count,
    list,
  );
  return Object.assign(dialog, {
    show(next: readonly GlossaryEntry[], introText: string) {
      entries = next;
      setText(intro, introText);
      search.value = '';
      render();
      dialog.open();
      // A student opens the glossary to look a word up: the search field takes the typing at once.
      search.focus();
    },
  });
}
