/**
 * Driving the built game in headless Chromium as `npm run bench:web` and the profiler do: a
 * throttled page at 1366×768 with a probe that times card plays and counts frames, and the
 * clicks from the title to a drawn table.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

/** The CPU slow-down: a school Chromebook. */
export const RATE = 4;
export const SIZE = { width: 1366, height: 768 };

/**
 * Records, in the page, the time from an armed Enter keydown to the next frame (the start of its
 * animation-frame callbacks) and to that frame's end (a task queued from the first callback runs
 * after every callback of the frame and its drawing), and counts frames.
 */
const PROBE = `
window.__bench = { armed: false, latencies: [], framed: [], frames: 0, counting: false, begunAt: 0 };
addEventListener('click', (e) => {
  if (e.target instanceof Element && e.target.closest('#briefing-start')) window.__bench.begunAt = e.timeStamp;
}, true);
addEventListener('keydown', (e) => {
  const b = window.__bench;
  if (e.key !== 'Enter' || !b.armed) return;
  b.armed = false;
  const t0 = e.timeStamp;
  requestAnimationFrame(() => {
    b.latencies.push(performance.now() - t0);
    setTimeout(() => b.framed.push(performance.now() - t0), 0);
  });
}, true);
window.__countFrames = () => {
  const b = window.__bench;
  b.frames = 0;
  b.counting = true;
  b.start = performance.now();
  const tick = () => { if (!b.counting) return; b.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
};
window.__stopFrames = () => {
  const b = window.__bench;
  b.counting = false;
  return { frames: b.frames, ms: performance.now() - b.start };
};
`;

/** A fresh browser context and page at the school laptop's size, its CPU slowed `RATE` times. */
export async function throttledPage(
  browser: Browser,
  serviceWorkers = true,
): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: SIZE, serviceWorkers: serviceWorkers ? 'allow' : 'block' });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  return { page, cdp, close: () => context.close() };
}

export const hook = (page: Page, expression: string) => page.evaluate(`window.redLines.${expression}`);
export const screen = (page: Page) => hook(page, 'probe().screen') as Promise<string>;
export const phase = (page: Page) => hook(page, 'probe().phase') as Promise<string>;

export async function waitTable(page: Page): Promise<number> {
  await page.waitForFunction('window.redLines && window.redLines.probe().tableReady', null, {
    timeout: 60_000,
    polling: 50,
  });
  return (await hook(page, 'probe().tableReadyAt')) as number;
}

/**
 * From the title (or the last ending) to a drawn table, clicking straight through, or pausing
 * `readMs` on the briefing as a reader would. Returns when the table was ready (performance.now()).
 */
export async function toTable(page: Page, seed: number, readMs = 0): Promise<number> {
  if ((await page.locator('#ending-again').count()) > 0) await page.click('#ending-again');
  else await page.click('#title-new');
  await page.locator('#scenario-list input[value="bundled:seoul-2024"]:checked').waitFor();
  await page.fill('#seed', String(seed));
  await page.click('#setup-start');
  if (readMs > 0) {
    await page.locator('#briefing-start').waitFor();
    await page.waitForTimeout(readMs);
  }
  await page.click('#briefing-start');
  return waitTable(page);
}

export async function waitSettled(page: Page): Promise<void> {
  await page.waitForFunction('!window.redLines.probe().animating', null, { timeout: 60_000, polling: 50 });
}
