/**
 * The title's status line: "Ready." means everything a lesson needs is on this device — the
 * table's code loaded and the whole game stored by the service worker — so the network may go.
 * Until then it says what is still happening, and when storing is impossible or failed, it
 * says that the game works only while the network does.
 */
import type { Translate } from '../view/locale';
import type { Stored } from './service-worker';

type Table = { kind: 'loading' } | { kind: 'loaded' } | { kind: 'failed'; reason: string };

/** The status sentence for the table's code and the stored game. */
export function statusWords(say: Translate, table: Table, stored: Stored, online: boolean): string {
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
      return say('title.ready');
    case 'failed':
      return say('offline.failed', { reason: stored.reason ?? say('offline.failed-download') });
    default:
      return say(`offline.${stored.kind}`);
  }
}

export class TitleStatus {
  private table: Table = { kind: 'loading' };
  private stored: Stored = { kind: 'storing' };
  /** What this line last said: a message put there by someone else (a refused resume) stays. */
  private said: string;

  constructor(
    private readonly element: HTMLElement,
    private readonly say: Translate,
  ) {
    this.said = say('title.loading');
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
    const text = statusWords(this.say, this.table, this.stored, navigator.onLine);
    if (this.element.textContent !== this.said) return;
    this.element.textContent = text;
    this.element.dataset.stored = this.table.kind === 'loaded' ? this.stored.kind : this.table.kind;
    this.said = text;
  }
}
