/**
 * The page's one Phaser game, made before the first table is asked for: Phaser's start (its
 * renderer, its input and its default textures, decoded asynchronously) is then done while the
 * briefing is read, and the table only adds its scene. The loop sleeps until the table wakes it.
 */
import type Phaser from 'phaser';
import { H, W } from '../view/layout';
import { rendererFor } from './renderer-choice';

/** The size to draw at: the table's space in device pixels (at most the design's), or the design's while hidden. */
export function backingSize(parent: HTMLElement): { w: number; h: number } {
  const box = parent.getBoundingClientRect();
  const dpr = Math.min(window.devicePixelRatio || 1, 2);
  const w = Math.round(Math.min(W, Math.max(320, box.width * dpr)));
  return box.width > 0 ? { w, h: Math.round((w * H) / W) } : { w: W, h: H };
}

/** Makes the game in `parent` and resolves once it has started, its loop asleep and no scene in it. */
export function startGame(P: typeof Phaser, parent: HTMLElement): Promise<Phaser.Game> {
  const size = backingSize(parent);
  const game = new P.Game({
    type: rendererFor(P),
    parent,
    width: size.w,
    height: size.h,
    backgroundColor: '#10251c',
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: P.Scale.FIT, autoCenter: P.Scale.CENTER_BOTH },
    render: { antialias: true, powerPreference: 'low-power' },
  });
  return new Promise((resolve) => {
    // READY comes just before the game starts its loop: it is put to sleep right after.
    game.events.once(P.Core.Events.READY, () =>
      queueMicrotask(() => {
        game.loop.sleep();
        resolve(game);
      }),
    );
  });
}
