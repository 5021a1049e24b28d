/**
 * The page's one keyboard listener. Each part of the app that answers keys registers a handler;
 * the first that takes a key stops the others (and the browser's default). Handlers are asked
 * newest first, so a layer opened over the table (the classroom's console) is asked before it.
 */

/** Answers a key press: true when it was taken. */
export type KeyHandler = (event: KeyboardEvent) => boolean;

export class Keyboard {
  private readonly handlers: KeyHandler[] = [];

  constructor(target: Document) {
    target.addEventListener('keydown', (event) => this.dispatch(event));
  }

  /** Registers a handler; returns the way to take it back. */
  on(handler: KeyHandler): () => void {
    this.handlers.unshift(handler);
    return () => {
      const at = this.handlers.indexOf(handler);
      if (at >= 0) this.handlers.splice(at, 1);
    };
  }

  private dispatch(event: KeyboardEvent): void {
    for (const handler of this.handlers)
      if (handler(event)) {
        event.preventDefault();
        return;
      }
  }
}
