/**
 * One change, one model, one draw: a card played (by keys, then by pointer) builds the table
 * model once from the new view and hands it once to the DOM words and once to the drawn table.
 * Selecting a card is not a change of the game: it redraws the table without building a model.
 * And the drawn table is built while the briefing is read, unseen: its last click only shows it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startFixtureBriefing, startFixtureGame, waitForTable } from './support/ui';

const live = useBrowser();

async function counts(page: Page) {
  const renders = (await snapshot(page)).renders;
  if (!renders) throw new Error('no game on the page');
  return renders;
}

async function played(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => window.redLines?.snapshot().context?.playedThisRound.length === k, n);
}

/** How many colours the drawn table's canvas shows, on a grid of every 7th pixel: a blank canvas shows one. */
function canvasColours(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#table-canvas canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no drawn table');
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7)
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return colours.size;
  });
}

describe('a card play', () => {
  it('builds the table model once and draws once, by keys and by pointer', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    await startFixtureGame(page, live.preview.url, { seed: 1, length: 'short' });
    await keysToDecide(page);

    const beforePick = await counts(page);
    await page.keyboard.press('1');
    const picked = await counts(page);
    expect(picked.builds - beforePick.builds, 'selecting builds no model').toBe(0);
    expect(picked.draws - beforePick.draws, 'selecting redraws the table').toBe(1);

    await page.keyboard.press('Enter');
    await played(page, 1);
    const afterKeys = await counts(page);
    expect(afterKeys.builds - picked.builds, 'model builds for one card played by keys').toBe(1);
    expect(afterKeys.words - picked.words, 'DOM updates for one card played by keys').toBe(1);
    expect(afterKeys.draws - picked.draws, 'table draws for one card played by keys').toBe(1);
    expect(await page.getAttribute('#hand-controls .overlay-button:nth-child(1)', 'data-status')).toBe('played');

    await page.click('#card-start-training');
    const chosen = await counts(page);
    await page.click('#play-card');
    await played(page, 2);
    const afterPointer = await counts(page);
    expect(afterPointer.builds - chosen.builds, 'model builds for one card played by pointer').toBe(1);
    expect(afterPointer.words - chosen.words, 'DOM updates for one card played by pointer').toBe(1);
    expect(afterPointer.draws - chosen.draws, 'table draws for one card played by pointer').toBe(1);
    // The benchmarks' light probe tells what the full snapshot tells.
    const full = await snapshot(page);
    expect(await page.evaluate(() => window.redLines?.probe())).toEqual({
      screen: full.screen,
      phase: full.phase,
      played: 2,
      tableReady: full.tableReady,
      tableBuilt: full.tableBuilt,
      tableReadyAt: full.tableReadyAt,
      tableDealtAt: full.tableDealtAt,
      animating: full.animating,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('builds the drawn table while the briefing is read, unseen, and shows it at the last click', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    await startFixtureBriefing(page, live.preview.url, { seed: 1, length: 'short' });
    await page.waitForFunction(() => window.redLines?.snapshot().tableBuilt === true, null, { timeout: 30_000 });
    const behind = await snapshot(page);
    expect(await page.isVisible('#stage-frame'), 'the table stays hidden behind the briefing').toBe(false);
    expect(await page.isVisible('#briefing-start'), 'the briefing is what shows').toBe(true);
    expect(behind.tableReady, 'a table nobody has seen is not ready').toBe(false);
    expect(behind.renders?.draws, 'nothing asked to draw for the table yet').toBe(0);
    // Laid out at its real size while unseen, and the board drawn on it.
    const unseen = await page.locator('#table-canvas canvas').boundingBox();
    const place = await page.locator('#table-canvas').boundingBox();
    expect(unseen?.width ?? 0, 'the unseen canvas has the width of its place').toBeGreaterThan(
      (place?.width ?? 0) * 0.9,
    );
    expect(await canvasColours(page), 'the board is drawn behind the briefing').toBeGreaterThan(50);
    expect(behind.tableDealtAt, 'the hand waits to be dealt until the table is shown').toBeNull();

    await page.click('#briefing-start');
    await waitForTable(page);
    await page.waitForFunction(() => window.redLines?.snapshot().tableDealtAt !== null);
    const shown = await snapshot(page);
    expect(await page.isVisible('#table-canvas canvas'), 'the table is on screen').toBe(true);
    expect(await page.isVisible('#table-loading'), 'no loading sign over a table already built').toBe(false);
    expect(shown.tableDealtAt ?? 0, 'the hand is dealt once the table is shown').toBeGreaterThan(
      shown.tableReadyAt ?? 0,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
