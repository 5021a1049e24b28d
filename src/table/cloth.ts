/**
 * The table itself: green felt with a darker edge, a wooden rail along the top, the plates of
 * the news and hand areas and their headings. Painted once into one texture, so every frame
 * draws the whole cloth as a single image (software renderers pay for every layer).
 */
import type Phaser from 'phaser';
import { H, HAND_AREA, NEWS_AREA, type Rect, TOP_BAR, W } from '../view/layout';
import { text } from './draw';
import { CSS } from './palette';

export interface ClothStrings {
  news: string;
  hand: string;
}

/** A fixed pseudo-random sequence, so the cloth looks the same every time. */
function grain(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function feltTile(): HTMLCanvasElement {
  const tile = document.createElement('canvas');
  tile.width = 256;
  tile.height = 256;
  const ctx = tile.getContext('2d');
  if (!ctx) return tile;
  ctx.fillStyle = '#1e4d39';
  ctx.fillRect(0, 0, 256, 256);
  const r = grain(7);
  // Short fibres in slightly lighter and darker greens give the cloth its nap: one path for each
  // green, stroked once, rather than 2,600 strokes on the table's first frame.
  const light = new Path2D();
  const dark = new Path2D();
  for (let i = 0; i < 2600; i++) {
    const x = r() * 256;
    const y = r() * 256;
    const fibre = r() > 0.5 ? light : dark;
    fibre.moveTo(x, y);
    fibre.lineTo(x + (r() - 0.5) * 5, y + (r() - 0.5) * 5);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(120, 170, 140, 0.10)';
  ctx.stroke(light);
  ctx.strokeStyle = 'rgba(0, 20, 10, 0.16)';
  ctx.stroke(dark);
  return tile;
}

function roundRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

function paint(ctx: CanvasRenderingContext2D): void {
  const felt = ctx.createPattern(feltTile(), 'repeat');
  ctx.fillStyle = felt ?? '#1e4d39';
  ctx.fillRect(0, 0, W, H);
  const glow = ctx.createRadialGradient(W / 2, H * 0.45, H * 0.2, W / 2, H / 2, W * 0.62);
  glow.addColorStop(0, 'rgba(255, 255, 230, 0.06)');
  glow.addColorStop(0.6, 'rgba(0, 0, 0, 0)');
  glow.addColorStop(1, 'rgba(0, 0, 0, 0.55)');
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, W, H);
  // The rail: a wood gradient with a brass edge.
  const wood = ctx.createLinearGradient(0, TOP_BAR.y, 0, TOP_BAR.y + TOP_BAR.h);
  wood.addColorStop(0, '#8a5a32');
  wood.addColorStop(1, '#3e2715');
  ctx.fillStyle = wood;
  ctx.fillRect(TOP_BAR.x, TOP_BAR.y, TOP_BAR.w, TOP_BAR.h);
  ctx.fillStyle = '#c9a86a';
  ctx.fillRect(0, TOP_BAR.h - 3, W, 3);
  ctx.fillStyle = 'rgba(10, 26, 18, 0.22)';
  for (const area of [NEWS_AREA, HAND_AREA]) {
    roundRect(ctx, area, 14);
    ctx.fill();
  }
}

/** Draws the cloth and its headings; returns them (they never change during a game). */
export function drawCloth(scene: Phaser.Scene, strings: ClothStrings): Phaser.GameObjects.GameObject[] {
  if (!scene.textures.exists('cloth')) {
    const texture = scene.textures.createCanvas('cloth', W, H);
    if (texture) {
      paint(texture.getContext());
      texture.refresh();
    }
  }
  const heading = (x: number, y: number, value: string) =>
    text(scene, x, y, value.toUpperCase(), { size: 17, colour: CSS.creamSoft, bold: true });
  return [
    scene.add.image(0, 0, 'cloth').setOrigin(0, 0),
    heading(NEWS_AREA.x + 14, NEWS_AREA.y + 8, strings.news),
    heading(HAND_AREA.x + 14, HAND_AREA.y + 8, strings.hand),
  ];
}
