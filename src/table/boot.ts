/**
 * The door to the drawn table (the caller makes the fonts ready first). Phaser is big (about
 * 360 kB gzip), so it is imported here, on demand, after the HTML title has painted; Vite puts
 * it in its own chunk.
 */
import type Phaser from 'phaser';
import type { TableHandle, TableOptions } from './table-handle';
import { TableView } from './table-view';

let phaser: Promise<typeof Phaser> | null = null;

/** Starts loading Phaser (once); later calls share the same promise. */
export function loadPhaser(): Promise<typeof Phaser> {
  phaser ??= import('phaser').then((mod) => (mod as unknown as { default?: typeof Phaser }).default ?? mod);
  return phaser;
}

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

export async function createTable(options: TableOptions): Promise<TableHandle> {
  const P = await loadPhaser();
  const renderer = softwareWebGL() ? P.CANVAS : P.AUTO;
  return new TableView(P, renderer, options);
}
