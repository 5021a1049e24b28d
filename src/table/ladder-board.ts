/**
 * A ladder on the table: rungs as planks between two rails, tiers as patterned bands, the
 * token on the current rung, open steps marked with an arrow and locked ones with a padlock
 * and the scenario's reason. Reads a LadderModel; draws nothing else.
 */
import type Phaser from 'phaser';
import { type Rect, rungRects } from '../view/layout';
import type { LadderModel, RungModel } from '../view/table-model';
import { Baked } from './baked';
import { card, colour, fontSizeOf, inColour, refit, text } from './draw';
import { COLOURS, CSS, tierLook } from './palette';

export interface LadderStrings {
  current: string;
  open: string;
  locked: string;
}

interface RungSprite {
  rect: Rect;
  label: Phaser.GameObjects.Text;
  note: Phaser.GameObjects.Text;
  /** The label's and the note's sizes in px: as made, and the least each is set to so both fit the plank. */
  labelSizes: { base: number; smallest: number };
  noteSizes: { base: number; smallest: number };
  lock: Phaser.GameObjects.Image;
  /** The state its words were last set for: a step that did not change keeps them. */
  worded?: string;
}

/** The least room above and below a plank's words, and the smallest its label is set to fit. */
const PLANK_PAD = 3;
const SMALLEST_LABEL = 14;

/** Room around the board for the planks' shadows and the red lines' ends. */
const PLANK_BLEED = { left: 8, top: 8, right: 8, bottom: 8 };

export class LadderBoard {
  private readonly scene: Phaser.Scene;
  private readonly planks: Phaser.GameObjects.Graphics;
  private readonly rungs: RungSprite[];
  /** The planks and their words and padlocks, drawn as one picture when a step changes (see baked.ts). */
  private readonly picture: Baked;
  private readonly token: Phaser.GameObjects.Image;
  private readonly strings: LadderStrings;
  private readonly compact: boolean;
  /** What never changes: the plate, the rails, the tier bands and the titles (see still-layer.ts). */
  readonly still: Phaser.GameObjects.GameObject[] = [];
  private current = '';
  private drawnKey = '';

  constructor(scene: Phaser.Scene, area: Rect, model: LadderModel, strings: LadderStrings) {
    this.scene = scene;
    this.strings = strings;
    this.compact = !model.isPlayer;
    const rects = rungRects(area, model.rungs.length, model.isPlayer);
    const g = scene.add.graphics();
    card(g, area, COLOURS.plate, { alpha: 0.35, shadow: 0, radius: 14 });
    this.still.push(g);
    const title = text(scene, area.x + 16, area.y + 8, model.label, {
      size: this.compact ? 19 : 22,
      colour: CSS.cream,
      bold: true,
      wrap: area.w - 32,
      maxLines: 1,
    });
    this.still.push(title);
    // Two rails: the planks sit between them like a real ladder.
    const first = rects[0];
    const last = rects.at(-1);
    if (first && last) {
      g.fillStyle(COLOURS.woodLight, 1);
      const top = last.y - 10;
      const bottom = first.y + first.h + 10;
      g.fillRoundedRect(first.x + 14, top, 10, bottom - top, 4);
      g.fillRoundedRect(first.x + first.w - 24, top, 10, bottom - top, 4);
    }
    if (model.isPlayer) this.drawTiers(g, area, model, rects);
    this.planks = scene.add.graphics();
    this.rungs = model.rungs.map((r, i) => {
      const rect = rects[i] as Rect;
      const inset = this.compact ? 20 : 70;
      const size = this.compact ? 18 : rect.h < 90 ? 18 : 21;
      const label = text(scene, rect.x + inset, rect.y + 8, r.label, {
        size,
        colour: CSS.cream,
        bold: true,
        wrap: rect.w - inset - 14,
        maxLines: 2,
      });
      const noteSize = this.compact ? 14 : rect.h < 90 ? 14 : 16;
      const note = text(scene, rect.x + inset, rect.y + 8 + size * 1.45, '', {
        size: noteSize,
        colour: CSS.creamSoft,
        wrap: rect.w - inset - (this.compact ? 56 : 40),
        maxLines: rect.h < 80 ? 1 : 2,
      });
      const lock = scene.add
        .image(rect.x + rect.w - 26, rect.y + rect.h / 2, 'padlock')
        .setDisplaySize(26, 26)
        .setVisible(false);
      return {
        rect,
        label,
        note,
        lock,
        labelSizes: { base: fontSizeOf(label), smallest: Math.min(fontSizeOf(label), SMALLEST_LABEL) },
        // A larger text size grows the note; to fit the plank it may shrink back to the size it has without.
        noteSizes: { base: fontSizeOf(note), smallest: Math.min(fontSizeOf(note), noteSize) },
      };
    });
    const parts = scene.add.container(0, 0, [this.planks, ...this.rungs.flatMap((r) => [r.label, r.note, r.lock])]);
    this.picture = new Baked(scene, parts, area.w, area.h, PLANK_BLEED, area);
    this.picture.place(area.x, area.y);
    this.token = scene.add.image(0, 0, 'token').setDisplaySize(this.compact ? 34 : 48, this.compact ? 34 : 48);
    this.update(model, false);
  }

  private drawTiers(g: Phaser.GameObjects.Graphics, area: Rect, model: LadderModel, rects: Rect[]): void {
    for (const [n, tier] of model.tiers.entries()) {
      const low = rects[tier.first];
      const high = rects[tier.last];
      if (!low || !high) continue;
      const band = { x: area.x + 14, y: high.y - 4, w: 66, h: low.y + low.h - high.y + 8 };
      const look = tierLook(n);
      g.fillStyle(look.colour, 1);
      g.fillRoundedRect(band.x, band.y, band.w, band.h, 10);
      const pattern = this.scene.add
        .tileSprite(band.x + 6, band.y + 6, band.w - 12, band.h - 12, look.pattern)
        .setOrigin(0, 0)
        .setAlpha(0.35);
      const label = this.tierLabel(band, tier.label);
      label.setOrigin(0.5).setAngle(-90).setShadow(0, 1, 'rgba(0,0,0,0.7)', 3);
      this.still.push(pattern, label);
    }
  }

  /**
   * A tier's name along its band, in the largest size at which no word is broken: a tier of one
   * rung has a short band ("Non-lethal" must not read "Non-let / hal").
   */
  private tierLabel(band: Rect, label: string): Phaser.GameObjects.Text {
    const at = { x: band.x + band.w / 2, y: band.y + band.h / 2 };
    const style = { colour: '#ffffff', bold: true, align: 'center' as const, wrap: Math.max(40, band.h - 12) };
    for (let size = 16; size > 10; size -= 2) {
      const t = text(this.scene, at.x, at.y, label, { ...style, size });
      if (wholeWords(t, label)) return t;
      t.destroy();
    }
    return text(this.scene, at.x, at.y, label, { ...style, size: 10, maxLines: 2 });
  }

  update(model: LadderModel, animate: boolean): void {
    // Drawn again at a new zoom too, so the picture stays sharp after a resize.
    const zoom = this.scene.cameras.main.zoom;
    const key = `${zoom}|${model.rungs.map((r) => `${r.state}${r.visited ? '+' : ''}${r.lockText ?? ''}`).join('|')}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const g = this.planks;
    g.clear();
    model.rungs.forEach((r, i) => {
      const sprite = this.rungs[i];
      if (sprite) this.drawRung(g, sprite, r);
    });
    const at = model.rungs.findIndex((r) => r.state === 'current');
    model.rungs.forEach((r, i) => {
      // One line where the locked steps begin, seen from the token: never across an open step.
      const toward = model.rungs[i + Math.sign(at - i)];
      if (r.state === 'locked' && at >= 0 && toward?.state !== 'locked') this.redLine(g, i, at);
    });
    this.picture.bake();
    const rect = this.rungs[at]?.rect;
    if (!rect) return;
    const x = rect.x + (this.compact ? rect.w - 30 : 36);
    const y = rect.y + rect.h / 2;
    if (animate && this.current !== '' && this.current !== model.current) {
      this.scene.tweens.add({ targets: this.token, x, y, duration: 650, ease: 'Back.easeOut' });
      this.scene.tweens.add({ targets: this.token, scale: this.token.scale * 1.35, duration: 325, yoyo: true });
    } else this.token.setPosition(x, y);
    this.current = model.current;
  }

  /**
   * A red dashed line in the gap between a locked step and its neighbour toward the token, no
   * thicker than the gap, so it strikes through no step's words.
   */
  private redLine(g: Phaser.GameObjects.Graphics, locked: number, current: number): void {
    const a = this.rungs[locked]?.rect;
    const b = this.rungs[locked + Math.sign(current - locked)]?.rect;
    if (!a || !b) return;
    const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
    const gap = lower.y - (upper.y + upper.h);
    const y = upper.y + upper.h + gap / 2;
    g.lineStyle(Math.max(2, Math.min(5, gap - 1)), 0xd8453b, 1);
    for (let x = a.x - 4; x < a.x + a.w + 4; x += 22) g.lineBetween(x, y, Math.min(x + 13, a.x + a.w + 4), y);
  }

  private drawRung(g: Phaser.GameObjects.Graphics, s: RungSprite, r: RungModel): void {
    const { rect } = s;
    const look = tierLook(r.tierIndex);
    let fill: number = COLOURS.woodDark;
    let stroke: number = COLOURS.wood;
    let width = 2;
    let labelColour: string = CSS.creamSoft;
    let note = '';
    let noteColour: string = CSS.creamSoft;
    if (r.state === 'current') {
      fill = COLOURS.paper;
      stroke = COLOURS.gold;
      width = 5;
      labelColour = CSS.ink;
      note = `● ${this.strings.current}`;
      noteColour = CSS.inkSoft;
    } else if (r.state === 'open') {
      fill = 0x24573f;
      stroke = COLOURS.open;
      width = 4;
      labelColour = CSS.cream;
      note = `▲ ${this.strings.open}`;
      noteColour = CSS.open;
    } else if (r.state === 'locked') {
      fill = 0x2b2520;
      stroke = COLOURS.locked;
      labelColour = CSS.creamSoft;
      note = `${this.strings.locked}: ${r.lockText ?? ''}`;
      noteColour = CSS.lockedText;
    }
    card(g, rect, fill, { radius: 10, shadow: 4, stroke, strokeWidth: width });
    // The tier shows on every plank too: a patterned edge in the tier's colour.
    g.fillStyle(look.colour, 1);
    g.fillRect(rect.x + 4, rect.y + 6, 8, rect.h - 12);
    if (r.visited && r.state !== 'current') {
      g.fillStyle(COLOURS.gold, 1);
      g.fillCircle(rect.x + rect.w - 14, rect.y + 12, 5);
    }
    s.lock.setVisible(r.state === 'locked');
    const worded = `${r.label}|${note}|${labelColour}`;
    if (s.worded === worded) return;
    s.worded = worded;
    // Label and note sit together in the middle of the plank, inside it: at a larger text size the
    // note is set back toward its usual size first, then a two-line label smaller.
    const gap = note === '' ? 0 : 2;
    const inside = rect.h - 2 * PLANK_PAD;
    const noteLines = s.rect.h < 80 ? 1 : 2;
    colour(refit(s.label, r.label, 2, s.labelSizes), labelColour);
    inColour(s.note, noteColour, () => refit(s.note, note, noteLines, s.noteSizes, inside - gap - s.label.height));
    if (s.label.height + gap + s.note.height > inside)
      refit(s.label, r.label, 2, s.labelSizes, inside - gap - s.note.height);
    const block = s.label.height + (note === '' ? 0 : gap + s.note.height);
    s.label.setY(rect.y + (rect.h - block) / 2);
    s.note.setY(s.label.y + s.label.height + gap);
  }
}

/** Whether a wrapped text kept every word whole, on at most two lines. */
function wholeWords(t: Phaser.GameObjects.Text, value: string): boolean {
  const lines = t.getWrappedText(value).map((l) => l.trim());
  return lines.length <= 2 && lines.join(' ').split(/\s+/).length === value.trim().split(/\s+/).length;
}
