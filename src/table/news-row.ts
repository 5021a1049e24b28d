/**
 * The round's news and the others' reactions as cards dealt face down and turned over one by
 * one. The full text is in the words column; a card shows its kind, title and date.
 */
import type Phaser from 'phaser';
import type { NewsModel } from '../app/table-model';
import { card, text } from './draw';
import { newsRects, type Rect } from './layout';
import { COLOURS, CSS } from './palette';

/** Each kind of news has its band colour and its own word on the band. */
const BANDS: Record<NewsModel['kind'], number> = { event: 0x2f4f6f, inject: 0x5b4a7a, reaction: 0x7a2f24 };

class NewsCard {
  readonly container: Phaser.GameObjects.Container;
  private readonly back: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, r: Rect, n: NewsModel) {
    this.container = scene.add.container(r.x + r.w / 2, r.y);
    const w = r.w;
    const h = r.h;
    const backG = scene.add.graphics();
    card(backG, { x: -w / 2, y: 0, w, h }, 0x7a2620, { radius: 12, stroke: 0xf6efdc, strokeWidth: 3 });
    const backPattern = scene.add.tileSprite(-w / 2 + 10, 10, w - 20, h - 20, 'card-back').setOrigin(0, 0);
    this.back = scene.add.container(0, 0, [backG, backPattern]);
    const faceG = scene.add.graphics();
    card(faceG, { x: -w / 2, y: 0, w, h }, COLOURS.paper, { radius: 12, stroke: 0x8b7f63, strokeWidth: 1.5 });
    faceG.fillStyle(BANDS[n.kind], 1);
    faceG.fillRoundedRect(-w / 2, 0, w, 40, { tl: 12, tr: 12, bl: 0, br: 0 });
    if (n.kind === 'reaction') {
      // A reaction also differs in shape: a notched band, not only a colour.
      faceG.fillStyle(COLOURS.paper, 1);
      faceG.fillTriangle(-12, 40, 12, 40, 0, 28);
    }
    const badge = text(scene, 0, 20, n.badge.toUpperCase(), {
      size: 14,
      colour: '#ffffff',
      bold: true,
      align: 'center',
      maxLines: 1,
    }).setOrigin(0.5);
    const title = text(scene, -w / 2 + 12, 52, n.title, {
      size: 18,
      colour: CSS.ink,
      bold: true,
      wrap: w - 24,
      maxLines: 5,
    });
    const body = text(scene, -w / 2 + 12, title.y + title.height + 8, n.text, {
      size: 14,
      colour: CSS.inkSoft,
      wrap: w - 24,
      maxLines: Math.max(1, Math.floor((h - 40 - title.y - title.height) / 19)),
    });
    const date = text(scene, -w / 2 + 12, h - 28, n.date ?? '', { size: 14, colour: CSS.inkSoft, bold: true });
    this.face = scene.add.container(0, 0, [faceG, badge, title, body, date]);
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

  destroy(): void {
    this.container.destroy();
  }
}

export class NewsRow {
  private readonly scene: Phaser.Scene;
  private cards: NewsCard[] = [];
  private keys: string[] = [];
  private width = 0;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /**
   * Deals the news: cards already on the table stay as they are, new ones are turned over in
   * order. Returns how long the dealing takes, in ms.
   */
  update(news: readonly NewsModel[], animate: boolean): number {
    const keys = news.map((n) => n.key);
    const rects = newsRects(news.length);
    const keep = this.keys.every((k, i) => keys[i] === k) && this.width === rects[0]?.w;
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
    this.width = rects[0]?.w ?? 0;
    return delay === 0 ? 0 : delay + 400;
  }
}
