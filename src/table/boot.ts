/**
 * The door to the drawn table (the caller makes the fonts ready first). Phaser is big (about
 * 360 kB gzip), so it is imported here, on demand, after the HTML title has painted; Vite puts
 * it in its own chunk.
 */
import type Phaser from 'phaser';
import { startGame } from './table-game';
import type { TableHandle, TableOptions } from './table-handle';
import { TableView } from './table-view';

export { setTextScale } from './draw';

let phaser: Promise<typeof Phaser> | null = null;
let game: Promise<Phaser.Game> | null = null;

/** Starts loading Phaser (once); later calls share the same promise. */
export function loadPhaser(): Promise<typeof Phaser> {
  phaser ??= import('phaser').then((mod) => (mod as unknown as { default?: typeof Phaser }).default ?? mod);
  return phaser;
}

/** Starts the page's Phaser game in `parent` (once): every table after the first adds only its scene. */
function pageGame(parent: HTMLElement): Promise<Phaser.Game> {
  game ??= loadPhaser()
    .then((P) => startGame(P, parent))
    .catch((error: unknown) => {
      game = null;
      throw error;
    });
  return game;
}

export async function createTable(options: TableOptions): Promise<TableHandle> {
  return new TableView(await pageGame(options.parent), options);
}
