/**
 * How the classroom screens get their words: a function from a locale key to a sentence, the
 * same shape as the app's `Locale.t`, so the screens run on any language's dictionary.
 */
import type { Refusal } from '../../engine/game';
import type { Params } from '../../engine/locale';
import type { Scenario } from '../../engine/scenario-schema';
import { labelOf, refusalWords } from '../refusal-words';

export { labelOf as labelIn };

export type Say = (key: string, params?: Params) => string;

/** Why the engine refused, in words (see refusal-words.ts). */
export function refusalSentence(refusal: Refusal, scenario: Scenario, say: Say): string {
  return refusalWords(refusal, scenario, say);
}

/** Seconds as m:ss, for the timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
