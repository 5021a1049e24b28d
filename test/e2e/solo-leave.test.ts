/**
 * A game played alone can be left and found again: the browser's Back goes back a screen (at
 * the table it asks first), the table's own "Leave game" asks first too, and the game is among
 * the saved sessions, to go on with after its tab is closed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startShippedGame, waitForTable } from './support/ui';

const live = useBrowser();

const screen = async (page: Page) => (await snapshot(page)).screen;

describe('a game played alone', () => {
  it('goes back a screen on the browser’s Back, and asks before leaving the table', async () => {
    const { page, context, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
    await page.goBack();
    await expect.poll(() => screen(page)).toBe('title');
    expect(page.url()).toContain(live.preview.url);
    // Forward from the title does not open a screen that is gone.
    await page.goForward();
    await expect.poll(() => screen(page)).toBe('title');

    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
    await page.fill('#seed', '7');
    await page.click('#setup-start');
    await page.waitForSelector('#briefing-start');
    await page.goBack();
    await expect.poll(() => screen(page)).toBe('setup');
    await page.click('#setup-start');
    await page.click('#briefing-start');
    await waitForTable(page);

    // Back at the table asks; staying keeps the game as it was.
    await page.goBack();
    await page.waitForSelector('#leave-dialog[open]');
    expect(await screen(page)).toBe('table');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('leave-stay');
    await page.click('#leave-stay');
    await expect.poll(() => page.locator('#leave-dialog[open]').count()).toBe(0);
    expect(await screen(page)).toBe('table');
    // Asked again, from the table's own button; leaving goes to the title.
    await page.click('#leave-table');
    await page.waitForSelector('#leave-dialog[open]');
    await page.click('#leave-go');
    await expect.poll(() => screen(page)).toBe('title');
    expect(await page.isVisible('#title-new')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is among the saved sessions after its tab is closed, and goes on where it was', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await startShippedGame(page, live.preview.url, 3);
    await keysToDecide(page);
    const before = await snapshot(page);
    await page.close();

    const again = await context.newPage();
    await again.goto(`${live.preview.url}?test`);
    await again.click('#title-sessions');
    const item = again.locator('#sessions-list li', { hasText: 'Played alone' });
    await item.waitFor();
    expect(await item.textContent()).toContain(`round ${before.context?.round}`);
    await item.locator('button[data-session]').click();
    await waitForTable(again);
    const after = await snapshot(again);
    expect(after.phase).toBe('decide');
    expect(after.context?.round).toBe(before.context?.round);
    expect(after.context?.log).toEqual(before.context?.log);
    // Played on from the list, it is still one saved session, not two.
    expect(
      await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('red-lines.session.'))),
    ).toHaveLength(1);
    await context.close();
  });
});
