/**
 * The parts of the table that stay as they are for a whole game — the cloth and its headings,
 * each board's plate, rails, tier bands and title — drawn once into one texture and shown as one
 * image. The Canvas renderer saves and restores the context and draws every object on every
 * frame while anything moves; a hundred still objects cost a slow laptop more than the moving ones.
 */
import type Phaser from 'phaser';
import { H, W } from '../view/layout';
import { destroyDeep } from './draw';

const KEY = 'table-still';

/**
 * Draws `objects` (in their order, at their places) into the table's still texture, destroys
 * them, and puts one image of it at the back of the scene. A rebuilt table draws its own.
 */
export function flattenStill(scene: Phaser.Scene, objects: readonly Phaser.GameObjects.GameObject[]): void {
  if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
  const still = scene.textures.addDynamicTexture(KEY, W, H);
  if (!still) return;
  still.draw([...objects]).render();
  // Deep: a tier's pattern has a texture of its own that a plain destroy leaves behind.
  for (const object of objects) destroyDeep(object);
  scene.add.image(0, 0, KEY).setOrigin(0, 0).setToBack();
}
