/**
 * The facilitator's "write an event" form: a title, what happened, and a change for any meter.
 * The event is checked with the engine's own schema before it is sent, so markup or an
 * out-of-range change is named on the form instead of being refused by the game.
 */

import type { CustomInjectEvent } from '../../engine/game-events';
import { PlayerEventSchema } from '../../engine/game-events';
import { fromZod } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario-schema';
import { under } from '../../view/locale';
import { h } from '../dom';
import type { Say } from './say';

export interface InjectForm {
  element: HTMLElement;
  /** The event the form describes, or the problems with it in words. */
  read(): { ok: true; event: CustomInjectEvent } | { ok: false; problems: string[] };
  reset(): void;
}

export function injectForm(scenario: Scenario, say: Say): InjectForm {
  const c = under(say, 'classroom.console');
  const title = h('input', { id: 'inject-title', attrs: { type: 'text', maxlength: 120, autocomplete: 'off' } });
  const text = h('textarea', { id: 'inject-text', attrs: { rows: 3, maxlength: 4000 } });
  const meters = scenario.meters.map((m) => ({
    meter: m,
    input: h('input', {
      id: `inject-meter-${m.id}`,
      class: 'class-number',
      attrs: { type: 'number', min: -50, max: 50, step: 1, value: 0 },
    }),
  }));
  const element = h(
    'div',
    { class: 'inject-form' },
    h('div', { class: 'class-field' }, h('label', { attrs: { for: 'inject-title' } }, c('write-title')), title),
    h('div', { class: 'class-field' }, h('label', { attrs: { for: 'inject-text' } }, c('write-text')), text),
    h(
      'fieldset',
      { class: 'inject-meters' },
      h('legend', {}, c('write-effects')),
      ...meters.map(({ meter, input }) =>
        h(
          'div',
          { class: 'inject-meter' },
          h('label', { attrs: { for: input.id } }, c('write-meter', { label: meter.label })),
          input,
        ),
      ),
    ),
  );
  const fieldName: Record<string, string> = {
    title: c('write-title'),
    text: c('write-text'),
    effects: c('write-effects'),
  };
  return {
    element,
    read() {
      const effects = meters
        .map(({ meter, input }) => ({ meter: meter.id, add: Number(input.value || '0') }))
        .filter((e) => e.add !== 0);
      const candidate = {
        type: 'facilitator.write',
        inject: { title: title.value.trim(), text: text.value.trim(), effects },
      };
      const parsed = PlayerEventSchema.safeParse(candidate);
      if (parsed.success && parsed.data.type === 'facilitator.write') return { ok: true, event: parsed.data };
      const problems = parsed.success ? [] : fromZod(parsed.error.issues, candidate);
      return {
        ok: false,
        problems: problems.map((p) => {
          const field = /^\$\.inject\.(\w+)/.exec(p.path)?.[1] ?? '';
          return `${fieldName[field] ?? p.path}: ${p.expected}`;
        }),
      };
    },
    reset() {
      title.value = '';
      text.value = '';
      for (const { input } of meters) input.value = '0';
    },
  };
}
