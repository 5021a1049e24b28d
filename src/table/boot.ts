/**
 * The door to the drawn table (the caller makes the fonts ready first). Phaser is big (about
 * 360 kB gzip), so it is imported here, on demand, after the HTML title has painted; Vite puts
 * it in its own chunk.
 */
import type Phaser from 'phaser';
import { rendererFor } from './renderer-choice';
import type { TableHandle, TableOptions } from './table-handle';
import { TableView } from './table-view';

let phaser: Promise<typeof Phaser> | null = null;

/** Starts loading Phaser (once); later calls share the same promise. */
export function loadPhaser(): Promise<typeof Phaser> {
  phaser ??= import('phaser').then((mod) => (mod as unknown as { default?: typeof Phaser }).default ?? mod);
  return phaser;
}

export async function createTable(options: TableOptions): Promise<TableHandle> {
  const P = await loadPhaser();
  return new TableView(P, rendererFor(P), options);
}
