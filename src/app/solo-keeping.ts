/**
 * A game played alone is kept twice: in its tab, for a reload (solo-memory.ts), and among the
 * saved sessions, so that "Saved sessions" can go on with it after the tab is closed.
 */
import { type Autosave, startAutosave } from '../session/autosave';
import type { LocalSession } from '../session/local-session';
import { newSessionId, type SessionMeta, type SessionStore } from '../session/session-store';
import { rememberSolo } from '../session/solo-memory';
import { longDate } from '../view/language';
import type { Translate } from '../view/locale';

/** The saved session a game continues: its id and when it began. */
export type SoloRecord = Pick<SessionMeta, 'id' | 'created'>;

/**
 * Keeps `session` written after every event it accepts; returns the way to stop. A failed write is
 * said once. The tab's copy is written at once; the saved session at `quiet` (a moment when no
 * game is on its way to the table) or at the game's first change, whichever comes first: its first
 * write and the date in its name would otherwise delay the briefing and the table, and until the
 * game changes there is nothing in it that a closed tab could lose.
 */
export function keepSolo(
  store: SessionStore,
  t: Translate,
  narrate: (text: string) => void,
  session: LocalSession,
  quiet: Promise<void>,
  record: SoloRecord = { id: newSessionId(), created: Date.now() },
): () => void {
  const { scenario, game } = session;
  const stopTab = rememberSolo(scenario, game, record.id);
  let told = false;
  let stopped = false;
  let autosave: Autosave | null = null;
  const begin = () => {
    unwatchFirst();
    if (stopped || autosave) return;
    autosave = startAutosave(game, {
      store,
      meta: {
        ...record,
        name: t('sessions.solo-name', { date: longDate(record.created, document.documentElement.lang) }),
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        teams: [],
        solo: true,
      },
      report(problem) {
        if (problem === null || told) return;
        told = true;
        narrate(
          problem.reason === 'failed'
            ? t('classroom.storage.failed', { error: problem.error })
            : t(`classroom.storage.${problem.reason}`),
        );
      },
    });
    autosave.flush();
  };
  const unwatchFirst = game.subscribe(begin);
  void quiet.then(begin);
  return () => {
    stopped = true;
    unwatchFirst();
    stopTab();
    autosave?.stop();
  };
}
