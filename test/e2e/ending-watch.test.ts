/**
 * The endings are known before they come: the briefing lists where each early ending lies, and
 * the table's meters carry those lines, read out with the meter.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { waitForTable } from './support/ui';

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
});
