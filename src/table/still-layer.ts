/**
 * The parts of the table that stay as they are for a whole game — the cloth and its headings,
 * each board's plate, rails, tier bands and title — drawn once into one texture and shown as one
 * image. The Canvas renderer saves and restores the context and draws every object on every
 * frame while anything moves; a hundred still objects cost a slow laptop more than the moving ones.
 */
import type Phaser from 'phaser';
import { destroyDeep, EXACT } from './draw';
import { drawTablePicture } from './table-picture';

const KEY = 'table-still';

/**
 * Draws `objects` (in their order, at their places) into the table's still texture, destroys
 * them, and puts one image of it at the back of the scene (see table-picture.ts). A rebuilt table
 * draws its own; a resized canvas shows it scaled, smoothed, until the table is built again.
 */
export function flattenStill(scene: Phaser.Scene, objects: readonly Phaser.GameObjects.GameObject[]): void {
  drawTablePicture(scene, KEY, objects);
  // Deep: a tier's pattern has a texture of its own that a plain destroy leaves behind.
  for (const object of objects) destroyDeep(object);
  fitStill(scene);
}

/** Copies the still picture as it is while the canvas keeps its size, and smooths it when scaled. */
export function fitStill(scene: Phaser.Scene): void {
  if (!scene.textures.exists(KEY)) return;
  const still = scene.textures.get(KEY);
  const source = still.source[0];
  const exact = source?.width === scene.scale.width && source?.height === scene.scale.height;
  still.setFilter(exact ? EXACT : 0);
}
