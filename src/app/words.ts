/**
 * Sentences built from engine values: why a card or an event was refused, and what caused a
 * change. The sentences come from the locale; ids are replaced by the scenario's own labels.
 */
import type { Refusal } from '../engine/game';
import type { Cause, LogEntry } from '../engine/game-context';
import type { Scenario } from '../engine/scenario-schema';
import type { Locale } from './locale';

/** The label of a seat, rung, card … by id; the id itself when the scenario has none. */
export function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((x) => x.id === id)?.label ?? id;
}

/**
 * Why the game refused: the engine's sentence for the refusal's code, plus the scenario's
 * own explanation (a locked step's or card's `locked` text) when it gave one.
 */
export function refusalText(refusal: Refusal, scenario: Scenario, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(refusal))
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) params[key] = value;
  if ('seat' in refusal) params.seat = labelOf(scenario.seats, refusal.seat);
  if ('card' in refusal) params.card = labelOf(scenario.cards, refusal.card);
  if (refusal.code === 'no-step') {
    const rungs = scenario.ladders.flatMap((l) => l.rungs);
    params.from = labelOf(rungs, refusal.from);
    params.to = labelOf(rungs, refusal.to);
  }
  if (refusal.code === 'wrong-phase') params.phase = locale.t(`phases.${refusal.phase}`);
  const sentence = locale.t(`refusals.${refusal.code}`, params);
  const own = 'text' in refusal ? refusal.text : undefined;
  return own === undefined ? sentence : `${sentence} ${own}`;
}

/** What a cause names: a card, event or reaction label, a new round, or a later effect. */
export function causeText(cause: Cause, scenario: Scenario, log: readonly LogEntry[], locale: Locale): string {
  switch (cause.kind) {
    case 'card':
      return labelOf(scenario.cards, cause.id);
    case 'event':
      return scenario.events.find((e) => e.id === cause.id)?.title ?? cause.id;
    case 'reaction':
      return labelOf(scenario.reactions, cause.id);
    case 'round':
      return locale.t('timeline.cause-round');
    case 'inject': {
      const inject = log.find((e) => e.kind === 'inject' && e.id === cause.id);
      return inject?.kind === 'inject' ? inject.title : cause.id;
    }
    case 'delayed': {
      const origin =
        scenario.cards.find((c) => c.id === cause.id)?.label ??
        scenario.events.find((e) => e.id === cause.id)?.title ??
        labelOf(scenario.reactions, cause.id);
      return locale.t('timeline.cause-delayed', { label: origin });
    }
  }
}
