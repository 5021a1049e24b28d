/**
 * While the table animates (the meters after a move or a round), most of it stands still: the
 * cloth, the hand, the news, the ladders. The Canvas renderer would still draw every one of those
 * objects on every frame of the animation; here they are drawn once into one texture, shown as one
 * image and hidden, until the animation is over or the table changes again. What moves stays as
 * it is: anything a tween is moving, and the parts the caller names (the meters' bars and numbers,
 * which a counter moves without targeting them).
 */
import type Phaser from 'phaser';
import { drawTablePicture } from './table-picture';

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
    // At the back, where the still layer was (see table-picture.ts): what moves is drawn over it as before.
    this.image = drawTablePicture(scene, KEY, still);
    if (!this.image) return;
    for (const o of still) o.setVisible(false);
    this.hidden = still;
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
