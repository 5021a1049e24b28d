/**
 * Words that many cards show alike ("✕ Locked", "Needs 2 political capital; you have 0."), drawn
 * once and shown by every card that says them as an image of that one texture. When a play spends
 * the last capital, the whole hand turns locked in the same frame: drawing the same words again
 * for each card was the largest part of that play's cost.
 */
import type Phaser from 'phaser';
import { clampLines, type TextOptions, text } from './draw';

export class WordStamps {
  private readonly scene: Phaser.Scene;
  private readonly made = new Map<string, Phaser.GameObjects.Text>();

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /**
   * The words in this style, cut to `maxLines` lines. The text is kept hidden on the table, so it
   * is taken down with the table's other objects.
   */
  private words(value: string, style: TextOptions, maxLines: number): Phaser.GameObjects.Text {
    const key = JSON.stringify([value, maxLines, style]);
    const known = this.made.get(key);
    if (known) return known;
    const t = text(this.scene, 0, 0, '', style).setVisible(false);
    clampLines(t, value, maxLines);
    this.made.set(key, t);
    return t;
  }

  /** Shows `value` on `image` (hidden when there are no words); returns the words' height. */
  show(image: Phaser.GameObjects.Image, value: string, style: TextOptions, maxLines: number): number {
    if (value === '') {
      image.setVisible(false);
      return 0;
    }
    const t = this.words(value, style, maxLines);
    image.setTexture(t.texture.key).setVisible(true);
    return t.height;
  }
}
