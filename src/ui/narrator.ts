/**
 * The screen-reader narrator: one polite live region that announces news, decisions and
 * meter changes. Messages arriving together are spoken as one, so nothing is cut off.
 */

export interface Narrator {
  /** Queues a sentence; the queue is spoken on the next frame. */
  say(text: string): void;
  /** The last thing announced (for tests and the visible echo). */
  readonly last: string;
}

export function createNarrator(region: HTMLElement): Narrator {
  let queue: string[] = [];
  let last = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    last = queue.join(' ');
    queue = [];
    // Clearing first makes a repeated sentence count as a change, so it is read again.
    region.textContent = '';
    region.textContent = last;
  };
  return {
    say(text: string) {
      if (text.trim() === '') return;
      queue.push(text);
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(flush);
      }
    },
    get last() {
      return last;
    },
  };
}
