/**
 * How the classroom screens get their words: a function from a locale key to a sentence, the
 * same shape as the app's `Locale.t`, so the screens run on any language's dictionary.
 */
import type { Translate } from '../../view/locale';

export type Say = Translate;

/** Seconds as m:ss, for the timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
