/**
 * One meter on the table: its label, value and bar, which way is better, and its last change
 * with the cause. A change animates: the bar slides, the number counts, the difference floats up.
 * The endings' lines stand on the bar: a red post with its number where crossing ends the game
 * at once (paler when it needs something else too), a pale mark below where an ending is judged
 * at the end. A meter within a round of an early ending is framed in red.
 */
import type Phaser from 'phaser';
import type { Rect } from '../view/layout';
import type { MeterModel } from '../view/table-model';
import { card, fitLine, inColour, text } from './draw';
import { COLOURS, CSS } from './palette';

/** The colour of a line that ends the game. */
const RED = 0xe5484d;

export interface MeterStrings {
  higher: string;
  lower: string;
}

export class MeterGauge {
  private readonly scene: Phaser.Scene;
  private readonly rect: Rect;
  private readonly fill: number;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly value: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;
  /** How wide the last change's line may run. */
  private readonly changeWidth: number;
  private readonly chip: Phaser.GameObjects.Text;
  private readonly alarm: Phaser.GameObjects.Graphics;
  private shown: number;
  private counter: Phaser.Tweens.Tween | null = null;
  private model: MeterModel;
  /** What never changes: the plate, the label and which way is better (see still-layer.ts). */
  readonly still: Phaser.GameObjects.GameObject[] = [];
  /** What is drawn live while the table animates (see frozen-layer.ts): the bar, the line numbers on it, the value. */
  readonly moving: Phaser.GameObjects.GameObject[];

  constructor(scene: Phaser.Scene, rect: Rect, model: MeterModel, fill: number, strings: MeterStrings) {
    this.scene = scene;
    this.rect = rect;
    this.fill = fill;
    this.model = model;
    this.shown = model.value;
    const g = scene.add.graphics();
    card(g, rect, COLOURS.plate, { alpha: 0.55, shadow: 0, radius: 10 });
    this.alarm = scene.add.graphics();
    const label = text(scene, rect.x + 16, rect.y + 8, model.label, {
      size: 22,
      colour: CSS.cream,
      bold: true,
      wrap: rect.w - 120,
      maxLines: 1,
    });
    const better = text(
      scene,
      rect.x + rect.w - 14,
      rect.y + rect.h - 22,
      `${model.better === 'higher' ? '▲' : '▼'} ${model.better === 'higher' ? strings.higher : strings.lower}`,
      {
        size: 13,
        colour: CSS.creamSoft,
      },
    ).setOrigin(1, 0);
    this.still.push(g, label, better);
    this.value = text(scene, rect.x + rect.w - 16, rect.y + 2, String(model.value), {
      size: 32,
      colour: CSS.cream,
      bold: true,
    }).setOrigin(1, 0);
    this.bar = scene.add.graphics();
    // The last change and its cause take the whole width the "which way is better" label leaves.
    this.changeWidth = rect.w - 16 - 14 - better.width - 16;
    // Its canvas keeps one width, so a new cause is drawn on it, not on a canvas made anew.
    this.change = text(scene, rect.x + 16, rect.y + rect.h - 27, '', { size: 16, colour: CSS.creamSoft }).setFixedSize(
      this.changeWidth,
      0,
    );
    this.chip = text(scene, 0, 0, '', { size: 26, colour: '#ffffff', bold: true })
      .setOrigin(1, 0)
      .setShadow(0, 2, 'rgba(0,0,0,0.8)', 4)
      .setVisible(false);
    this.moving = [this.bar, ...this.lineNumbers(model), this.value, this.chip];
    this.drawBar(model.value);
    this.describe(model);
    this.drawAlarm(model);
  }

  /** Where the bar puts a value. */
  private xOf(value: number): number {
    const m = this.model;
    const b = this.barRect();
    return b.x + Math.max(0, Math.min(1, (value - m.min) / Math.max(1, m.max - m.min))) * b.w;
  }

  /**
   * Each early line's number, beside its post on the side toward the bar's middle, where it has
   * room. It stands on the bar, so it is drawn with the bar, over its fill: a line the meter is
   * above (public support above the line where the government falls) would otherwise be hidden.
   */
  private lineNumbers(m: MeterModel): Phaser.GameObjects.Text[] {
    const b = this.barRect();
    return m.lines
      .filter((line) => line.early && !line.conditional)
      .map((line) => {
        const x = this.xOf(line.value);
        const endsAbove = x < b.x + b.w / 2;
        return text(this.scene, endsAbove ? x + 5 : x - 5, b.y - 1, String(line.value), {
          size: 12,
          colour: '#ffffff',
          bold: true,
        })
          .setOrigin(endsAbove ? 0 : 1, 0)
          .setShadow(0, 1, 'rgba(0,0,0,0.9)', 3);
      });
  }

  private drawAlarm(m: MeterModel): void {
    this.alarm.clear();
    if (!m.warning) return;
    const r = this.rect;
    this.alarm.lineStyle(3, RED, 1);
    this.alarm.strokeRoundedRect(r.x + 1.5, r.y + 1.5, r.w - 3, r.h - 3, 10);
  }

  private barRect(): Rect {
    const y = this.rect.y + Math.max(38, this.rect.h / 2 - 4);
    return { x: this.rect.x + 16, y, w: this.rect.w - 32, h: 14 };
  }

  private drawBar(value: number): void {
    const m = this.model;
    const b = this.barRect();
    const share = (v: number) => (v - m.min) / Math.max(1, m.max - m.min);
    const g = this.bar;
    g.clear();
    g.fillStyle(0x000000, 0.45);
    g.fillRoundedRect(b.x, b.y, b.w, b.h, 6);
    const w = Math.max(0, Math.min(1, share(value))) * b.w;
    if (w > 0) {
      g.fillStyle(this.fill, 1);
      g.fillRoundedRect(b.x, b.y, Math.max(w, 12), b.h, 6);
    }
    // Where the meter started: a notch, so drift over the game is visible at a glance.
    const sx = b.x + share(m.start) * b.w;
    g.fillStyle(0xf4efe2, 0.9);
    g.fillRect(sx - 1.5, b.y - 4, 3, b.h + 8);
    for (const line of m.lines) {
      const x = this.xOf(line.value);
      if (line.early) {
        g.fillStyle(RED, line.conditional ? 0.55 : 1);
        g.fillRect(x - 2, b.y - 6, 4, b.h + 12);
      } else {
        g.fillStyle(0xf4efe2, 0.6);
        g.fillTriangle(x - 5, b.y + b.h + 7, x + 5, b.y + b.h + 7, x, b.y + b.h + 1);
      }
    }
  }

  private describe(m: MeterModel): void {
    const last = m.last;
    const d = last ? last.to - last.from : 0;
    const good = d > 0 === (m.better === 'higher');
    const words = last ? `${d > 0 ? '▲ +' : '▼ −'}${Math.abs(d)} · ${last.cause}` : '';
    // Even with no change to tell yet, the line is fitted: its first fit measures with its font,
    // which is dearer than any after, and is better done as the table is built than on a card play.
    inColour(this.change, good ? '#a8f0c4' : '#ffb9ad', () => fitLine(this.change, words, this.changeWidth));
  }

  update(m: MeterModel, animate: boolean): void {
    const before = this.shown;
    const changed =
      m.last?.from !== this.model.last?.from ||
      m.last?.to !== this.model.last?.to ||
      m.last?.cause !== this.model.last?.cause;
    this.model = m;
    if (changed) this.describe(m);
    this.drawAlarm(m);
    if (m.value === before) return;
    this.counter?.stop();
    if (!animate) {
      this.shown = m.value;
      this.value.setText(String(m.value));
      this.drawBar(m.value);
      return;
    }
    this.counter = this.scene.tweens.addCounter({
      from: before,
      to: m.value,
      duration: 900,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        const v = tween.getValue() ?? m.value;
        this.shown = Math.round(v);
        this.value.setText(String(this.shown));
        this.drawBar(v);
      },
      onComplete: () => {
        this.shown = m.value;
        this.value.setText(String(m.value));
        this.drawBar(m.value);
      },
    });
    // The difference floats up from the number and fades (one chip per meter, reused).
    const d = m.value - before;
    const chip = this.chip;
    this.scene.tweens.killTweensOf(chip);
    chip
      .setText(`${d > 0 ? '+' : '−'}${Math.abs(d)}`)
      .setPosition(this.rect.x + this.rect.w - 80, this.rect.y + 6)
      .setAlpha(1)
      .setVisible(true);
    this.scene.tweens.add({ targets: chip, y: chip.y - 26, alpha: 0, duration: 1400, ease: 'Quad.easeOut' });
  }
}
