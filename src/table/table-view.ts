/**
 * The Phaser table: one game and one scene that draws a TableModel — cloth, ladders, meters,
 * news, hand and capital — and animates what changed since the last model. It reads models
 * and nothing else; it takes no input (the DOM layer above it does) and changes no game state.
 * The loop sleeps while nothing moves, so an idle table costs no CPU on an old laptop.
 */
import type Phaser from 'phaser';
import { coinSpots, H, HAND_AREA, HAND_ROW_MAX, ladderRects, meterRects, W } from '../view/layout';
import type { TableModel } from '../view/table-model';
import { drawCloth } from './cloth';
import { destroyDeep, text } from './draw';
import { FrozenLayer } from './frozen-layer';
import { HandRow } from './hand-row';
import { LadderBoard } from './ladder-board';
import { MeterGauge } from './meter-board';
import { NewsRow } from './news-row';
import { COLOURS, CSS, METER_FILLS } from './palette';
import { fitStill, flattenStill } from './still-layer';
import { backingSize } from './table-game';
import type { ResetOptions, TableHandle, TableOptions, TableStrings, TableUi } from './table-handle';
import { makeTextures } from './textures';

interface Parts {
  ladders: LadderBoard[];
  meters: MeterGauge[];
  hand: HandRow;
  news: NewsRow;
  coins: Phaser.GameObjects.Graphics;
  capital: Phaser.GameObjects.Text;
  /** The capital's words and whether a pager stood beside it when the coins were last drawn. */
  capitalDrawn: string;
}

/** A frame or two after the last change, before the loop may sleep. */
const SETTLE_MS = 120;
/** The longest meter animation (slide and floating difference). */
const METER_MS = 1500;

export class TableView implements TableHandle {
  private readonly game: Phaser.Game;
  private readonly parent: HTMLElement;
  private resizeTimer: ReturnType<typeof setTimeout> | null = null;
  private scene: Phaser.Scene | null = null;
  private parts: Parts | null = null;
  private model: TableModel;
  private ui: TableUi;
  private strings: TableStrings;
  private calm: boolean;
  private awakeUntil = 0;
  /** The animation frame that will wake the loop, 0 when none is asked for. */
  private waking = 0;
  /** Called once after each build has been drawn: the table is ready for play. */
  private readonly onDrawn: () => void;
  /** Called once the hand and the news have been dealt onto it. */
  private readonly onDealt: () => void;
  /** Between the board's first frame and the cards dealt onto it. */
  private dealing = false;
  /** Until the board's first frame: the hand and the news are not drawn yet (the deal draws them). */
  private awaitingDeal = false;
  /** Built where nobody sees it (behind the briefing): the deal waits for `show`. */
  private unseen: boolean;
  /** The parts whose deal waits for `show`. */
  private heldDeal: Parts | null = null;
  /** The same game built again (see `ResetOptions.again`): its deal does not animate. */
  private again = false;
  /** What stands still while the table animates, drawn as one image (see frozen-layer.ts). */
  private readonly freezer = new FrozenLayer();
  /** Counts the models drawn, so a freeze asked for by an earlier one is dropped. */
  private drawn = 0;

  /** Adds the table's scene to the page's started game (see table-game.ts) and builds it. */
  constructor(game: Phaser.Game, options: TableOptions) {
    const { parent, model, ui, strings, calm, onDrawn, onDealt } = options;
    this.unseen = options.unseen ?? false;
    this.game = game;
    this.model = model;
    this.ui = ui;
    this.strings = strings;
    this.calm = calm;
    this.onDrawn = onDrawn;
    this.onDealt = onDealt ?? (() => undefined);
    this.parent = parent;
    const view = this;
    window.addEventListener('resize', this.onResize);
    game.scene.add(
      'table',
      {
        init(this: Phaser.Scene) {
          view.parts = null;
        },
        create(this: Phaser.Scene) {
          view.build(this);
        },
        update(this: Phaser.Scene) {
          view.tick();
        },
      },
      true,
    );
  }

  get frozen(): number {
    return this.freezer.count;
  }

  get textures(): number {
    return this.game.textures.getTextureKeys().length;
  }

  get animating(): boolean {
    return this.dealing || (this.scene?.tweens.getTweens().length ?? 0) > 0;
  }

  /**
   * Fits the canvas and the camera to the space the table has now: the canvas is drawn at the size
   * it is shown (see backingSize) and the camera scales the design to it. The game may have started
   * while the table was hidden, so the scale manager is told the parent's size first.
   */
  private fit(): void {
    const { w, h } = backingSize(this.parent);
    const scale = this.game.scale;
    const moved = scale.getParentBounds();
    if (scale.width !== w || scale.height !== h) scale.resize(w, h);
    else if (moved) scale.refresh();
    const camera = this.scene?.cameras.main;
    if (camera && this.scene) {
      camera.setSize(w, h);
      camera.setZoom(w / W);
      camera.centerOn(W / 2, H / 2);
      fitStill(this.scene);
    }
  }

  private onResize = (): void => {
    if (this.resizeTimer !== null) clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = null;
      // The frozen picture has the old canvas's size: the table is shown as it is until the next freeze.
      this.freezer.thaw();
      this.fit();
      // The cards, news and ladders are pictures drawn at the zoom they were shown at: drawn again at the new one.
      const parts = this.parts;
      if (parts) {
        this.model.ladders.forEach((l, i) => {
          parts.ladders[i]?.update(l, false);
        });
        parts.news.redraw();
        if (!this.awaitingDeal) parts.hand.update(this.ui.hand, this.ui.selected);
      }
      this.wake(SETTLE_MS);
    }, 150);
  };

  private build(scene: Phaser.Scene): void {
    this.scene = scene;
    this.fit();
    makeTextures(scene);
    const cloth = drawCloth(scene, { news: this.strings.news, hand: this.strings.hand });
    const m = this.model;
    const lr = ladderRects(m.ladders.length);
    const mr = meterRects(m.meters.length);
    const coins = scene.add.graphics();
    this.parts = {
      ladders: m.ladders.map(
        (l, i) =>
          new LadderBoard(scene, lr[i] ?? lr[0] ?? HAND_AREA, l, {
            current: this.strings.current,
            open: this.strings.open,
            locked: this.strings.locked,
          }),
      ),
      meters: m.meters.map(
        (meter, i) =>
          new MeterGauge(scene, mr[i] ?? HAND_AREA, meter, METER_FILLS[i % METER_FILLS.length] ?? COLOURS.gold, {
            higher: this.strings.higher,
            lower: this.strings.lower,
          }),
      ),
      news: new NewsRow(scene),
      hand: new HandRow(scene, {
        playable: this.strings.playable,
        locked: this.strings.locked,
        played: this.strings.played,
      }),
      coins,
      capitalDrawn: '',
      capital: text(scene, HAND_AREA.x + HAND_AREA.w - 14, HAND_AREA.y + 8, '', {
        size: 17,
        colour: CSS.cream,
        bold: true,
      }).setOrigin(1, 0),
    };
    const { ladders, meters } = this.parts;
    flattenStill(scene, [cloth, ...ladders.map((l) => l.still), ...meters.map((g) => g.still)].flat());
    this.wake(this.draw(m, null, false) + 1200);
    // The board (cloth, ladders, meters, capital) makes the first frame; the hand and the news
    // are dealt onto it in the frames after, as cards are, so a player sees the table at once.
    // A board built unseen holds its deal until it is shown.
    const built = this.parts;
    this.dealing = !this.unseen;
    this.awaitingDeal = true;
    scene.game.events.once('postrender', () => {
      this.onDrawn();
      // A new game may have restarted the scene meanwhile; it deals its own cards.
      if (this.parts !== built) return;
      if (this.unseen) this.heldDeal = built;
      else this.deal(scene, built);
    });
  }

  private deal(scene: Phaser.Scene, parts: Parts): void {
    this.dealing = true;
    this.awaitingDeal = false;
    const animate = !this.calm && !this.again;
    this.again = false;
    parts.hand.update(this.ui.hand, this.ui.selected, animate);
    this.wake(parts.news.update(this.model.news, animate) + SETTLE_MS + 400);
    scene.game.events.once('postrender', () => {
      this.dealing = false;
      this.onDealt();
    });
  }

  /**
   * Draws `m`, animating the differences from `before` (null: nothing to animate from); the
   * hand and the news only once they have been dealt. Returns the animation's length in ms.
   */
  private draw(m: TableModel, before: TableModel | null, dealt = true): number {
    const p = this.parts;
    if (!p) return 0;
    const animate = !this.calm && before !== null && m.logLength > before.logLength;
    m.ladders.forEach((l, i) => {
      p.ladders[i]?.update(l, animate);
    });
    m.meters.forEach((meter, i) => {
      p.meters[i]?.update(meter, animate);
    });
    const dealing = dealt ? p.news.update(m.news, !this.calm) : 0;
    if (dealt) p.hand.update(this.ui.hand, this.ui.selected);
    this.drawCapital(p, m);
    // Meter slides and floating numbers last 1.4 s; the dealing may last longer.
    return Math.max(animate ? METER_MS : 0, dealing);
  }

  private drawCapital(p: Parts, m: TableModel): void {
    const { value, max, label } = m.capital;
    const paged = this.ui.hand.total > HAND_ROW_MAX;
    const words = `${label} ${value}/${max}`;
    if (p.capitalDrawn === `${words} ${paged}`) return;
    p.capitalDrawn = `${words} ${paged}`;
    p.capital.setText(words);
    const g = p.coins;
    g.clear();
    const { r, xs } = coinSpots(max, p.capital.x - p.capital.width - 16, paged);
    xs.forEach((x, i) => {
      const y = HAND_AREA.y + 19;
      if (i < value) {
        g.fillStyle(0x8a6a14, 1);
        g.fillCircle(x, y + 1.5, r + 1.5);
        g.fillStyle(COLOURS.gold, 1);
        g.fillCircle(x, y, r);
      } else {
        g.lineStyle(2, 0xd9d0b8, 0.8);
        g.strokeCircle(x, y, r - 1);
      }
    });
  }

  private tick(): void {
    if (performance.now() < this.awakeUntil || this.animating) return;
    this.game.loop.sleep();
  }

  /**
   * Keeps the loop running for `ms`. A sleeping loop is woken in the next animation frame, not
   * here: Phaser's own wake steps and draws the whole table at once, inside the input's handler,
   * before the frame that draws it again, so a card play cost two full draws before its frame.
   */
  private wake(ms: number): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (this.game.loop.running || this.waking !== 0) return;
    this.waking = requestAnimationFrame(() => {
      this.waking = 0;
      if (!this.game.loop.running) this.game.loop.wake();
    });
  }

  render(model: TableModel, ui: TableUi): void {
    this.freezer.thaw();
    const at = ++this.drawn;
    const before = this.model;
    this.model = model;
    this.ui = ui;
    // Until the board's first frame has dealt them, the hand and the news wait: the deal takes
    // the latest model and choices.
    const ms = this.draw(model, before, !this.awaitingDeal);
    this.wake(ms + SETTLE_MS);
    const { scene, parts } = this;
    if (ms === 0 || this.calm || !scene || !parts) return;
    // Freeze what will not move for the rest of the animation, after the second frame: the first
    // answers the input and is drawn as before; freezing costs about one more frame's drawing.
    const events = scene.game.events;
    events.once('postrender', () =>
      events.once('postrender', () => {
        if (at !== this.drawn || this.parts !== parts) return;
        this.freezer.freeze(scene, new Set(parts.meters.flatMap((m) => m.moving)));
      }),
    );
  }

  reset(model: TableModel, ui: TableUi, strings: TableStrings, options: ResetOptions = {}): void {
    this.unseen = options.unseen ?? false;
    this.again = options.again ?? false;
    this.heldDeal = null;
    this.freezer.thaw();
    this.drawn++;
    this.model = model;
    this.ui = ui;
    this.strings = strings;
    this.fit();
    const scene = this.scene;
    if (scene) {
      // Everything is taken down here rather than by the restart (see destroyDeep).
      scene.tweens.killAll();
      for (const object of [...scene.children.list]) destroyDeep(object);
      this.parts = null;
      scene.scene.restart();
    }
    this.wake(1200);
  }

  setCalm(calm: boolean): void {
    this.calm = calm;
  }

  resume(): void {
    this.wake(SETTLE_MS);
  }

  show(then: () => void = () => undefined): void {
    this.unseen = false;
    const held = this.heldDeal;
    this.heldDeal = null;
    // The board's first frame on screen answers the click; the deal comes in the frames after.
    this.game.events.once('postrender', () => {
      then();
      if (held && held === this.parts && this.scene) this.deal(this.scene, held);
    });
    this.wake(SETTLE_MS);
  }

  sleep(): void {
    this.awakeUntil = 0;
    cancelAnimationFrame(this.waking);
    this.waking = 0;
    this.game.loop.sleep();
  }
}
