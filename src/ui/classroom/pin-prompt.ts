/** The PIN prompt in front of the facilitator console: a native <dialog>, with the reason a PIN was refused. */
import { under } from '../../view/locale';
import { h } from '../dom';
import type { Say } from './say';

export interface PinPrompt {
  dialog: HTMLDialogElement;
  /** Asks for the PIN (a fresh, empty field). */
  ask(): void;
}

/**
 * `check` answers true for the session's PIN and undefined when none is stored here; `onPassed`
 * opens the console; `onClosed` is told when the prompt closes.
 */
export function pinPrompt(
  say: Say,
  check: (pin: string) => boolean | undefined,
  onPassed: () => void,
  onClosed: () => void,
): PinPrompt {
  const c = under(say, 'classroom.console');
  const input = h('input', {
    id: 'console-pin',
    attrs: {
      type: 'password',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 8,
      'aria-describedby': 'console-pin-error',
    },
  });
  const error = h('p', { class: 'field-error', id: 'console-pin-error', attrs: { role: 'alert' } });
  error.hidden = true;
  const close = h('button', { class: 'btn', attrs: { type: 'button', value: 'cancel' } }, c('close'));
  const form = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', { id: 'console-pin-title' }, c('pin-title')),
    h('div', { class: 'class-field' }, h('label', { attrs: { for: 'console-pin' } }, c('pin-label')), input, error),
    h(
      'div',
      { class: 'screen-actions' },
      close,
      h('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, c('pin-submit')),
    ),
  );
  const dialog = h(
    'dialog',
    { class: 'class-dialog pin-dialog', id: 'console-pin-dialog', attrs: { 'aria-labelledby': 'console-pin-title' } },
    form,
  );
  close.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = check(input.value);
    input.value = '';
    if (verdict !== true) {
      error.hidden = false;
      error.textContent = verdict === undefined ? c('pin-none') : c('pin-wrong');
      input.focus();
      return;
    }
    dialog.close();
    onPassed();
  });
  dialog.addEventListener('close', onClosed);
  return {
    dialog,
    ask() {
      error.hidden = true;
      input.value = '';
      dialog.showModal();
      input.focus();
    },
  };
}
