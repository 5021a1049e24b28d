/**
 * The settings read at a glance: on the paper sheet an unticked radio or checkbox is drawn
 * light and empty, not as a filled dark shape that looks ticked.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';

const live = useBrowser();

/** The mean brightness (0–255) of a control as drawn on screen. */
async function brightness(page: Page, control: Locator): Promise<number> {
  const png = (await control.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext('2d');
    if (!g) return 0;
    g.drawImage(image, 0, 0);
    const { data: px } = g.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    for (let i = 0; i < px.length; i += 4) sum += ((px[i] ?? 0) + (px[i + 1] ?? 0) + (px[i + 2] ?? 0)) / 3;
    return sum / (px.length / 4);
  }, png);
}

describe('the settings sheet', () => {
  it('draws unticked controls light, and a ticked one unlike them', async () => {
    const { page, context } = await openPage(live.browser);
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-settings');
    await page.waitForSelector('dialog[open] #setting-calm');
    const calm = page.locator('#setting-calm');
    if (await calm.isChecked()) await calm.uncheck();
    const unticked = await brightness(page, calm);
    const radio = page.locator('dialog[open] input[type="radio"]:not(:checked)').first();
    const radioLight = await brightness(page, radio);
    await calm.check();
    const ticked = await brightness(page, calm);
    expect(unticked).toBeGreaterThan(170);
    expect(radioLight).toBeGreaterThan(170);
    expect(unticked - ticked).toBeGreaterThan(40);
    await context.close();
  });
});
