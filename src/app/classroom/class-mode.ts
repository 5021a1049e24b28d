/**
 * Classroom mode's way into the app, kept small because it is in the first page load: what the
 * title's "New class", "Saved sessions" and "Facilitator guide" buttons do, and the return to a
 * class a reload interrupted. The rest (`class-runtime.ts` and the screens) loads on first use.
 */

import type { LocalSession } from '../../session/local-session';
import { notices } from '../notices';
import { loadPart } from '../part-loader';
import type { ClassHost } from './class-host';
import type { ClassRuntime } from './class-runtime';

export interface ClassMode {
  /** A class interrupted by a reload is being resumed (so the app resumes no game of its own). */
  resuming: boolean;
  /** The app is leaving this game (a new game, back to the title): its classroom layer stops. */
  sessionEnded(session: LocalSession): void;
  /** A game ended: true when it is a class game, whose debrief is now shown instead of the plain ending. */
  ended(session: LocalSession): boolean;
}

export function installClassMode(host: ClassHost): ClassMode {
  const { say, store } = host;
  // A class game exists only once the runtime has loaded, so the app's routes can ask it synchronously.
  let runtime: ClassRuntime | null = null;
  let loading: Promise<ClassRuntime> | null = null;
  const load = () => {
    loading ??= import('./class-runtime').then((m) => {
      runtime = m.classRuntime(host);
      return runtime;
    });
    // A failed load is tried again next time (the network may be back).
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  /** Does something in classroom mode, its code loaded first; a failure is said in words. */
  const inClass = (action: (r: ClassRuntime) => unknown) =>
    void loadPart(say, 'classroom', async () => action(await load()));

  const showGuide = async () => {
    const loaded = await loadPart(say, 'guide', () => import('../../ui/classroom/guide-page'));
    if (!loaded) return;
    const { guidePage } = loaded;
    const element = guidePage({
      back: say('classroom.guide.back'),
      print: say('classroom.guide.print'),
      lang: host.lang,
      onBack: () => host.showTitle(),
    });
    host.show({
      name: 'guide',
      title: say('classroom.guide.screen'),
      element,
      focusTarget: element.querySelector<HTMLElement>('h1') ?? element,
      back: () => host.showTitle(),
    });
  };

  // The title's ways in (buttons of index.html, so the first paint already has them).
  const on = (id: string, action: () => void) => document.getElementById(id)?.addEventListener('click', action);
  on('title-class', () => inClass((r) => r.showSetup()));
  on('title-sessions', () => inClass((r) => r.showSessions()));
  on('title-guide', () => void showGuide());

  // A reload (or a crash) in the middle of a class goes straight back to it.
  const active = host.resumeAllowed ? store.active() : undefined;
  if (active !== undefined)
    inClass(async (r) => {
      const problems = await r.resume(active);
      if (problems)
        notices.show('resume-refused', say('app.resume-refused', { problems: problems.join('; ') }), {
          failure: true,
          dismiss: say('offline.dismiss'),
        });
    });

  return {
    resuming: active !== undefined,
    sessionEnded: (session) => runtime?.sessionEnded(session),
    ended: (session) => runtime?.ended(session) ?? false,
  };
}
