/** Small drawing helpers shared by the table's pieces. */
import type Phaser from 'phaser';
import type { Rect } from '../view/layout';
import { cutToFit, linesThatFit, withEllipsis } from './line-cut';
import { FONT } from './palette';

/**
 * The filter (Phaser's NEAREST) for a picture drawn at the size it is shown: copied as it is. With
 * no GPU the browser draws the canvas itself at each frame's commit; a picture smoothed on the way
 * (the default), even at its own size, cost that commit three times a bare page's, and a card
 * play's frame with it.
 */
export const EXACT = 1;

export interface TextOptions {
  size: number;
  colour: string;
  bold?: boolean;
  wrap?: number;
  maxLines?: number;
  align?: 'left' | 'center' | 'right';
  spacing?: number;
}

/**
 * Font metrics by size and weight. Phaser measures a font by drawing it and reading pixels back,
 * which is the dearest part of making a text; a table of a hundred texts uses a handful of fonts.
 */
const metrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** The player's text size (the page's --text-scale): 1, or more for larger text. */
let textScale = 1;

/** Sets the text size for the texts made from now on (the table is rebuilt after a change). */
export function setTextScale(scale: number): void {
  textScale = Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/**
 * A size on the table at the player's text size: small words (labels, notes, counts) grow with
 * it, up to the size of the table's titles, which are large enough already and keep their room.
 */
export function scaledSize(size: number): number {
  return Math.round(Math.max(size, Math.min(size * textScale, 15 * textScale)));
}

/** A text on the table in the project's font; long words wrap by character when they must (Korean too). */
export function text(
  scene: Phaser.Scene,
  x: number,
  y: number,
  value: string,
  o: TextOptions,
): Phaser.GameObjects.Text {
  const size = scaledSize(o.size);
  const font = `${o.bold ? 'bold' : 'normal'} ${size}`;
  const known = metrics.get(font);
  const t = scene.add.text(x, y, value, {
    ...(known ? { metrics: known } : {}),
    fontFamily: FONT,
    fontSize: `${size}px`,
    color: o.colour,
    fontStyle: o.bold ? 'bold' : 'normal',
    align: o.align ?? 'left',
    lineSpacing: o.spacing ?? 2,
    ...(o.maxLines === undefined ? {} : { maxLines: o.maxLines }),
    ...(o.wrap === undefined ? {} : { wordWrap: { width: o.wrap, useAdvancedWrap: true } }),
  });
  if (!known) metrics.set(font, t.style.getTextMetrics());
  // Grown with the text size, a text that no longer fits its lines shrinks back, at most to its
  // standard size, before it is cut: larger text never cuts what the standard size shows whole.
  if (o.maxLines !== undefined) fitLines(t, value, o.maxLines, o.size);
  return t;
}

/**
 * What each text was last clamped from, and to: wrapping a text to measure it is dear, and a
 * table redrawn for one change asks again for texts that did not change.
 */
const clamped = new WeakMap<Phaser.GameObjects.Text, { asked: string; shown: string }>();

/**
 * Sets a text that may run long: cut to `maxLines` wrapped lines, the cut marked with an ellipsis.
 * `lines` are the value's wrapped lines at the text's style, when the caller has them already.
 */
export function clampLines(
  t: Phaser.GameObjects.Text,
  value: string,
  maxLines: number,
  lines?: string[],
): Phaser.GameObjects.Text {
  const asked = `${value}\u0000${maxLines}\u0000${t.style.fontSize}\u0000${t.style.wordWrapWidth}`;
  const last = clamped.get(t);
  if (last?.asked === asked && last.shown === t.text) return t;
  const wrapped = lines ?? t.getWrappedText(value);
  let shown = value;
  if (wrapped.length > maxLines) {
    const kept = wrapped.slice(0, maxLines);
    const end = (kept[maxLines - 1] ?? '').trimEnd();
    // Drop the last word (or a few letters of an unbroken one) to make room for the ellipsis.
    const shorter = end.includes(' ') ? end.slice(0, end.lastIndexOf(' ')) : end.slice(0, -2);
    kept[maxLines - 1] = withEllipsis(shorter);
    shown = kept.join('\n');
  }
  setUnwrapped(t, shown === value ? wrapped.join('\n') : shown);
  clamped.set(t, { asked, shown: t.text });
  return t;
}

/**
 * Sets words wrapped already at the text's style. Phaser would wrap them again as it draws them,
 * measuring word by word, the dearest part of a text's change.
 */
function setUnwrapped(t: Phaser.GameObjects.Text, lines: string): void {
  const width = t.style.wordWrapWidth;
  t.style.wordWrapWidth = null;
  t.setText(lines);
  t.style.wordWrapWidth = width;
}

/** A canvas to measure words on, at a text's font, without drawing the text. */
let ruler: CanvasRenderingContext2D | null = null;

/**
 * Sets a text of one line cut to `width` with an ellipsis. The words are measured whole, not
 * wrapped word by word: one measure when they fit, a few to find the cut when they do not.
 */
export function fitLine(t: Phaser.GameObjects.Text, value: string, width: number): Phaser.GameObjects.Text {
  const asked = `${value}\u0000${width}\u0000${t.style.fontSize}`;
  const last = clamped.get(t);
  if (last?.asked === asked && last.shown === t.text) return t;
  ruler ??= document.createElement('canvas').getContext('2d');
  let shown = value;
  if (ruler) {
    const r = ruler;
    t.style.syncFont(r.canvas, r);
    const fits = (words: string) => r.measureText(words).width <= width;
    if (!fits(value)) shown = cutToFit(value, fits);
  }
  t.setText(shown);
  clamped.set(t, { asked, shown: t.text });
  return t;
}

/** Sets a text's colour; Phaser draws a text's texture again on every colour set, the same one too. */
export function colour(t: Phaser.GameObjects.Text, css: string): Phaser.GameObjects.Text {
  return t.style.color === css ? t : t.setColor(css);
}

/**
 * Sets a text's words (`set`) and colour with one drawing of its texture where both change
 * (Phaser draws it on every `setText` and again on every `setColor`): the colour is put in the
 * style first, and new words draw with it; unchanged words are drawn again for the colour alone.
 */
export function inColour(t: Phaser.GameObjects.Text, css: string, set: () => void): Phaser.GameObjects.Text {
  if (t.style.color === css) {
    set();
    return t;
  }
  const before = t.text;
  t.style.color = css;
  set();
  if (t.text === before) t.updateText();
  return t;
}

/**
 * Gives a text another size without drawing it (wrapping it measures with the new size): the
 * font's metrics come from the table of known ones, where Phaser would measure them again.
 */
function resizeUndrawn(t: Phaser.GameObjects.Text, size: number): void {
  const font = `${t.style.fontStyle === 'bold' ? 'bold' : 'normal'} ${size}`;
  const known = metrics.get(font);
  if (known) {
    t.style.setStyle({ fontSize: `${size}px`, metrics: known }, false);
    return;
  }
  t.setFontSize(size);
  metrics.set(font, t.style.getTextMetrics());
}

/**
 * Sets a text that may run long: a smaller size first, down to `smallest` px, and only then cut.
 * Each size is wrapped once and the text drawn once, at the size it keeps.
 */
export function fitLines(
  t: Phaser.GameObjects.Text,
  value: string,
  maxLines: number,
  smallest: number,
  maxHeight = Number.POSITIVE_INFINITY,
): Phaser.GameObjects.Text {
  let size = fontSizeOf(t);
  const lineHeight = () => size * 1.25 + (t.lineSpacing ?? 0);
  const tooLong = (lines: readonly string[]) => lines.length > maxLines || lines.length * lineHeight() > maxHeight;
  let lines = t.getWrappedText(value);
  const before = { size, text: t.text };
  while (tooLong(lines) && size > smallest) {
    size -= 1;
    resizeUndrawn(t, size);
    lines = t.getWrappedText(value);
  }
  // Still too tall at the smallest size: fewer lines, the last one cut, rather than words over what lies below.
  clampLines(t, value, linesThatFit(maxHeight, size, lineHeight(), maxLines), lines);
  // New words were drawn by clampLines; the same words at a new size are drawn here.
  if (size !== before.size && t.text === before.text) t.updateText();
  return t;
}

/** A text's size now, in px. */
export function fontSizeOf(t: Phaser.GameObjects.Text): number {
  return Number.parseFloat(String(t.style.fontSize));
}

/**
 * Sets `value` at the text's `base` size, or smaller, down to `smallest` px, where it must fit in
 * `maxLines` and `maxHeight`: a text made smaller for one value grows back for the next.
 */
export function refit(
  t: Phaser.GameObjects.Text,
  value: string,
  maxLines: number,
  sizes: { base: number; smallest: number },
  maxHeight = Number.POSITIVE_INFINITY,
): Phaser.GameObjects.Text {
  const restored = fontSizeOf(t) !== sizes.base;
  if (restored) resizeUndrawn(t, sizes.base);
  const words = t.text;
  fitLines(t, value, maxLines, sizes.smallest, maxHeight);
  // fitLines draws a change from the size it was given; the size given back here is drawn here.
  if (restored && fontSizeOf(t) === sizes.base && t.text === words) t.updateText();
  return t;
}

/** A soft drop shadow and a rounded body, the look of a card or plate lying on the cloth. */
export function card(
  g: Phaser.GameObjects.Graphics,
  r: Rect,
  fill: number,
  options: { radius?: number; shadow?: number; alpha?: number; stroke?: number; strokeWidth?: number } = {},
): void {
  const radius = options.radius ?? 12;
  const shadow = options.shadow ?? 6;
  if (shadow > 0) {
    g.fillStyle(0x000000, 0.28);
    g.fillRoundedRect(r.x + shadow * 0.5, r.y + shadow, r.w, r.h, radius);
  }
  g.fillStyle(fill, options.alpha ?? 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  if (options.stroke !== undefined) {
    g.lineStyle(options.strokeWidth ?? 2, options.stroke, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
  }
}

/**
 * Destroys a game object and, first, everything inside it, working round two leaks in Phaser
 * 4.2 that cost about a hundred textures (and their pixel copies) a game:
 * - Container destroys its children while removing them from the same list, so every other
 *   child was skipped; here the children are taken out first and destroyed one by one;
 * - with the Canvas renderer a TileSprite registers a texture of its own that it never removes.
 * The heap benchmark (20 games in one tab) checks that nothing grows.
 */
export function destroyDeep(object: Phaser.GameObjects.GameObject): void {
  const container = object as Partial<Phaser.GameObjects.Container>;
  if (Array.isArray(container.list) && typeof container.removeAll === 'function') {
    const children = [...container.list];
    container.removeAll(false);
    for (const child of children) destroyDeep(child);
  }
  const own = (object as { displayTexture?: Phaser.Textures.Texture | null }).displayTexture;
  object.scene?.tweens.killTweensOf(object);
  object.destroy();
  if (own?.manager) own.destroy();
}
