/**
 * Which Phaser renderer draws the table: the table itself and the benchmark's bare Phaser page
 * (bench-anchor.ts) choose the same way, so that the two are compared like for like.
 */
import type Phaser from 'phaser';

/**
 * True when WebGL would be drawn by a software rasteriser (SwiftShader, llvmpipe): an old laptop
 * whose graphics chip the browser refuses, or a headless browser. There the Canvas renderer
 * draws this table about three times faster (measured: a card played, keydown to next frame,
 * 120–140 ms against 360–410 ms at 4× CPU throttle), so Phaser's AUTO choice is overruled.
 */
export function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** The renderer type to hand to `new Phaser.Game`. */
export function rendererFor(P: typeof Phaser): number {
  return softwareWebGL() ? P.CANVAS : P.AUTO;
}
