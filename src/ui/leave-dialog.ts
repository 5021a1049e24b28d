/**
 * The way out of the table, asked first: leaving keeps the game among the saved sessions, and
 * "Stay" (or Esc) goes back to the game untouched.
 */
import type { Locale } from '../view/locale';
import { type SheetDialog, sheetDialog } from './dialog';
import { h } from './dom';

export function leaveDialog(locale: Locale, onLeave: () => void): SheetDialog {
  const { t } = locale;
  const sheet = sheetDialog('leave-dialog', t('leave.title'), locale);
  const stay = h('button', { class: 'btn', id: 'leave-stay', attrs: { type: 'button' } }, t('leave.stay'));
  const go = h('button', { class: 'btn btn-primary', id: 'leave-go', attrs: { type: 'button' } }, t('leave.go'));
  stay.addEventListener('click', () => sheet.close());
  go.addEventListener('click', () => {
    sheet.close();
    onLeave();
  });
  sheet.body.append(h('p', {}, t('leave.kept')), h('div', { class: 'dialog-actions' }, stay, go));
  return {
    element: sheet.element,
    body: sheet.body,
    open() {
      sheet.open();
      // Staying is the safe answer, so it is where focus waits.
      stay.focus();
    },
    close: () => sheet.close(),
    get isOpen() {
      return sheet.isOpen;
    },
  };
}
