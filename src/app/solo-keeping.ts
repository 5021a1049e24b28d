/**
 * A game played alone is kept twice: in its tab, for a reload (solo-memory.ts), and among the
 * saved sessions, so that "Saved sessions" can go on with it after the tab is closed.
 */
import { startAutosave } from '../session/autosave';
import type { LocalSession } from '../session/local-session';
import { newSessionId, type SessionMeta, type SessionStore } from '../session/session-store';
import { rememberSolo } from '../session/solo-memory';
import { longDate } from '../view/language';
import type { Translate } from '../view/locale';

/** The saved session a game continues: its id and when it began. */
export type SoloRecord = Pick<SessionMeta, 'id' | 'created'>;

/** Keeps `session` written after every event it accepts; returns the way to stop. A failed write is said once. */
export function keepSolo(
  store: SessionStore,
  t: Translate,
  narrate: (text: string) => void,
  session: LocalSession,
  record: SoloRecord = { id: newSessionId(), created: Date.now() },
): () => void {
  const { scenario, game } = session;
  const stopTab = rememberSolo(scenario, game, record.id);
  let told = false;
  const autosave = startAutosave(game, {
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
  return () => {
    stopTab();
    autosave.stop();
  };
}
