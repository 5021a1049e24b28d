/**
 * The facilitator console put on the page: its small button, Ctrl+Shift+F, and its PIN and
 * console dialogs, whose plain keys never reach the table's shortcuts. The class on one screen
 * and the class on the network mount the same console on their own session.
 */
import { keepKeys } from '../../ui/classroom/class-layer';
import { type ConsoleOptions, facilitatorConsole } from '../../ui/classroom/facilitator-console';
import { h } from '../../ui/dom';
import type { Keyboard } from '../keyboard';

export interface MountedConsole {
  button: HTMLButtonElement;
  refresh(): void;
  /** Asks for the PIN, then opens the console (as the button and Ctrl+Shift+F do). */
  request(): void;
  /** Takes the console off the page. */
  stop(): void;
}

export function mountConsole(host: HTMLElement, keyboard: Keyboard, options: ConsoleOptions): MountedConsole {
  const button = h(
    'button',
    {
      class: 'btn btn-small console-button',
      id: 'console-button',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Control+Shift+F' },
    },
    options.say('classroom.console.open'),
  );
  const ui = facilitatorConsole(options);
  host.append(button, ...ui.elements);
  for (const el of ui.elements) el.addEventListener('keydown', keepKeys);
  button.addEventListener('click', () => ui.request());
  const stopKey = keyboard.on((event) => {
    if (!event.ctrlKey || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return false;
    ui.request();
    return true;
  });
  return {
    button,
    refresh: () => ui.refresh(),
    request: () => ui.request(),
    stop() {
      stopKey();
      for (const el of [button, ...ui.elements]) el.remove();
    },
  };
}
