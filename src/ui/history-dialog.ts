/**
 * The history log, one key away: every round, news item, decision with its rationale,
 * reaction, dice roll and meter change with its cause, from the engine's timeline.
 */

import type { TimelineLine } from '../engine/timeline';
import type { Locale } from '../view/locale';
import { type SheetDialog, sheetDialog } from './dialog';
import { h, replaceChildren } from './dom';

export interface HistoryDialog extends SheetDialog {
  /** Shows these lines (the whole game so far). */
  show(lines: readonly TimelineLine[]): void;
}

export function historyDialog(locale: Locale): HistoryDialog {
  const t = locale.t;
  const dialog = sheetDialog('history-dialog', t('history.heading'), locale);
  const list = h('ol', { class: 'history-list' });
  dialog.body.append(h('p', {}, t('history.intro')), list);
  return Object.assign(dialog, {
    show(lines: readonly TimelineLine[]) {
      if (lines.length === 0) replaceChildren(list, h('li', {}, t('history.empty')));
      else replaceChildren(list, ...lines.map((l) => h('li', { class: `depth-${l.depth}` }, l.text)));
      dialog.open();
      // The latest entries matter most while playing.
      list.lastElementChild?.scrollIntoView({ block: 'end' });
    },
  });
}
