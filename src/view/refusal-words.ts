/**
 * Why the game refused, in words: the engine's sentence for the refusal's code with the
 * scenario's labels in place of ids, then the scenario's own explanation (a locked step's or
 * card's `locked` text) when it gave one. Shared by the table and the classroom screens.
 */

import type { Scenario } from '../engine/scenario-schema';
import type { Refusal } from '../session/session';
import type { Translate } from './locale';

/** The label of a seat, rung, card … by id; the id itself when the scenario has none. */
export function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((x) => x.id === id)?.label ?? id;
}

export function refusalWords(refusal: Refusal, scenario: Scenario, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(refusal))
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) params[key] = value;
  if ('seat' in refusal) params.seat = labelOf(scenario.seats, refusal.seat);
  if ('card' in refusal) params.card = labelOf(scenario.cards, refusal.card);
  if ('role' in refusal)
    params.role = labelOf(
      scenario.seats.flatMap((s) => s.roles),
      refusal.role,
    );
  if (refusal.code === 'no-step') {
    const rungs = scenario.ladders.flatMap((l) => l.rungs);
    params.from = labelOf(rungs, refusal.from);
    params.to = labelOf(rungs, refusal.to);
  }
  if (refusal.code === 'wrong-phase') params.phase = t(`phases.${refusal.phase}`);
  const sentence = t(`refusals.${refusal.code}`, params);
  const own = 'text' in refusal ? refusal.text : undefined;
  return own === undefined ? sentence : `${sentence} ${own}`;
}
