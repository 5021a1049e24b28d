/**
 * The Phaser host: the drawn table is created the first time a table is asked for (Phaser loads in
 * the background from the title on), restarted for each new game, and put to sleep while
 * another screen is up. It draws what the table presenter gives it and nothing else.
 *
 * A game's table is built while its briefing is read, in the stage laid out but unseen, so
 * the briefing's last click only shows it: on a slow laptop the table's build (its texts and
 * pictures) takes most of a second, which the reading hides.
 */
import type { TableHandle, TableStrings, TableUi } from '../table/table-handle';
import { byId } from '../ui/dom';
import { fontsFor } from '../ui/fonts';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';

/** The model and the players' choices as they are now. */
type Latest = () => { model: TableModel; ui: TableUi };

export class TableHost {
  private drawn: TableHandle | null = null;
  /** The current game's model and choices, for drawing the table again. */
  private latest: Latest | null = null;
  private loading: Promise<void> | null = null;
  /** Which game the table is for now: a newer one replaces an older one that is still loading. */
  private game = 0;
  /** The game whose table is being built, or was built, behind its briefing (see `prepare`). */
  private prepared: object | null = null;
  /** The table's words when it was built or reset, to tell whether a prepared table still says the right ones. */
  private builtStrings = '';
  /** Whether this game's board has had its first frame (seen or not), and whether the table is on screen. */
  built = false;
  private onScreen = false;
  /** The table is on screen and its board drawn there. */
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
   * Builds a game's table while its briefing is read (`key` names the game, as `open` will), in
   * the stage frame laid out but unseen: the board is drawn, and the hand and the news are dealt
   * onto it when `open` shows it.
   */
  prepare(key: object, model: TableModel, ui: TableUi, scenarioText: string, latest: Latest): void {
    this.stage(true);
    if (this.prepared === key) {
      // Back from another screen: a build put to sleep there goes on.
      if (!this.built) this.drawn?.resume();
      return;
    }
    this.prepared = key;
    this.onScreen = false;
    this.build(model, ui, scenarioText, latest);
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
   * Shows a game's table: the one built behind its briefing if there is one, or a new build
   * (the first one creates the drawn table, later ones restart it). `latest` gives the model and
   * the players' choices as they are when it is ready to draw.
   */
  open(key: object, model: TableModel, ui: TableUi, scenarioText: string, latest: Latest): void {
    this.stage(false);
    this.onScreen = true;
    this.ready = false;
    const strings = this.strings(model);
    // A prepared table that failed to load (offline, say) is tried again.
    const underWay = this.drawn !== null || this.loading !== null;
    if (this.prepared === key && underWay && this.builtStrings === JSON.stringify(strings)) {
      this.prepared = null;
      this.latest = latest;
      this.show(model, ui);
      return;
    }
    this.prepared = null;
    this.build(model, ui, scenarioText, latest);
  }

  /** The prepared table goes on screen: drawn as the game is now, ready at its next frame. */
  private show(model: TableModel, ui: TableUi): void {
    const drawn = this.drawn;
    byId('table-loading').hidden = this.built;
    drawn?.setCalm(this.calm());
    if (!this.built) {
      // Still building (it may have been put to sleep meanwhile): its first frame makes it ready.
      drawn?.show();
      return;
    }
    drawn?.render(model, ui);
    drawn?.show(() => this.markReady());
  }

  /**
   * Builds the table for a new game: creates the drawn table the first time, restarts it later.
   * The fonts are chosen from the scenario's words and the interface's own (a Korean interface
   * needs the Hangul faces on an English scenario's table), never from what players typed: a
   * team's Hangul name falls back to the device's own Korean font, which works offline too.
   */
  private build(model: TableModel, ui: TableUi, scenarioText: string, latest: Latest): void {
    this.latest = latest;
    this.built = false;
    const game = ++this.game;
    const loading = byId('table-loading');
    const strings = this.strings(model);
    this.builtStrings = JSON.stringify(strings);
    const fontText = `${scenarioText} ${Object.values(strings).join(' ')}`;
    const drawn = this.drawn;
    if (drawn) {
      loading.hidden = true;
      void Promise.all([fontsFor(fontText), this.scaleText()]).then(() => {
        // A newer game may have started while the fonts loaded; it resets the table itself.
        if (this.game !== game) return;
        drawn.reset(model, ui, strings, { unseen: !this.onScreen });
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
          unseen: !this.onScreen,
          ...this.signals(),
        }),
      )
      .then((handle) => {
        this.drawn = handle;
        // The game may have moved on while Phaser loaded; draw where it is now.
        const now = this.latest?.() ?? { model, ui };
        handle.render(now.model, now.ui);
        // Shown while Phaser loaded: the deal goes on after the first frame.
        if (this.onScreen) handle.show();
        else if (!this.preparing) handle.sleep();
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

  /** Another screen is up: the drawn table stops, and a table prepared behind a briefing is no longer laid out. */
  sleep(): void {
    this.stage(false);
    this.onScreen = false;
    this.drawn?.sleep();
  }

  private get preparing(): boolean {
    return byId('stage-frame').dataset.preparing !== undefined;
  }

  /** Lays the hidden stage out unseen, so a table built behind the briefing has its real size. */
  private stage(preparing: boolean): void {
    const frame = byId('stage-frame');
    if (preparing) frame.dataset.preparing = '';
    else delete frame.dataset.preparing;
  }

  private markReady(): void {
    this.ready = true;
    this.readyAt = performance.now();
    byId('table-loading').hidden = true;
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
      this.built = false;
      drawn.reset(now.model, now.ui, this.strings(now.model), { unseen: !this.onScreen, again: this.onScreen });
    });
  }

  /** The page's text size, handed to the drawn table's texts. */
  private async scaleText(): Promise<void> {
    const scale = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--text-scale'));
    (await import('../table/boot')).setTextScale(scale);
  }

  private signals(): { onDrawn(): void; onDealt(): void } {
    return {
      onDealt: () => {
        this.dealtAt = performance.now();
      },
      onDrawn: () => {
        this.built = true;
        if (this.onScreen) this.markReady();
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
