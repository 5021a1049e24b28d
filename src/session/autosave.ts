/**
 * Autosave: after every event the game accepts (undo included), the whole session is written,
 * so a reload, a crash or a closed tab loses nothing. A failed write is reported to the caller,
 * which shows a notice; play is never stopped by storage.
 */
import type { Game } from '../engine/game';
import { saveOf } from '../engine/save-record';
import type { SessionMeta, SessionStore, StorageProblem, StoreResult } from './session-store';

export interface Autosave {
  /** Writes now (also after the classroom screens change who holds the device). */
  flush(): StoreResult;
  /** Replaces the classroom screens' own state, written with every save from now on. */
  setUi(ui: unknown): StoreResult;
  stop(): void;
}

export interface AutosaveOptions {
  store: SessionStore;
  /** The session's fixed facts; round, ending and times are filled from the game on each write. */
  meta: Omit<SessionMeta, 'round' | 'rounds' | 'ending' | 'updated'>;
  ui?: unknown;
  /** Called with a problem when a write fails, and with null when writing works again. */
  report(problem: StorageProblem | null): void;
}

/** Keeps the session written after every accepted event of `game`. */
export function startAutosave(game: Game, options: AutosaveOptions): Autosave {
  let ui = options.ui;
  let failing = false;
  const endings = new Map(game.rules.index.scenario.endings.map((e) => [e.id, e.label]));
  const write = (): StoreResult => {
    const ctx = game.context;
    const meta: SessionMeta = {
      ...options.meta,
      round: ctx.round,
      rounds: ctx.rounds,
      ending: ctx.ending === '' ? '' : (endings.get(ctx.ending) ?? ctx.ending),
      updated: Date.now(),
    };
    const result = options.store.write(
      ui === undefined ? { meta, save: saveOf(game) } : { meta, save: saveOf(game), ui },
    );
    if (!result.ok) {
      failing = true;
      const { ok: _, ...problem } = result;
      options.report(problem);
    } else if (failing) {
      failing = false;
      options.report(null);
    }
    return result;
  };
  const unsubscribe = game.subscribe(() => {
    write();
  });
  return {
    flush: write,
    setUi(next) {
      ui = next;
      return write();
    },
    stop: unsubscribe,
  };
}
