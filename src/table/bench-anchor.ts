/**
 * A bare Phaser page that `npm run bench:web` builds and loads beside the game, to measure the
 * machine itself: the same Phaser, the same renderer choice and the same size as the table, a few
 * shapes and one line of text moving, and no game code. It records the time of its first frame
 * (ms from navigation) in `window.__anchor.firstFrameAt`; the benchmark counts its frames.
 */
import Phaser from 'phaser';
import { rendererFor } from './renderer-choice';

const anchor = { firstFrameAt: 0 };
(window as unknown as { __anchor: typeof anchor }).__anchor = anchor;

function create(this: Phaser.Scene): void {
  const { width, height } = this.scale;
  const shapes = [
    this.add.rectangle(width * 0.25, height * 0.5, 160, 220, 0xe6dfcc),
    this.add.rectangle(width * 0.5, height * 0.5, 160, 220, 0xc9c2ad),
    this.add.circle(width * 0.75, height * 0.5, 80, 0xb3362b),
  ];
  this.add.text(40, 40, 'A bare Phaser page', { fontFamily: 'sans-serif', fontSize: '24px', color: '#f4efe1' });
  this.tweens.add({ targets: shapes, y: height * 0.3, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  this.game.events.once('postrender', () => {
    anchor.firstFrameAt = performance.now();
  });
}

new Phaser.Game({
  type: rendererFor(Phaser),
  parent: document.body,
  width: innerWidth,
  height: innerHeight,
  backgroundColor: '#10251c',
  banner: false,
  audio: { noAudio: true },
  scene: { key: 'anchor', create },
});
