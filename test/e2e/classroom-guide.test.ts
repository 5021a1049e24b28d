/** The facilitator guide opens from the title as a page of the game, readable and accessible. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, screenshotPath } from './support/browser';
import { useBrowser } from './support/live';

const live = useBrowser();

describe('the facilitator guide', () => {
  it('opens from the title with the lesson plans, the console and the role cards', async () => {
    const { context, page, errors } = await openPage(live.browser);
    await page.goto(live.preview.url);
    await page.click('#title-guide');
    await page.waitForSelector('#guide-screen');
    for (const id of [
      '45-minute-lesson-plan',
      '90-minute-lesson-plan',
      'the-facilitator-console',
      'printable-role-cards',
    ])
      expect(await page.locator(`#guide-screen h2[id="${id}"]`).count(), id).toBe(1);
    // One printed page per role card: the five roles and the five actor seats.
    expect(await page.locator('#guide-screen h3.print-page').count()).toBe(10);
    // The contents links lead to the headings on the page.
    await page.click('#guide-screen a[href="#printable-role-cards"]');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#printable-role-cards');
    const serious = (await new AxeBuilder({ page }).include('#guide-screen').analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: screenshotPath('classroom-guide-1366x768') });
    await page.click('#guide-screen button:has-text("Back to the title")');
    await page.waitForSelector('#title-screen:not([hidden])');
    expect(errors).toEqual([]);
    await context.close();
  });
});
