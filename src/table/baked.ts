/**
 * A piece of the table made of many objects (a card: its paper, stripe, coins and a dozen texts)
 * drawn into a texture of its own and shown as one image. The Canvas renderer saves, transforms
 * and draws every object on every frame while anything moves; a hand of cards drawn as images
 * costs a frame one copy a card, and a card is drawn again only when it changes.
 */
import type Phaser from 'phaser';
import { destroyDeep, EXACT } from './draw';

/** Room around the piece for what reaches past its edges (a thick edge, a drop shadow). */
export interface Bleed {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

let made = 0;

export class Baked {
  /** What the table shows: place it, fade it, tween it. */
  readonly image: Phaser.GameObjects.Image;
  private readonly key = `baked-${++made}`;
  private readonly texture: Phaser.Textures.DynamicTexture;

  /**
   * `parts` (taken off the table: only the image is shown) lie in a box of `w`×`h` from `origin`,
   * with `bleed` around it. The image owns them: destroying it destroys them and the texture.
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly parts: Phaser.GameObjects.Container,
    private readonly w: number,
    private readonly h: number,
    private readonly bleed: Bleed,
    /** Where the box's top left corner is among the parts' own places (they may stand where they are shown). */
    private readonly origin = { x: 0, y: 0 },
  ) {
    parts.removeFromDisplayList();
    const texture = scene.textures.addDynamicTexture(this.key, 1, 1);
    if (!texture) throw new Error(`The table could not make the texture ${this.key}.`);
    this.texture = texture;
    // Drawn at the zoom it is shown at: copied pixel for pixel (see EXACT).
    texture.setFilter(EXACT);
    this.image = scene.add.image(0, 0, this.key).setOrigin(0, 0);
    this.image.once('destroy', () => {
      destroyDeep(parts);
      scene.textures.remove(this.key);
    });
  }

  /** Puts the piece's box (not its bleed) at `x`, `y`. */
  place(x: number, y: number): this {
    this.image.setPosition(x - this.bleed.left, y - this.bleed.top);
    return this;
  }

  /**
   * Draws the parts as they are now, at the camera's zoom, so the image is copied to the screen
   * pixel for pixel as the table's other pictures are (see frozen-layer.ts). After a change of
   * zoom, draw it again.
   */
  bake(): void {
    const zoom = this.scene.cameras.main.zoom;
    const { left, top, right, bottom } = this.bleed;
    const worldW = this.w + left + right;
    const worldH = this.h + top + bottom;
    const width = Math.ceil(worldW * zoom);
    const height = Math.ceil(worldH * zoom);
    const texture = this.texture;
    if (texture.width !== width || texture.height !== height) texture.setSize(width, height, false);
    // At the camera's zoom exactly, one texel to one pixel: a picture scaled ever so slightly
    // would lose a column of pixels here and there, and with it a letter's stem.
    texture.camera.setZoom(zoom).centerOn(width / zoom / 2, height / zoom / 2);
    texture.clear();
    texture.draw(this.parts, left - this.origin.x, top - this.origin.y).render();
    this.image.setScale(1 / zoom);
  }
}
