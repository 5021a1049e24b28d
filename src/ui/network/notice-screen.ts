/** A short screen that says where a device stands (connecting, removed, the class gone) and offers the way on. */
import { h } from '../dom';
import type { Screen } from '../screen';

export interface NoticeOptions {
  title: string;
  text: string;
  /** The button under the words, if any. */
  action?: { label: string; run(): void };
}

export function noticeScreen(options: NoticeOptions): Screen {
  const heading = h('h1', { id: 'net-notice-title', attrs: { tabindex: -1 } }, options.title);
  const action = options.action;
  const button = action
    ? h('button', { class: 'btn btn-primary', id: 'net-notice-action', attrs: { type: 'button' } }, action.label)
    : null;
  button?.addEventListener('click', () => action?.run());
  const element = h(
    'section',
    { class: 'screen net-notice', id: 'net-notice', attrs: { 'aria-labelledby': 'net-notice-title' } },
    h(
      'div',
      { class: 'sheet' },
      heading,
      h('p', { class: 'lede', id: 'net-notice-text', attrs: { role: 'status' } }, options.text),
      button ? h('div', { class: 'screen-actions' }, button) : null,
    ),
  );
  return { name: 'net-notice', title: options.title, element, focusTarget: heading };
}
