/** The help overlay: how a round works and every keyboard shortcut. */
import type { Locale } from '../view/locale';
import { type SheetDialog, sheetDialog } from './dialog';
import { h } from './dom';
import { SHORTCUTS } from './shortcuts';

export function helpDialog(locale: Locale): SheetDialog {
  const t = locale.t;
  const dialog = sheetDialog('help-dialog', t('help.heading'), locale);
  const rows = SHORTCUTS.map((s) =>
    h(
      'tr',
      {},
      h('td', {}, ...s.keys.flatMap((k, i) => [i > 0 ? ' ' : null, k === '…' ? '…' : h('kbd', {}, k)])),
      h('td', {}, t(`keys.${s.action}`)),
    ),
  );
  dialog.body.append(
    h('p', {}, t('help.round')),
    h('p', {}, t('help.ladder')),
    h('p', {}, t('help.cards')),
    h('h3', {}, t('help.keys')),
    h(
      'table',
      { class: 'keys-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t('help.key')),
          h('th', { attrs: { scope: 'col' } }, t('help.action')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
  return dialog;
}
