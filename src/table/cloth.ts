/** The table itself: green felt with a darker edge, a wooden rail along the top, and the areas' headings. */
import type Phaser from 'phaser';
import { card, text } from './draw';
import { H, HAND_AREA, NEWS_AREA, TOP_BAR, W } from './layout';
import { COLOURS, CSS } from './palette';

export interface ClothStrings {
  news: string;
  hand: string;
}

function vignette(scene: Phaser.Scene): void {
  if (scene.textures.exists('vignette')) return;
  const texture = scene.textures.createCanvas('vignette', 480, 270);
  if (!texture) return;
  const ctx = texture.getContext();
  const g = ctx.createRadialGradient(240, 120, 60, 240, 135, 300);
  g.addColorStop(0, 'rgba(255, 255, 230, 0.06)');
  g.addColorStop(0.6, 'rgba(0, 0, 0, 0)');
  g.addColorStop(1, 'rgba(0, 0, 0, 0.55)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 480, 270);
  texture.refresh();
}

export function drawCloth(scene: Phaser.Scene, strings: ClothStrings): void {
  scene.add.tileSprite(0, 0, W, H, 'felt').setOrigin(0, 0);
  vignette(scene);
  scene.add.image(0, 0, 'vignette').setOrigin(0, 0).setDisplaySize(W, H);
  const g = scene.add.graphics();
  // The rail: a wood gradient with a brass edge.
  g.fillGradientStyle(COLOURS.woodLight, COLOURS.woodLight, COLOURS.woodDark, COLOURS.woodDark, 1);
  g.fillRect(TOP_BAR.x, TOP_BAR.y, TOP_BAR.w, TOP_BAR.h);
  g.fillStyle(0xc9a86a, 1);
  g.fillRect(0, TOP_BAR.h - 3, W, 3);
  for (const area of [NEWS_AREA, HAND_AREA]) card(g, area, COLOURS.plate, { alpha: 0.22, shadow: 0, radius: 14 });
  const heading = (x: number, y: number, value: string) =>
    text(scene, x, y, value.toUpperCase(), { size: 17, colour: CSS.creamSoft, bold: true });
  heading(NEWS_AREA.x + 14, NEWS_AREA.y + 8, strings.news);
  heading(HAND_AREA.x + 14, HAND_AREA.y + 8, strings.hand);
}
