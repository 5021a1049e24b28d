/**
 * A picture of the whole table at the canvas's own size: the still part (still-layer.ts) and the
 * frozen table while it animates (frozen-layer.ts). Drawn with the camera's zoom and shown at the
 * design's size, it is copied to the canvas pixel for pixel on every frame (see EXACT), where a
 * picture at the design's size would be scaled down every time.
 */
import type Phaser from 'phaser';
import { H, W } from '../view/layout';
import { EXACT } from './draw';

/** Draws `objects` (in their order, at their places) into the texture `key` and shows it at the back. */
export function drawTablePicture(
  scene: Phaser.Scene,
  key: string,
  objects: readonly Phaser.GameObjects.GameObject[],
): Phaser.GameObjects.Image | null {
  const { width, height } = scene.scale;
  const made = scene.textures.exists(key)
    ? (scene.textures.get(key) as Phaser.Textures.DynamicTexture)
    : scene.textures.addDynamicTexture(key, width, height, false);
  if (!made) return null;
  made.setFilter(EXACT);
  // Odd sizes too (Phaser would make them even): the picture must match the canvas to the pixel.
  if (made.width !== width || made.height !== height) made.setSize(width, height, false);
  made.camera.setZoom(width / W).centerOn(W / 2, H / 2);
  made.clear();
  made.draw([...objects]).render();
  return scene.add
    .image(0, 0, key)
    .setOrigin(0, 0)
    .setScale(W / width)
    .setToBack();
}
