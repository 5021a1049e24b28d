/**
 * A moment when background work (storing the game for offline use) will not slow what the
 * player waits for: the page idle and no game on its way to the table.
 */

const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });

/** Resolves once the page is idle and `busy()` is false, asking again every quarter second. */
export async function quietMoment(busy: () => boolean): Promise<void> {
  for (;;) {
    await idle();
    if (!busy()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
