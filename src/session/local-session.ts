/**
 * A game in this tab behind the `Session` contract: solo play and the hot-seat class. One
 * `Game` may be shown to several viewers at once (the shared table, each team in turn, the
 * console); `as(viewer)` gives another session on the same game. Each session builds its
 * viewer's `GameView` once per accepted event, when it is first asked for.
 */
import type { Game } from '../engine/game';
import { type Save, saveOf } from '../engine/save-record';
import type { Scenario } from '../engine/scenario-schema';
import { viewOf } from '../engine/views';
import type { Connection, GameView, Intent, IntentResult, Session, Viewer } from './session';

export class LocalSession implements Session {
  readonly scenario: Scenario;
  readonly viewer: Viewer;
  /** The game itself, for the wiring that owns it (autosave, the tab's copy, the test hook); screens see `Session` only. */
  readonly game: Game;
  /** The view last built, and how many events the game had accepted then. */
  private current: { view: GameView; at: number } | null = null;
  private readonly stops = new Set<() => void>();

  constructor(game: Game, viewer: Viewer) {
    this.game = game;
    this.viewer = viewer;
    this.scenario = game.rules.index.scenario;
  }

  /** Another viewer of the same game: a team's turn at the shared screen, the console. */
  as(viewer: Viewer): LocalSession {
    return new LocalSession(this.game, viewer);
  }

  view(): GameView {
    // Every accepted event (an undo too) lengthens the game's event list: a longer list is a new state.
    const at = this.game.events.length;
    if (this.current?.at !== at) this.current = { view: viewOf(this.game, this.viewer), at };
    return this.current.view;
  }

  /** Sends at once and answers at once: the game is in this tab. */
  sendNow(intent: Intent): IntentResult {
    return this.game.send(intent);
  }

  send(intent: Intent): Promise<IntentResult> {
    return Promise.resolve(this.sendNow(intent));
  }

  subscribe(listener: (view: GameView) => void): () => void {
    const stop = this.game.subscribe(() => listener(this.view()));
    this.stops.add(stop);
    return () => {
      stop();
      this.stops.delete(stop);
    };
  }

  connection(): Connection {
    return 'local';
  }

  onConnection(): () => void {
    // A game in this tab never connects or drops.
    return () => undefined;
  }

  save(): Promise<Save> {
    return Promise.resolve(saveOf(this.game));
  }

  close(): void {
    for (const stop of this.stops) stop();
    this.stops.clear();
    this.current = null;
  }
}
