/**
 * The layer the hot-seat screens are shown in: a modal dialog, so the table behind is inert
 * while a team has the device, and its keys never reach the table's shortcuts (a stray E would
 * end the turn). Escape does not close it: the device is passed with the screen's own button.
 */
import { h, replaceChildren } from '../dom';

export interface ClassLayer {
  element: HTMLDialogElement;
  /** Shows this content (null hides the layer). */
  show(content: HTMLElement | null): void;
}

/** Stops a plain key from reaching the page's shortcuts; Ctrl, Alt and Meta combinations pass. */
export function keepKeys(event: KeyboardEvent): void {
  if (!event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
}

/**
 * `corner` stays in the layer whatever it shows: the facilitator's way to the console, which the
 * layer (a modal) would otherwise cover just when an undo is needed.
 */
export function classLayer(corner?: HTMLElement): ClassLayer {
  const layer = h('dialog', { class: 'classroom-layer', id: 'classroom-layer' });
  const body = h('div', { class: 'classroom-layer-body' });
  layer.append(body);
  if (corner) layer.append(corner);
  layer.addEventListener('cancel', (event) => event.preventDefault());
  layer.addEventListener('keydown', keepKeys);
  return {
    element: layer,
    show(content) {
      if (content === null) {
        body.replaceChildren();
        if (layer.open) layer.close();
        return;
      }
      replaceChildren(body, content);
      const heading = content.querySelector('h1');
      if (heading?.id) layer.setAttribute('aria-labelledby', heading.id);
      if (!layer.open) layer.showModal();
    },
  };
}
