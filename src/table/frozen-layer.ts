/**
 * While the table animates (the meters after a move or a round), most of it stands still: the
 * cloth, the hand, the news, the ladders. The Canvas renderer would still draw every one of those
 * objects on every frame of the animation; here they are drawn once into one texture, shown as one
 * image and hidden, until the animation is over or the table changes again. What moves stays as
 * it is: anything a tween is moving, and the parts the caller names (the meters' bars and numbers,
 * which a counter moves without targeting them).
 */
import type Phaser from 'phaser';
import { H, W } from '../view/layout';
import { EXACT } from './draw';

const KEY = 'table-frozen';

type Shown = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;

export class FrozenLayer {
  private image: Phaser.GameObjects.Image | null = null;
  private hidden: Shown[] = [];

  /** Freezes every visible object of `scene` but those in `moving` and those a tween moves. */
  freeze(scene: Phaser.Scene, moving: ReadonlySet<Phaser.GameObjects.GameObject>): void {
    this.thaw();
    const still = (scene.children.list as Shown[]).filter(
      (o) => o.visible && !moving.has(o) && scene.tweens.getTweensOf(o).length === 0,
    );
    if (still.length === 0) return;
    // Drawn at the canvas's own size, the picture is copied to the screen pixel for pixel on each
    // frame of the animation, where one at the design's size would be scaled down every time.
    const { width, height } = scene.scale;
    const made = scene.textures.exists(KEY)
      ? (scene.textures.get(KEY) as Phaser.Textures.DynamicTexture)
      : scene.textures.addDynamicTexture(KEY, width, height);
    if (!made) return;
    made.setFilter(EXACT);
    // Odd sizes too (Phaser would make them even): the picture must match the canvas to the pixel.
    if (made.width !== width || made.height !== height) made.setSize(width, height, false);
    made.camera.setZoom(width / W).centerOn(W / 2, H / 2);
    made.clear();
    made.draw(still).render();
    for (const o of still) o.setVisible(false);
    this.hidden = still;
    // At the back, where the still layer was, and at the design's size: what moves is drawn over it as before.
    this.image = scene.add
      .image(0, 0, KEY)
      .setOrigin(0, 0)
      .setScale(W / made.width, H / made.height)
      .setToBack();
  }

  /** How many objects are frozen now. */
  get count(): number {
    return this.hidden.length;
  }

  /** Shows the frozen objects again, as they are now, and takes the image away. */
  thaw(): void {
    for (const o of this.hidden) o.setVisible(true);
    this.hidden = [];
    this.image?.destroy();
    this.image = null;
  }
}
