/**
 * How the classroom screens get their words: a function from a locale key to a sentence, the
 * same shape as the app's `Locale.t`, so the screens run on any language's dictionary.
 */
import type { Refusal } from '../../engine/game';
import type { Params } from '../../engine/locale';
import type { Scenario } from '../../engine/scenario-schema';

export type Say = (key: string, params?: Params) => string;

/** The label of a seat, role, card or meter by id; the id itself when the scenario has none. */
export function labelIn(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((x) => x.id === id)?.label ?? id;
}

/**
 * Why the engine refused, in words: the engine's sentence for the code (or the classroom's,
 * for the classroom's own codes), then the scenario's own explanation when it gave one.
 */
export function refusalSentence(refusal: Refusal, scenario: Scenario, say: Say): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(refusal))
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) params[key] = value;
  if ('seat' in refusal) params.seat = labelIn(scenario.seats, refusal.seat);
  if ('card' in refusal) params.card = labelIn(scenario.cards, refusal.card);
  if ('role' in refusal)
    params.role = labelIn(
      scenario.seats.flatMap((s) => s.roles),
      refusal.role,
    );
  if ('phase' in refusal) params.phase = say(`phases.${refusal.phase}`);
  const key = `refusals.${refusal.code}`;
  let sentence = say(key, params);
  if (sentence === key) sentence = say(`classroom.refusals.${refusal.code}`, params);
  return 'text' in refusal && refusal.text !== undefined ? `${sentence} ${refusal.text}` : sentence;
}

/** Seconds as m:ss, for the timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
