/**
 * Keyboard and focus in a lesson: every field of the class set-up comes into view above the
 * sticky footer as it takes focus; from a selected card one Tab reaches its rationale; Enter in
 * the rationale plays the card (the button beside it says Enter), Shift+Enter breaks the line.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startShippedGame } from './support/ui';

const live = useBrowser();

describe('keyboard and focus', () => {
  it('keeps every focused field of the class set-up clear of the sticky footer', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    const hidden: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const footer = document.querySelector('#class-setup-screen .screen-actions');
        // Past the last button focus leaves the page (the body): not a field.
        if (!el || el === document.body || !footer || footer.contains(el)) return null;
        const box = el.getBoundingClientRect();
        const bar = footer.getBoundingClientRect();
        return { id: el.id || el.outerHTML.slice(0, 80), clear: box.bottom <= bar.top + 1 && box.top >= 0 };
      });
      if (where === null) continue;
      if (seen.has(where.id)) break;
      seen.add(where.id);
      if (!where.clear) hidden.push(where.id);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['class-rationale', 'class-pin']));
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('reaches the rationale in one Tab from the selected card, and plays on Enter there', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await startShippedGame(page, live.preview.url, 1);
    await keysToDecide(page);
    await page.keyboard.press('1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rationale');
    await page.keyboard.type('Aid first: partners see it,');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('and Moscow cannot call it arms.');
    expect(await page.inputValue('#rationale')).toContain('\n');
    const before = (await snapshot(page)).context?.log.filter((e) => e.kind === 'card').length ?? 0;
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await snapshot(page)).context?.log.filter((e) => e.kind === 'card').length)
      .toBe(before + 1);
    // Shift+Tab from the rationale goes back to the card.
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await context.close();
  });
});
