/**
 * The page's notices, over whatever screen is up: a new version waiting for a safe moment, or
 * a part of the game that could not be loaded. One area for the whole page, so a notice stays
 * in view when the screen under it changes. The area sits in the browser's top layer (a
 * popover), moved into any modal dialog that opens (a team's screen in a class, the console,
 * a PIN), so no dialog hides it or makes it inert. Each notice can be dismissed, so none
 * covers a card for a whole round.
 */
import './notices.css';
import { h, replaceChildren } from '../ui/dom';

export interface NoticeOptions {
  /** A failure: announced at once (role alert) rather than politely (role status). */
  failure?: boolean;
  /** The dismiss button's words; without them the notice stays until it is hidden. */
  dismiss?: string;
}

export class Notices {
  private area: HTMLElement | null = null;
  /** The modal dialogs open, the one opened last at the end. */
  private modals: HTMLDialogElement[] = [];

  /** Shows (or replaces) the notice with this id. */
  show(id: string, text: string, options: NoticeOptions = {}): void {
    const notice =
      this.area?.querySelector<HTMLElement>(`#${id}`) ??
      h('div', { class: 'app-notice', id, attrs: { role: options.failure ? 'alert' : 'status' } });
    notice.classList.toggle('app-notice-failure', options.failure === true);
    const dismiss = options.dismiss
      ? h(
          'button',
          { class: 'btn btn-small', attrs: { type: 'button' }, on: { click: () => notice.remove() } },
          options.dismiss,
        )
      : null;
    replaceChildren(notice, h('span', { class: 'app-notice-text' }, text), dismiss);
    if (!notice.isConnected) this.areaOf().append(notice);
  }

  /** Takes the notice away, if it is up. */
  hide(id: string): void {
    this.area?.querySelector(`#${id}`)?.remove();
  }

  private areaOf(): HTMLElement {
    if (!this.area) {
      this.area = h('div', { class: 'app-notices', id: 'app-notices', attrs: { popover: 'manual' } });
      new MutationObserver((changes) => this.place(changes)).observe(document.body, {
        subtree: true,
        childList: true,
        attributeFilter: ['open'],
      });
    }
    this.place([]);
    return this.area;
  }

  /**
   * Keeps the area in the top layer, inside the modal dialog opened last when one is open: a
   * modal dialog covers what was shown before it and makes everything outside it inert, so a
   * notice left outside would be hidden, or seen with a button that does not answer.
   */
  private place(changes: readonly MutationRecord[]): void {
    const area = this.area;
    if (!area) return;
    for (const { type, target } of changes)
      if (type === 'attributes' && target instanceof HTMLDialogElement && target.open)
        this.modals = [...this.modals.filter((d) => d !== target), target];
    // Modals opened before the first notice come first, in the page's order (their order of opening is not known).
    const open = [...document.querySelectorAll('dialog')].filter((d) => d.matches(':modal'));
    this.modals = [...open.filter((d) => !this.modals.includes(d)), ...this.modals.filter((d) => open.includes(d))];
    const host = this.modals.at(-1) ?? document.body;
    const popovers = typeof area.showPopover === 'function';
    if (area.parentElement === host && (!popovers || area.matches(':popover-open'))) return;
    host.append(area);
    if (popovers) area.showPopover();
  }
}

/** The page's one notice area. */
export const notices = new Notices();
