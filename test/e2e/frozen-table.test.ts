/**
 * While the meters animate after a move, what stands still on the drawn table is frozen into one
 * image, so the Canvas renderer draws one picture instead of every object on every frame. The
 * frozen picture must look like the table it stands for: the canvas with the table frozen and the
 * canvas after the next change has thawed it (a card selected, then let go: the same table) are
 * compared pixel by pixel.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startFixtureGame } from './support/ui';

const live = useBrowser();

const settled = (page: Page) => page.waitForFunction(() => window.redLines?.snapshot().animating === false);

/** The table's canvas, kept on the page under `name`. */
const keepCanvas = (page: Page, name: string) =>
  page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#table-canvas canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no drawn table');
    (window as unknown as Record<string, ImageData>)[name] = context.getImageData(0, 0, canvas.width, canvas.height);
  }, name);

/** How far apart two kept canvases are: the mean difference per channel, and the share of pixels off by more than 24. */
const difference = (page: Page, a: string, b: string) =>
  page.evaluate(
    ({ a, b }) => {
      const w = window as unknown as Record<string, ImageData>;
      const x = w[a]?.data;
      const y = w[b]?.data;
      if (!x || !y || x.length !== y.length) throw new Error('canvases of different sizes');
      let sum = 0;
      let off = 0;
      for (let i = 0; i < x.length; i += 4) {
        let most = 0;
        for (let c = 0; c < 3; c++) {
          const d = Math.abs((x[i + c] ?? 0) - (y[i + c] ?? 0));
          sum += d;
          most = Math.max(most, d);
        }
        if (most > 24) off++;
      }
      return { mean: sum / ((x.length / 4) * 3), offShare: off / (x.length / 4) };
    },
    { a, b },
  );

describe('the drawn table while it animates', () => {
  it('freezes what stands still, and the frozen picture matches the table it stands for', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: false });
    await startFixtureGame(page, live.preview.url, { seed: 1, length: 'short' });
    await keysToDecide(page);
    await settled(page);
    expect((await snapshot(page)).frozen, 'nothing frozen before a change').toBe(0);

    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.redLines?.snapshot().frozen ?? 0) > 0, null, { polling: 10 });
    await settled(page);
    await keepCanvas(page, 'frozen');
    expect((await snapshot(page)).frozen, 'the still part stays one image until the next change').toBeGreaterThan(10);

    // A card selected and let go: two draws that thaw the table and leave it as it was.
    await page.keyboard.press('2');
    await page.keyboard.press('Escape');
    await settled(page);
    await page.waitForTimeout(300);
    expect((await snapshot(page)).frozen, 'a change thaws the table').toBe(0);
    await keepCanvas(page, 'live');
    const { mean, offShare } = await difference(page, 'frozen', 'live');
    expect(mean, 'mean difference per channel').toBeLessThan(1.5);
    expect(offShare, 'share of pixels clearly off').toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });
});
