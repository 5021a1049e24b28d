/**
 * What a page says when a part of the game cannot be loaded: a browser that could not store the
 * game (service workers blocked) loads the title, plays a game alone to its ending, then loses
 * the network. Each part not yet loaded — the shipped scenario, the debrief, the PDF maker,
 * classroom mode, saved sessions, the facilitator guide — says so in words, with what to do,
 * and the title said from the start that the game would not open offline. Also: the web app
 * manifest a browser installs the game from, with icons at their stated sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshotBothSizes } from './support/browser';
import { useBrowser } from './support/live';
import { playAloneToEnding, startShippedGame } from './support/solo';

const live = useBrowser();
const OFFLINE_ADVICE =
  'This device is offline and that part is not stored on it: connect to the network and try again.';

/** The text of the page's notice with this id, once it is up. */
async function notice(page: Page, id: string): Promise<string> {
  const element = page.locator(`#app-notices #${id}[role="alert"]`);
  await element.waitFor({ timeout: 30_000 });
  return (await element.locator('.app-notice-text').textContent()) ?? '';
}

describe('a part of the game that cannot be loaded', () => {
  it('says so in words, part by part, in a browser that could not store the game', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true, serviceWorkers: 'block' });
    await page.goto(`${live.preview.url}?test`);
    await expect
      .poll(() => page.getAttribute('#title-status', 'data-stored'), { timeout: 120_000 })
      .toMatch(/^(failed|unsupported)$/);
    expect(await page.textContent('#title-status')).toMatch(/^Ready while the network works.*will not open offline/);
    await screenshotBothSizes(page, 'not-stored-title');

    // The scenario the game ships with, asked for with the network gone: its list says so; with
    // the network back, it loads.
    await context.setOffline(true);
    await page.click('#title-new');
    await expect
      .poll(() => page.textContent('#scenario-list .problems p'), { timeout: 30_000 })
      .toBe(`This scenario could not be loaded. ${OFFLINE_ADVICE}`);
    expect(await page.textContent('#scenario-list .problems li')).toMatch(/^The browser said: .*Failed to fetch/);
    await screenshotBothSizes(page, 'scenario-not-loaded');
    await context.setOffline(false);
    await page.click('#setup-back');
    await startShippedGame(page, 5);
    await playAloneToEnding(page);
    await page.waitForSelector('#ending-screen');
    await context.setOffline(true);

    // The debrief: the ending stays, and says why the debrief did not open.
    await page.click('#ending-debrief');
    expect(await notice(page, 'part-failed-debrief')).toMatch(
      new RegExp(`^The debrief could not be loaded\\. ${OFFLINE_ADVICE} \\(.+\\)$`),
    );
    expect(await page.locator('#ending-screen').isVisible()).toBe(true);
    await screenshotBothSizes(page, 'part-failed');

    // With the network back, the same button opens it, and the notice goes.
    await context.setOffline(false);
    await page.click('#ending-debrief');
    await page.waitForSelector('#debrief-screen', { timeout: 60_000 });
    expect(await page.locator('#part-failed-debrief').count()).toBe(0);

    // The PDF maker, not loaded before the network went.
    await context.setOffline(true);
    await page.click('#export-pdf-a4');
    await expect.poll(() => page.textContent('#export-status')).toMatch(/^PDF.* could not be made: .+/);

    // From the title: classroom mode, saved sessions and the guide each say so, and nothing opens.
    await page.click('#debrief-screen button:has-text("Back to the ending")');
    await page.click('#ending-title');
    await page.click('#title-class');
    expect(await notice(page, 'part-failed-classroom')).toMatch(
      new RegExp(`^Classroom mode could not be loaded\\. ${OFFLINE_ADVICE} \\(.+\\)$`),
    );
    await page.click('#part-failed-classroom button:has-text("Dismiss")');
    expect(await page.locator('#part-failed-classroom').count()).toBe(0);
    await page.click('#title-sessions');
    expect(await notice(page, 'part-failed-classroom')).toContain('Classroom mode could not be loaded.');
    await page.click('#title-guide');
    expect(await notice(page, 'part-failed-guide')).toMatch(
      new RegExp(`^The facilitator guide could not be loaded\\. ${OFFLINE_ADVICE} \\(.+\\)$`),
    );
    expect(await page.isVisible('#title-screen')).toBe(true);

    // The only errors in the console are the files the browser could not fetch.
    expect(errors.filter((e) => e !== 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED')).toEqual([]);
    await context.close();
  });

  it('has a web app manifest whose icons load at the sizes it states', async () => {
    const { context, page } = await openPage(live.browser);
    await page.goto(live.preview.url);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      const json = (await (await fetch(link.href)).json()) as {
        name: string;
        display: string;
        start_url: string;
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      const icons = await Promise.all(
        json.icons.map(async (icon) => {
          const image = new Image();
          image.src = new URL(icon.src, link.href).href;
          await image.decode();
          return { ...icon, loaded: `${image.naturalWidth}x${image.naturalHeight}` };
        }),
      );
      return { ...json, icons };
    });
    expect(manifest?.name).toBe('Red Lines');
    expect(manifest?.display).toBe('standalone');
    const png = manifest?.icons.filter((i) => i.type === 'image/png') ?? [];
    expect(png.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    for (const icon of png) expect(icon.loaded).toBe(icon.sizes);
    expect(png.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest?.icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
    await context.close();
  });
});
