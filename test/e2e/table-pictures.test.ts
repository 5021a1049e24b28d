/**
 * The table's cards, news cards and ladders are drawn as pictures, each a texture of its own
 * (src/table/baked.ts). Textures belong to the page's one Phaser game, not to a table, and their
 * pixels lie outside the script heap the memory benchmark weighs: a table that left its pictures
 * (or any other texture) behind would grow the tab by a handful of canvases a game, unseen. Games
 * played one after another in the same tab must hold as many textures at the same point.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, waitForTable } from './support/ui';

const live = useBrowser();

const settled = (page: Page) =>
  page.waitForFunction(() => window.redLines?.snapshot().animating === false, null, { polling: 50 });
const textures = async (page: Page) => (await snapshot(page)).textures;

/**
 * From the title to the first decisions of a shipped game, where the textures are counted; then
 * cards selected, let go and played, the hand's next page, and back to the title.
 */
async function oneGame(page: Page): Promise<number> {
  await page.click('#title-new');
  await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
  await page.fill('#seed', '5');
  await page.click('#setup-start');
  await page.click('#briefing-start');
  await waitForTable(page);
  await keysToDecide(page);
  await settled(page);
  const count = await textures(page);
  for (const key of ['1', 'Escape', '2', 'Escape', '1', 'Enter']) await page.keyboard.press(key);
  await settled(page);
  await page.keyboard.press(']');
  await settled(page);
  await page.click('#leave-table');
  await page.waitForSelector('#leave-dialog[open]');
  await page.click('#leave-go');
  await page.waitForSelector('#title-new');
  return count;
}

describe('the drawn table’s textures', () => {
  it('leave with their game: the same game played again in the tab holds as many', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: false });
    await page.goto(`${live.preview.url}?test`);
    const counts = [await oneGame(page), await oneGame(page), await oneGame(page)];
    expect(counts[0], 'the cards, news and ladders are pictures').toBeGreaterThan(20);
    // The first game leaves one texture for good: the picture of the frozen table, kept for reuse.
    expect(counts[1], 'the second game').toBeLessThanOrEqual((counts[0] ?? 0) + 1);
    expect(counts[2], 'the third game holds what the second did').toBe(counts[1]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
