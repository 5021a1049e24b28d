/**
 * The round's news and the others' reactions as cards dealt face down and turned over one by
 * one. The full text is in the words column; a card shows its kind, title and date.
 */
import type Phaser from 'phaser';
import { NEWS_MAX, newsRects, type Rect } from '../view/layout';
import type { NewsModel } from '../view/table-model';
import { Baked } from './baked';
import { card, destroyDeep, text } from './draw';
import { COLOURS, CSS } from './palette';

/** Each kind of news has its band colour and its own word on the band. */
const BANDS: Record<NewsModel['kind'], number> = { event: 0x2f4f6f, inject: 0x5b4a7a, reaction: 0x7a2f24 };

/** Room around a news card for its drop shadow. */
const BLEED = { left: 2, top: 2, right: 6, bottom: 9 };

class NewsCard {
  /** Turned over about its middle: its back and its face, each one picture (see baked.ts). */
  readonly container: Phaser.GameObjects.Container;
  private readonly back: Phaser.GameObjects.Image;
  private readonly face: Phaser.GameObjects.Image;
  private readonly pictures: Baked[] = [];

  constructor(scene: Phaser.Scene, r: Rect, n: NewsModel) {
    this.container = scene.add.container(r.x + r.w / 2, r.y);
    const w = r.w;
    const h = r.h;
    const backG = scene.add.graphics();
    card(backG, { x: 0, y: 0, w, h }, 0x7a2620, { radius: 12, stroke: 0xf6efdc, strokeWidth: 3 });
    const backPattern = scene.add.tileSprite(10, 10, w - 20, h - 20, 'card-back').setOrigin(0, 0);
    const faceG = scene.add.graphics();
    card(faceG, { x: 0, y: 0, w, h }, COLOURS.paper, { radius: 12, stroke: 0x8b7f63, strokeWidth: 1.5 });
    faceG.fillStyle(BANDS[n.kind], 1);
    // Three sizes: a standing card (up to four news), a lying one (a grid of two rows), and a
    // slim one (three rows): the slimmer the card, the thinner its band and smaller its letters,
    // so even a slim card keeps two lines of its title.
    const small = h < 140;
    const slim = h < 100;
    const band = slim ? 24 : small ? 30 : 40;
    faceG.fillRoundedRect(0, 0, w, band, { tl: 12, tr: 12, bl: 0, br: 0 });
    if (n.kind === 'reaction') {
      // A reaction also differs in shape: a notched band, not only a colour.
      faceG.fillStyle(COLOURS.paper, 1);
      const notch = slim ? 8 : 10;
      faceG.fillTriangle(w / 2 - notch * 1.2, band, w / 2 + notch * 1.2, band, w / 2, band - notch);
    }
    // A small card carries its date on the band, leaving the face to the title.
    const badgeText = small && n.date ? `${n.badge.toUpperCase()} · ${n.date}` : n.badge.toUpperCase();
    const badge = text(scene, w / 2, band / 2, badgeText, {
      size: slim ? 13 : 14,
      colour: '#ffffff',
      bold: true,
      align: 'center',
      wrap: w - 8,
      maxLines: 1,
    }).setOrigin(0.5);
    const titleSize = slim ? 16 : small ? 17 : 18;
    const titleTop = band + (slim ? 4 : small ? 6 : 12);
    const spacing = slim ? 0 : 2;
    const title = text(scene, 12, titleTop, n.title, {
      size: titleSize,
      colour: CSS.ink,
      bold: true,
      wrap: w - 24,
      spacing,
      maxLines: small ? Math.max(1, Math.floor((h - titleTop - 6) / (titleSize * 1.3 + spacing))) : 5,
    });
    const room = h - (small ? 8 : 34) - (title.y + title.height);
    const body =
      room < 20
        ? null
        : text(scene, 12, title.y + title.height + 6, n.text, {
            size: 14,
            colour: CSS.inkSoft,
            wrap: w - 24,
            maxLines: Math.max(1, Math.floor(room / 19)),
          });
    const date = text(scene, 12, h - 24, small ? '' : (n.date ?? ''), {
      size: 14,
      colour: CSS.inkSoft,
      bold: true,
    });
    const picture = (parts: Phaser.GameObjects.GameObject[]) => {
      const baked = new Baked(scene, scene.add.container(0, 0, parts), w, h, BLEED);
      baked.bake();
      this.pictures.push(baked);
      return baked.place(-w / 2, 0).image;
    };
    this.back = picture([backG, backPattern]);
    this.face = picture([faceG, badge, title, body, date].filter((x) => x !== null));
    this.container.add([this.back, this.face]);
  }

  /** Turns the card over after `delay` ms, or at once. */
  reveal(scene: Phaser.Scene, delay: number, animate: boolean): void {
    if (!animate) {
      this.back.setVisible(false);
      this.face.setVisible(true);
      return;
    }
    this.face.setVisible(false);
    this.container.setAlpha(0).setY(this.container.y - 20);
    scene.tweens.add({
      targets: this.container,
      alpha: 1,
      y: this.container.y + 20,
      duration: 220,
      delay,
      ease: 'Quad.easeOut',
    });
    scene.tweens.add({
      targets: this.container,
      scaleX: 0,
      duration: 170,
      delay: delay + 320,
      ease: 'Quad.easeIn',
      onComplete: () => {
        this.back.setVisible(false);
        this.face.setVisible(true);
        scene.tweens.add({ targets: this.container, scaleX: 1, duration: 170, ease: 'Quad.easeOut' });
      },
    });
  }

  /** Draws the card's two sides again, at the camera's zoom now. */
  redraw(): void {
    for (const picture of this.pictures) picture.bake();
  }

  destroy(): void {
    destroyDeep(this.container);
  }
}

export class NewsRow {
  private readonly scene: Phaser.Scene;
  private cards: NewsCard[] = [];
  private keys: string[] = [];
  private shape = '';

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /** Draws the cards on the table again, at the camera's zoom now (after a resize). */
  redraw(): void {
    for (const c of this.cards) c.redraw();
  }

  /**
   * Deals the news: cards already on the table stay as they are, new ones are turned over in
   * order. Returns how long the dealing takes, in ms.
   */
  update(all: readonly NewsModel[], animate: boolean): number {
    // The latest items when a round brings more than the table holds; the words column lists them all.
    const news = all.slice(-NEWS_MAX);
    const keys = news.map((n) => n.key);
    const rects = newsRects(news.length);
    const shape = `${rects[0]?.w}x${rects[0]?.h}`;
    const keep = this.keys.every((k, i) => keys[i] === k) && this.shape === shape;
    if (keep && keys.length === this.keys.length) return 0;
    if (!keep) {
      for (const c of this.cards) c.destroy();
      this.cards = [];
    }
    const seen = keep ? this.keys.length : 0;
    let delay = 0;
    for (const [i, n] of news.entries()) {
      if (i < seen) continue;
      const c = new NewsCard(this.scene, rects[i] as Rect, n);
      // A new round's cards are dealt; cards redrawn after a change of layout just appear.
      const fresh = !this.keys.includes(n.key);
      c.reveal(this.scene, delay, animate && fresh);
      if (animate && fresh) delay += 420;
      this.cards.push(c);
    }
    this.keys = keys;
    this.shape = shape;
    return delay === 0 ? 0 : delay + 400;
  }
}
