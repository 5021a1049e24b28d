/**
 * The hand: one paper card per action card on show, with its number key, tier (colour and
 * pattern), label, cost in capital coins, odds, and whether it can be played now and why not.
 * A selected card gets a gold edge; a played card is stamped. Small hands lie in a row of
 * standing cards; a page of a big hand lies in a grid of cards on their side.
 */
import type Phaser from 'phaser';
import type { HandView } from '../view/hand-view';
import { handRects, type Rect } from '../view/layout';
import type { CardModel } from '../view/table-model';
import { Baked } from './baked';
import { card, fitLines, type TextOptions, text } from './draw';
import { COLOURS, CSS, tierLook } from './palette';
import { WordStamps } from './word-stamps';

export interface HandStrings {
  playable: string;
  locked: string;
  played: string;
}

/** The least room between a card's title and a locked card's reason below it, so the two read apart. */
const GAP = 3;

/** Room around a card for its gold edge when selected (half its width) and its drop shadow. */
const BLEED = { left: 4, top: 4, right: 10, bottom: 16 };

class CardSprite {
  /** The card as the table shows it: one image, drawn again when the card changes. */
  readonly picture: Baked;
  private readonly body: Phaser.GameObjects.Graphics;
  private readonly status: Phaser.GameObjects.Image;
  private readonly reason: Phaser.GameObjects.Image;
  private readonly statusStyle: TextOptions;
  private readonly reasonStyle: TextOptions;
  private readonly stamps: WordStamps;
  private readonly stamp: Phaser.GameObjects.Text;
  private readonly lock: Phaser.GameObjects.Image;
  private readonly blurb: Phaser.GameObjects.Text | null;
  /** On a lying card, the odds take the room a locked card gives its reason. */
  private readonly lyingOdds: Phaser.GameObjects.Text | null;
  private readonly number: Phaser.GameObjects.Text;
  private readonly w: number;
  private readonly h: number;
  private readonly strings: HandStrings;
  private readonly reasonLines: number;
  /** Where the title (and, on a standing card, the odds) end: a locked card's reason stays below. */
  private readonly wordsBottom: number;
  private key = '';

  constructor(scene: Phaser.Scene, r: Rect, c: CardModel, strings: HandStrings, stamps: WordStamps) {
    this.w = r.w;
    this.h = r.h;
    this.strings = strings;
    this.stamps = stamps;
    const lying = r.w > r.h;
    const k = lying ? 0.9 : Math.min(1, r.h / 290);
    const parts = scene.add.container(0, 0);
    this.body = scene.add.graphics();
    const stripeH = Math.round(32 * k);
    const { stripe, pattern, badge, number, tier } = cardHead(scene, r, c, k, stripeH);
    this.number = number;
    const { label, odds } = cardWords(scene, r, c, k, stripeH);
    this.lyingOdds = lying ? odds : null;
    this.wordsBottom = Math.max(label.y + label.height, !lying && odds.text ? odds.y + odds.height : 0);
    // A standing full-size card has room for the scenario's one-line text.
    this.blurb =
      lying || k < 0.8
        ? null
        : text(scene, 10, odds.y + (c.odds.length > 0 ? odds.height + 8 : 0), c.text, {
            size: 14,
            colour: CSS.inkSoft,
            wrap: r.w - 20,
            maxLines: 3,
          });
    const { coins, cost, coinY } = cardCost(scene, r, c, k, lying);
    const statusY = lying ? coinY : r.h - 52 * k - 4;
    // The status and a locked card's reason are words other cards show too (see word-stamps.ts).
    this.statusStyle = { size: Math.round(14 * k) + 2, colour: CSS.ink, bold: true, wrap: r.w - 20 };
    this.status = scene.add.image(10, statusY, '__DEFAULT').setOrigin(0, lying ? 0.5 : 0);
    this.reasonLines = lying ? 1 : k < 0.8 ? 2 : 3;
    this.reasonStyle = { size: Math.round(12 * k) + 1, colour: '#5a1a12', wrap: r.w - 20 };
    this.reason = scene.add.image(10, statusY - (lying ? 14 : 2), '__DEFAULT').setOrigin(0, 1);
    this.lock = scene.add
      .image(r.w - 22, stripeH + 22, 'padlock-dark')
      .setDisplaySize(24, 24)
      .setVisible(false);
    // The stamp sits low, where a played card has no status, so its title stays readable.
    this.stamp = text(scene, 10, statusY + (lying ? 0 : 8 * k), strings.played, {
      size: Math.round(20 * k) + 2,
      colour: '#a3261c',
      bold: true,
    })
      .setOrigin(0, 0.5)
      .setAngle(-6)
      .setVisible(false);
    parts.add(
      [
        this.body,
        stripe,
        pattern,
        badge,
        this.number,
        tier,
        label,
        odds,
        this.blurb,
        coins,
        cost,
        this.status,
        this.reason,
        this.lock,
        this.stamp,
      ].filter((x): x is NonNullable<typeof x> => x !== null),
    );
    this.picture = new Baked(scene, parts, r.w, r.h, BLEED);
  }

  /** Draws the card's state (and again at a new zoom, so it stays sharp after a resize). */
  update(c: CardModel, selected: boolean): void {
    const zoom = this.picture.image.scene.cameras.main.zoom;
    const key = `${c.n}|${c.status}|${c.reason ?? ''}|${c.proposal ?? ''}|${selected}|${zoom}`;
    if (key === this.key) return;
    this.key = key;
    this.number.setText(String(c.n));
    const g = this.body;
    g.clear();
    const edge = selected ? { stroke: COLOURS.gold, strokeWidth: 6 } : { stroke: 0x8b7f63, strokeWidth: 1.5 };
    card(g, { x: 0, y: 0, w: this.w, h: this.h }, c.status === 'locked' ? COLOURS.paperShade : COLOURS.paper, {
      radius: 12,
      shadow: selected ? 12 : 6,
      ...edge,
    });
    const { status, reason, lock, stamp, stamps } = this;
    lock.setVisible(c.status === 'locked');
    stamp.setVisible(c.status === 'played');
    // A locked card shows its reason where its text was.
    this.blurb?.setVisible(c.status !== 'locked');
    this.lyingOdds?.setVisible(c.status !== 'locked');
    this.picture.image.setAlpha(c.status === 'played' ? 0.72 : 1);
    const [words, colour] =
      c.status === 'playable'
        ? [`✓ ${this.strings.playable}`, CSS.good]
        : c.status === 'locked'
          ? [`✕ ${this.strings.locked}`, CSS.bad]
          : c.proposal
            ? [`◆ ${c.proposal}`, CSS.inkSoft]
            : ['', CSS.ink];
    stamps.show(status, words, { ...this.statusStyle, colour }, 1);
    // Under a long title the reason keeps the lines that fit, or gives way (the card's details say why).
    const why = c.status === 'locked' ? (c.reason ?? '') : '';
    let lines = this.reasonLines;
    const clear = (height: number) => reason.y - height >= this.wordsBottom + GAP;
    let height = stamps.show(reason, why, this.reasonStyle, lines);
    while (lines > 1 && !clear(height)) height = stamps.show(reason, why, this.reasonStyle, --lines);
    if (!clear(height)) reason.setVisible(false);
    this.picture.bake();
  }
}

export class HandRow {
  private readonly scene: Phaser.Scene;
  private readonly strings: HandStrings;
  /** Every card drawn so far, by id and size: turning pages moves them instead of drawing anew. */
  private readonly drawn = new Map<string, CardSprite>();
  private shown: CardSprite[] = [];
  private readonly stamps: WordStamps;

  constructor(scene: Phaser.Scene, strings: HandStrings) {
    this.scene = scene;
    this.strings = strings;
    this.stamps = new WordStamps(scene);
  }

  /**
   * Puts the cards on show in their places and marks their state; the others leave the table.
   * With `deal`, cards drawn for the first time slide in one after another.
   */
  update(view: HandView, selected: string | null, deal = false): void {
    const rects = handRects(view.cards.length, view.total, view.leaveBelow);
    const now = view.cards.map((c, i) => {
      const r = rects[i] as Rect;
      const key = `${c.id}@${Math.round(r.w)}x${Math.round(r.h)}`;
      let sprite = this.drawn.get(key);
      const fresh = !sprite;
      if (!sprite) {
        sprite = new CardSprite(this.scene, r, c, this.strings, this.stamps);
        this.drawn.set(key, sprite);
      }
      sprite.update(c, c.id === selected);
      const image = sprite.picture.place(r.x, r.y).image.setVisible(true);
      if (deal && fresh) {
        const { alpha, y } = image;
        image.setAlpha(0).setY(y + 24);
        this.scene.tweens.add({ targets: image, alpha, y, duration: 220, delay: i * 45, ease: 'Quad.easeOut' });
      }
      return sprite;
    });
    for (const sprite of this.shown) if (!now.includes(sprite)) sprite.picture.image.setVisible(false);
    this.shown = now;
  }
}

/** The card's head: its tier's colour and pattern, its number key, its tier's name. */
function cardHead(scene: Phaser.Scene, r: Rect, c: CardModel, k: number, stripeH: number) {
  const look = tierLook(c.tierIndex);
  const tierColour = c.tierIndex < 0 ? 0x6b6355 : look.colour;
  const stripe = scene.add.graphics();
  stripe.fillStyle(tierColour, 1);
  stripe.fillRoundedRect(0, 0, r.w, stripeH + 10, { tl: 12, tr: 12, bl: 0, br: 0 });
  stripe.fillStyle(COLOURS.paper, 1);
  stripe.fillRect(0, stripeH, r.w, 10);
  const pattern =
    c.tierIndex < 0
      ? null
      : scene.add
          .tileSprite(2, 2, r.w - 4, stripeH - 2, look.pattern)
          .setOrigin(0, 0)
          .setAlpha(0.45);
  const badge = scene.add.graphics();
  badge.fillStyle(0x111111, 0.85);
  badge.fillCircle(16 * k + 4, stripeH / 2, 13 * k + 2);
  const number = text(scene, 16 * k + 4, stripeH / 2, String(c.n), {
    size: Math.round(17 * k),
    colour: '#ffffff',
    bold: true,
  }).setOrigin(0.5);
  const tier = text(scene, 36 * k + 8, stripeH / 2, c.tierLabel ?? '', {
    size: Math.round(14 * k) + 1,
    colour: '#ffffff',
    bold: true,
    maxLines: 1,
  })
    .setOrigin(0, 0.5)
    .setShadow(0, 1, 'rgba(0,0,0,0.7)', 3);
  return { stripe, pattern, badge, number, tier };
}

/** The card's cost as coins, and as a number for anyone who cannot tell them apart. */
function cardCost(scene: Phaser.Scene, r: Rect, c: CardModel, k: number, lying: boolean) {
  const coins = scene.add.graphics();
  const coinR = 8 * k + 1;
  const coinY = r.h - 22 * k - 3;
  const shownCoins = Math.min(c.cost, 5);
  const coinX = (i: number) => (lying ? r.w - 40 - (shownCoins - i) * coinR * 1.6 : 14 + i * coinR * 1.6 + coinR);
  for (let i = 0; i < shownCoins; i++) {
    coins.fillStyle(0x8a6a14, 1);
    coins.fillCircle(coinX(i), coinY + 1, coinR + 1.5);
    coins.fillStyle(COLOURS.gold, 1);
    coins.fillCircle(coinX(i), coinY, coinR);
  }
  const cost = text(scene, r.w - 10, coinY, String(c.cost), {
    size: Math.round(22 * k) + 1,
    colour: CSS.ink,
    bold: true,
  }).setOrigin(1, 0.5);
  return { coins, cost, coinY };
}

/** A card's title and odds: set smaller before they are ever cut, the odds kept above the status line. */
function cardWords(scene: Phaser.Scene, r: Rect, c: CardModel, k: number, stripeH: number) {
  const lying = r.w > r.h;
  const labelSize = lying ? 18 : Math.round(18 * k) + 1;
  const labelLines = lying ? (c.odds.length > 0 ? 2 : 3) : k < 0.8 ? 3 : 4;
  const label = text(scene, 10, stripeH + 6, c.label, {
    size: labelSize,
    colour: CSS.ink,
    bold: true,
    // Room on the right for the padlock a locked card shows.
    wrap: r.w - 40,
    maxLines: labelLines,
  });
  // A long title is set smaller before it is ever cut.
  fitLines(label, c.label, labelLines, Math.round(labelSize * 0.72));
  // The chance first, so that a line cut short still shows it; the card's details say it whole.
  const oddsText = c.odds.map((o) => `◆ ${o.percent}%: ${o.label}`).join('\n');
  const odds = text(scene, 10, label.y + label.height + 4, oddsText, {
    size: lying ? 14 : Math.round(13 * k) + 1,
    colour: '#6b3a0c',
    bold: true,
    wrap: r.w - 20,
    maxLines: lying ? 2 : 3,
  });
  // The status line (or, lying, the coins row) below the odds: the odds stop above it.
  const statusTop = lying ? r.h - 22 * k - 15 : r.h - 52 * k - 4;
  // Cut rather than shrunk below 12 px: smaller, a student cannot read it from a desk.
  fitLines(odds, oddsText, lying ? 2 : 3, 12, statusTop - odds.y - 2);
  return { label, odds };
}
