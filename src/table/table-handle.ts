/** What the app holds of the drawn table: no Phaser types, so the app never loads Phaser to type-check a call. */
import type { HandView } from '../view/hand-view';
import type { TableModel } from '../view/table-model';

/** The words the table draws (areas, states), given by the app from the locale. */
export interface TableStrings {
  news: string;
  hand: string;
  current: string;
  open: string;
  locked: string;
  playable: string;
  played: string;
  higher: string;
  lower: string;
  capital: string;
}

/** What the players chose to look at: the page of the hand, and the card selected. */
export interface TableUi {
  hand: HandView;
  selected: string | null;
}

/** How a reset builds the table. */
export interface ResetOptions {
  /** Built where nobody sees it yet (behind the briefing): the hand and the news are dealt at `show`. */
  unseen?: boolean;
  /** The same game drawn anew (at another text size): its hand and news are laid down, not dealt as if new. */
  again?: boolean;
}

export interface TableHandle {
  /** Draws the game as the model says; changes since the last model animate unless calm. */
  render(model: TableModel, ui: TableUi): void;
  /** Starts over (the scene restarts, every object is rebuilt from the model). */
  reset(model: TableModel, ui: TableUi, strings: TableStrings, options?: ResetOptions): void;
  setCalm(calm: boolean): void;
  /** Runs the loop again for a moment: a build put to sleep midway goes on. */
  resume(): void;
  /** A table built unseen is on screen: its held deal goes on; `then` is called once the next frame is drawn. */
  show(then?: () => void): void;
  /** Stops drawing while the table is hidden. */
  sleep(): void;
  /** True while something on the table is moving. */
  readonly animating: boolean;
  /** How many objects stand frozen in one image now (see frozen-layer.ts). */
  readonly frozen: number;
  /** How many textures the page's game holds: a table's pictures have their own (see baked.ts). */
  readonly textures: number;
}

/** What the drawn table is made with. */
export interface TableOptions {
  parent: HTMLElement;
  model: TableModel;
  ui: TableUi;
  strings: TableStrings;
  calm: boolean;
  /** Built where nobody sees it yet (behind the briefing): the hand and the news are dealt at `show`. */
  unseen?: boolean;
  /** Called each time a game's board has been drawn for the first time. */
  onDrawn(): void;
  /** Called when the hand and the news have been dealt onto it, a few frames later. */
  onDealt?(): void;
}
