/**
 * A modal sheet (help, settings, history): a native <dialog>, so focus stays inside while it
 * is open, Esc closes it, and focus returns to whatever opened it.
 */
import type { Locale } from '../view/locale';
import { h } from './dom';

export interface SheetDialog {
  element: HTMLDialogElement;
  body: HTMLElement;
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let counter = 0;

export function sheetDialog(id: string, title: string, locale: Locale): SheetDialog {
  const headingId = `${id}-heading-${++counter}`;
  const body = h('div', { class: 'dialog-body' });
  const close = h('button', { class: 'btn dialog-close', attrs: { type: 'button' } }, locale.t('app.close'));
  const element = h(
    'dialog',
    { class: 'sheet-dialog', id, attrs: { 'aria-labelledby': headingId } },
    close,
    h('h2', { id: headingId }, title),
    body,
  );
  let opener: Element | null = null;
  close.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    opener = null;
  });
  // A click on the backdrop (outside the sheet) closes it too.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  document.body.append(element);
  return {
    element,
    body,
    open() {
      if (element.open) return;
      opener = document.activeElement;
      element.showModal();
      close.focus();
    },
    close() {
      if (element.open) element.close();
    },
    get isOpen() {
      return element.open;
    },
  };
}
