/**
 * The Phaser host: the drawn table is created the first time a table is shown (Phaser loads in
 * the background from the title on), restarted for each new game, and put to sleep while
 * another screen is up. It draws what the table presenter gives it and nothing else.
 */
import type { TableHandle, TableStrings, TableUi } from '../table/table-handle';
import { byId } from '../ui/dom';
import { fontsFor } from '../ui/fonts';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';

export class TableHost {
  private drawn: TableHandle | null = null;
  /** The current game's model and choices, for drawing the table again. */
  private latest: (() => { model: TableModel; ui: TableUi }) | null = null;
  private loading: Promise<void> | null = null;
  /** Which game the table is for now: a newer one replaces an older one that is still loading. */
  private game = 0;
  ready = false;
  readyAt = 0;
  dealtAt = -1;

  constructor(
    private readonly locale: Locale,
    private readonly calm: () => boolean,
  ) {}

  /** Loads Phaser in the background, once the title is on screen, so the table is quick to open. */
  prefetch(): Promise<void> {
    return import('../table/boot').then((boot) => boot.loadPhaser()).then(() => undefined);
  }

  /**
   * Starts Phaser's game and makes the scenario's fonts ready while the briefing is read, so that
   * its last click has only the table itself to build. Nothing is drawn yet.
   */
  warm(scenarioText: string): void {
    if (this.drawn) return;
    void Promise.all([import('../table/boot'), fontsFor(scenarioText)])
      .then(([boot]) => boot.warmTable(byId('table-canvas')))
      // A failure here is met again, and said, when the table opens.
      .catch(() => undefined);
  }

  get animating(): boolean {
    return this.drawn?.animating ?? false;
  }

  get frozen(): number {
    return this.drawn?.frozen ?? 0;
  }

  get textures(): number {
    return this.drawn?.textures ?? 0;
  }

  /**
   * Shows a new game's table: the first one creates the drawn table, later ones restart it.
   * `latest` gives the model and the players' choices as they are when it is ready to draw.
   * The fonts are chosen from the scenario's words and the interface's own (a Korean interface
   * needs the Hangul faces on an English scenario's table), never from what players typed: a
   * team's Hangul name falls back to the device's own Korean font, which works offline too.
   */
  open(model: TableModel, ui: TableUi, scenarioText: string, latest: () => { model: TableModel; ui: TableUi }): void {
    this.latest = latest;
    this.ready = false;
    const game = ++this.game;
    const loading = byId('table-loading');
    const strings = this.strings(model);
    const fontText = `${scenarioText} ${Object.values(strings).join(' ')}`;
    const drawn = this.drawn;
    if (drawn) {
      loading.hidden = true;
      void Promise.all([fontsFor(fontText), this.scaleText()]).then(() => {
        // A newer game may have started while the fonts loaded; it resets the table itself.
        if (this.game === game) drawn.reset(model, ui, strings);
      });
      return;
    }
    loading.hidden = false;
    this.loading ??= Promise.all([import('../table/boot'), fontsFor(fontText), this.scaleText()])
      .then(([boot]) =>
        boot.createTable({
          parent: byId('table-canvas'),
          model,
          ui,
          strings,
          calm: this.calm(),
          ...this.signals(loading),
        }),
      )
      .then((handle) => {
        this.drawn = handle;
        // The game may have moved on while Phaser loaded; draw where it is now.
        const now = latest();
        handle.render(now.model, now.ui);
        if (byId('stage-frame').hidden) handle.sleep();
      })
      .catch((error: unknown) => {
        this.loading = null;
        byId('table-loading-text').textContent = this.locale.t('app.table-failed', { reason: String(error) });
      });
  }

  /** Draws the model and the players' choices (the drawn table animates what changed). */
  render(model: TableModel, ui: TableUi): void {
    this.drawn?.render(model, ui);
  }

  sleep(): void {
    this.drawn?.sleep();
  }

  setCalm(calm: boolean): void {
    this.drawn?.setCalm(calm);
  }

  /** The player chose another text size: the drawn table is built again with its words at that size. */
  restyle(): void {
    const drawn = this.drawn;
    const latest = this.latest;
    if (!drawn || !latest) return;
    void this.scaleText().then(() => {
      const now = latest();
      drawn.reset(now.model, now.ui, this.strings(now.model));
    });
  }

  /** The page's text size, handed to the drawn table's texts. */
  private async scaleText(): Promise<void> {
    const scale = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--text-scale'));
    (await import('../table/boot')).setTextScale(scale);
  }

  private signals(loading: HTMLElement): { onDrawn(): void; onDealt(): void } {
    return {
      onDealt: () => {
        this.dealtAt = performance.now();
      },
      onDrawn: () => {
        this.ready = true;
        this.readyAt = performance.now();
        loading.hidden = true;
      },
    };
  }

  private strings(model: TableModel): TableStrings {
    const t = this.locale.t;
    return {
      news: t('table.news'),
      hand: t(model.handOwner === 'council' ? 'table.council-hand' : 'table.hand'),
      current: t('table.rung-current'),
      open: t('table.rung-open'),
      locked: t('card.locked-short'),
      playable: t('card.playable'),
      played: t('card.played-stamp'),
      higher: t('briefing.better-higher'),
      lower: t('briefing.better-lower'),
      capital: model.capital.label,
    };
  }
}
