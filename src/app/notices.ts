/**
 * The page's notices, over whatever screen is up: a new version waiting for a safe moment, or
 * a part of the game that could not be loaded. One area for the whole page, so a notice stays
 * in view when the screen under it changes; a failure can be dismissed, the update notice
 * stays until the new version loads.
 */
import './notices.css';
import { h, replaceChildren } from '../ui/dom';

export interface NoticeOptions {
  /** A failure: announced at once (role alert) and given a way to dismiss it. */
  failure?: boolean;
  /** The dismiss button's words, for a failure. */
  dismiss?: string;
}

export class Notices {
  private area: HTMLElement | null = null;

  /** Shows (or replaces) the notice with this id. */
  show(id: string, text: string, options: NoticeOptions = {}): void {
    const notice =
      this.area?.querySelector<HTMLElement>(`#${id}`) ??
      h('div', { class: 'app-notice', id, attrs: { role: options.failure ? 'alert' : 'status' } });
    notice.classList.toggle('app-notice-failure', options.failure === true);
    const dismiss =
      options.failure && options.dismiss
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
      this.area = h('div', { class: 'app-notices', id: 'app-notices' });
      document.body.append(this.area);
    }
    return this.area;
  }
}

/** The page's one notice area. */
export const notices = new Notices();
