/**
 * A part of the game loaded on first use (classroom mode, the facilitator guide, the debrief):
 * when its code cannot be fetched, the page says so in words, with what to do, never silently.
 */
import type { Translate } from '../view/locale';
import { notices } from './notices';

export type Part = 'classroom' | 'guide' | 'debrief';

/** A teacher's sentence first, the technical reason after it. */
export function partFailedWords(say: Translate, part: Part, error: unknown, online: boolean): string {
  return say('offline.part-failed', {
    part: say(`offline.parts.${part}`),
    advice: say(online ? 'offline.advice-online' : 'offline.advice-offline'),
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Runs `load`; on failure shows the words in the page's notices and resolves to null. */
export async function loadPart<T>(say: Translate, part: Part, load: () => Promise<T>): Promise<T | null> {
  try {
    const loaded = await load();
    notices.hide(`part-failed-${part}`);
    return loaded;
  } catch (error) {
    notices.show(`part-failed-${part}`, partFailedWords(say, part, error, navigator.onLine), {
      failure: true,
      dismiss: say('offline.dismiss'),
    });
    return null;
  }
}
