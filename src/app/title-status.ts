/**
 * The title's status line: "Ready." means everything a lesson needs is on this device — the
 * table's code loaded, the whole game stored by the service worker and the PDF handouts' font
 * kept — so the network may go. With the game stored but not the font (it is large, and kept
 * on first need), it says "Ready." and that PDFs need one download first, with a button for it.
 * Until then it says what is still happening, and when storing is impossible or failed, it
 * says that the game works only while the network does.
 */
import type { Translate } from '../view/locale';
import type { Stored } from './service-worker';

type Table = { kind: 'loading' } | { kind: 'loaded' } | { kind: 'failed'; reason: string };

/** Whether the PDF font is kept on this device. */
export type Font = { kind: 'unknown' | 'missing' | 'storing' | 'stored' } | { kind: 'failed'; reason: string };

/** The status sentence for the table's code, the stored game and the PDF font. */
export function statusWords(
  say: Translate,
  table: Table,
  stored: Stored,
  online: boolean,
  font: Font = { kind: 'stored' },
): string {
  if (table.kind === 'failed')
    return say('offline.table-failed', {
      reason: table.reason,
      advice: say(online ? 'offline.advice-online' : 'offline.advice-offline'),
    });
  if (table.kind === 'loading') return say('title.loading');
  switch (stored.kind) {
    case 'storing':
      return say('offline.storing');
    case 'stored':
      if (font.kind === 'failed') return say('title.font-failed', { reason: font.reason });
      return say(font.kind === 'stored' ? 'title.ready' : 'title.ready-font');
    case 'failed':
      return say('offline.failed', { reason: stored.reason ?? say('offline.failed-download') });
    default:
      return say(`offline.${stored.kind}`);
  }
}

export class TitleStatus {
  private table: Table = { kind: 'loading' };
  private stored: Stored = { kind: 'storing' };
  private font: Font = { kind: 'unknown' };
  /** What this line last said: a message put there by someone else (a refused resume) stays. */
  private said: string;

  constructor(
    private readonly element: HTMLElement,
    private readonly say: Translate,
    /** The button that downloads the PDF font, shown while the game is stored but not the font. */
    private readonly fontButton: HTMLButtonElement,
    private readonly storeFont: () => Promise<void>,
  ) {
    this.said = say('title.loading');
    fontButton.addEventListener('click', () => void this.downloadFont());
  }

  fontChanged(font: Font): void {
    this.font = font;
    this.write();
  }

  private async downloadFont(): Promise<void> {
    this.fontChanged({ kind: 'storing' });
    try {
      await this.storeFont();
      this.fontChanged({ kind: 'stored' });
    } catch (error) {
      this.fontChanged({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  tableLoaded(): void {
    this.table = { kind: 'loaded' };
    this.write();
  }

  tableFailed(error: unknown): void {
    this.table = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    this.write();
  }

  storedChanged(stored: Stored): void {
    this.stored = stored;
    this.write();
  }

  private write(): void {
    const text = statusWords(this.say, this.table, this.stored, navigator.onLine, this.font);
    const button = this.fontButton;
    const fontLeft = this.font.kind !== 'stored' && this.font.kind !== 'unknown';
    button.hidden = !(this.table.kind === 'loaded' && this.stored.kind === 'stored' && fontLeft);
    button.disabled = this.font.kind === 'storing';
    button.textContent = this.say(this.font.kind === 'storing' ? 'title.font-storing' : 'title.font-store');
    if (this.element.textContent !== this.said) return;
    this.element.textContent = text;
    this.element.dataset.stored = this.table.kind === 'loaded' ? this.stored.kind : this.table.kind;
    this.said = text;
  }
}
