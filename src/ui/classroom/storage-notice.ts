/** The notice shown while saving the class fails (storage full, blocked), with a way to dismiss it. */
import type { StorageProblem } from '../../session/session-store';
import { h, replaceChildren } from '../dom';
import type { Say } from './say';

export interface StorageNotice {
  element: HTMLElement;
  /** Shows the problem; null hides the notice (writing works again). */
  report(problem: StorageProblem | null): void;
}

export function storageNotice(say: Say): StorageNotice {
  const notice = h('div', { class: 'storage-notice', id: 'storage-notice', attrs: { role: 'status' } });
  notice.hidden = true;
  return {
    element: notice,
    report(problem) {
      if (problem === null) {
        notice.hidden = true;
        return;
      }
      const dismiss = h(
        'button',
        { class: 'btn btn-small', attrs: { type: 'button' } },
        say('classroom.storage.dismiss'),
      );
      dismiss.addEventListener('click', () => {
        notice.hidden = true;
      });
      const text =
        problem.reason === 'failed'
          ? say('classroom.storage.failed', { error: problem.error })
          : say(`classroom.storage.${problem.reason}`);
      replaceChildren(notice, h('span', {}, '⚠ ', text), dismiss);
      notice.hidden = false;
    },
  };
}
