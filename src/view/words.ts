/**
 * Sentences built from engine values: why a card or an event was refused, and what caused a
 * change. The sentences come from the locale; ids are replaced by the scenario's own labels.
 */
import type { Cause, LogEntry } from '../engine/game-context';
import type { Scenario } from '../engine/scenario-schema';
import type { Locale } from './locale';
import { labelOf } from './refusal-words';

/** What a cause names: a card, event or reaction label, a new round, or a later effect. */
export function causeText(cause: Cause, scenario: Scenario, log: readonly LogEntry[], locale: Locale): string {
  switch (cause.kind) {
    case 'card':
      return labelOf(scenario.cards, cause.id);
    case 'event':
      return scenario.events.find((e) => e.id === cause.id)?.title ?? cause.id;
    case 'reaction':
      return labelOf(scenario.reactions, cause.id);
    case 'line':
      return labelOf(scenario.redLines ?? [], cause.id);
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
