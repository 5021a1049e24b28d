/**
 * The endings are known before they come: the briefing lists where each early ending lies, and
 * the table's meters carry those lines, read out with the meter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, startShippedGame, waitForTable } from './support/ui';

const live = useBrowser();

describe('the endings to watch', () => {
  it('are in the briefing and on the table’s meters', async () => {
    const { page, context, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
    await page.fill('#seed', '1');
    await page.click('#setup-start');
    const watch = (await page.textContent('#briefing-watch')) ?? '';
    expect(watch).toContain('Risk from Moscow At 78 or more: Escalation spiral. The game ends at once.');
    expect(watch).toContain('Public support At 28 or less');
    await page.click('#briefing-start');
    await waitForTable(page);
    const label = (await page.textContent('#meter-moscow-risk')) ?? '';
    expect(label).toContain('At 78 or more: Escalation spiral.');
    await page.click('#meter-moscow-risk');
    expect(await page.textContent('#details')).toContain('Endings to watch');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keep their numbers in sight over a meter’s fill, after a move too', async () => {
    // At the projector's size, where a line's number has pixels of pure white.
    const { page, context, errors } = await openPage(live.browser, { calm: false, size: VIEWPORTS.projector });
    await startShippedGame(page, live.preview.url, 1);
    await keysToDecide(page);
    await settled(page);
    // Public support starts above its line at 28: the line's number stands on the bar's fill, in white.
    expect(await whitePixels(page, '#meter-public'), 'the number as the table is dealt').toBeGreaterThan(10);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.redLines?.snapshot().frozen !== 0);
    await settled(page);
    // While the table stands frozen after the move, the number is drawn with the bar, not under it.
    expect(await whitePixels(page, '#meter-public'), 'the number after a move').toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const settled = (page: Page) => page.waitForFunction(() => window.redLines?.snapshot().animating === false);

/**
 * The white pixels the drawn table shows inside a meter's plate: only its line numbers are white
 * (its label, value and notes are cream), so none means its number is hidden.
 */
function whitePixels(page: Page, meter: string): Promise<number> {
  return page.evaluate((meter) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#table-canvas canvas');
    const plate = document.querySelector(meter)?.getBoundingClientRect();
    const context = canvas?.getContext('2d');
    if (!canvas || !plate || !context) throw new Error('no drawn meter');
    const shown = canvas.getBoundingClientRect();
    const scale = canvas.width / shown.width;
    const x = Math.round((plate.x - shown.x) * scale);
    const y = Math.round((plate.y - shown.y) * scale);
    const { data } = context.getImageData(x, y, Math.round(plate.width * scale), Math.round(plate.height * scale));
    let white = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i] ?? 0) >= 235 && (data[i + 1] ?? 0) >= 235 && (data[i + 2] ?? 0) >= 235) white++;
    return white;
  }, meter);
}
