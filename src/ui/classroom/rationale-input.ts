/**
 * The rationale box: one or two sentences of why, written before a card is played. Labelled,
 * with a live character count; required when the class plays with the rationale rule.
 */
import { under } from '../../view/locale';
import { h, setText } from '../dom';
import type { Say } from './say';

/** The engine keeps at most this many characters of rationale. */
export const RATIONALE_MAX = 2000;

export interface RationaleInput {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  value(): string;
  /** Shows why the card was not played (e.g. a blank rationale under the rule) on the box itself. */
  showError(text: string | null): void;
}

export function rationaleInput(options: { id: string; required: boolean; say: Say }): RationaleInput {
  const r = under(options.say, 'classroom.rationale');
  const hintId = `${options.id}-hint`;
  const countId = `${options.id}-count`;
  const errorId = `${options.id}-error`;
  const textarea = h('textarea', {
    id: options.id,
    class: 'rationale-text',
    attrs: {
      rows: 3,
      maxlength: RATIONALE_MAX,
      required: options.required,
      'aria-required': options.required ? 'true' : undefined,
      'aria-describedby': `${hintId} ${countId}`,
    },
  });
  const count = h(
    'p',
    { class: 'field-hint rationale-count', id: countId, attrs: { 'aria-live': 'off' } },
    r('count', { count: 0, max: RATIONALE_MAX }),
  );
  const error = h('p', { class: 'field-error', id: errorId, attrs: { role: 'alert' } });
  error.hidden = true;
  textarea.addEventListener('input', () =>
    setText(count, r('count', { count: textarea.value.length, max: RATIONALE_MAX })),
  );
  const element = h(
    'div',
    { class: 'rationale' },
    h('label', { attrs: { for: options.id } }, r(options.required ? 'label' : 'label-optional')),
    textarea,
    h('p', { class: 'field-hint', id: hintId }, r('hint')),
    count,
    error,
  );
  return {
    element,
    textarea,
    value: () => textarea.value,
    showError(text) {
      error.hidden = text === null;
      error.textContent = text ?? '';
      if (text === null) textarea.removeAttribute('aria-invalid');
      else {
        textarea.setAttribute('aria-invalid', 'true');
        textarea.setAttribute('aria-describedby', `${errorId} ${hintId} ${countId}`);
      }
    },
  };
}
