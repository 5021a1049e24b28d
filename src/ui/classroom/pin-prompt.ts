/** The PIN prompt in front of the facilitator console: a native <dialog>, with the reason a PIN was refused. */
import { under } from '../../view/locale';
import { h } from '../dom';
import type { Say } from './say';

export interface PinPrompt {
  dialog: HTMLDialogElement;
  /** Asks for the PIN (a fresh, empty field). */
  ask(): void;
}

/** The lockout after repeated wrong PINs: how long it still holds (ms), and what a wrong or right PIN does to it. */
export interface PinLock {
  left(): number;
  wrong(): void;
  right(): void;
  /** Wrong PINs still allowed before the next lock. */
  triesLeft(): number;
}

/**
 * `check` answers true for the session's PIN and undefined when none is stored here; `onPassed`
 * opens the console; `onClosed` is told when the prompt closes. While `lock` holds, no PIN is checked.
 */
export function pinPrompt(
  say: Say,
  check: (pin: string) => boolean | undefined,
  lock: PinLock,
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
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
  let reopen: ReturnType<typeof setTimeout> | undefined;
  const say1 = (text: string) => {
    error.hidden = false;
    error.textContent = text;
  };
  /** While locked, the field and the button wait, and say for how long. */
  const showLock = (): boolean => {
    const left = lock.left();
    input.disabled = left > 0;
    if (submit) submit.disabled = left > 0;
    if (reopen !== undefined) clearTimeout(reopen);
    if (left <= 0) return false;
    say1(say('console.locked', { seconds: Math.ceil(left / 1000) }));
    reopen = setTimeout(() => {
      error.hidden = true;
      showLock();
      input.focus();
    }, left);
    return true;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (showLock()) return;
    const verdict = check(input.value);
    input.value = '';
    if (verdict === true) {
      lock.right();
      dialog.close();
      onPassed();
      return;
    }
    if (verdict === false) lock.wrong();
    if (showLock()) return;
    say1(
      verdict === undefined
        ? c('pin-none')
        : `${c('pin-wrong')} ${say('console.wrong-left', { left: lock.triesLeft() })}`,
    );
    input.focus();
  });
  dialog.addEventListener('close', () => {
    if (reopen !== undefined) clearTimeout(reopen);
    onClosed();
  });
  return {
    dialog,
    ask() {
      error.hidden = true;
      input.value = '';
      dialog.showModal();
      if (showLock()) close.focus();
      else input.focus();
    },
  };
}
