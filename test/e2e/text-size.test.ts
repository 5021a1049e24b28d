/**
 * At the largest text size a selected card's "Play this card" and its rationale box stay in
 * view, at both screen sizes, however long the card's words; words that run on beneath the box
 * are said to be there.
 */
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, startShippedGame } from './support/ui';

const live = useBrowser();

describe('the largest text size', () => {
  const cases = ['seoul-2024', 'berlin-2022'].flatMap((scenario) =>
    Object.entries(VIEWPORTS).map(([name, size]) => [scenario, name, size] as const),
  );
  it.each(cases)('keeps the play button and the rationale in view (%s, %s)', async (scenario, _, size) => {
    const { page, context, errors } = await openPage(live.browser, { size });
    await context.addInitScript(() =>
      localStorage.setItem('red-lines.settings', JSON.stringify({ textSize: 'larger', calm: true })),
    );
    await startShippedGame(page, live.preview.url, 1, scenario);
    await keysToDecide(page);
    await page.keyboard.press('1');
    await page.waitForSelector('#play-card');
    const seen = await page.evaluate(() => {
      const column = document.querySelector('#details')?.getBoundingClientRect();
      const inside = (sel: string) => {
        const box = document.querySelector(sel)?.getBoundingClientRect();
        return !!box && !!column && box.height > 0 && box.top >= column.top && box.bottom <= column.bottom + 1;
      };
      return { play: inside('#play-card'), rationale: inside('#rationale') };
    });
    expect(seen).toEqual({ play: true, rationale: true });
    // The card's words run on beneath the box: it says so until they have been scrolled to the end.
    await page.waitForSelector('#details .card-play.more');
    await page.evaluate(() => {
      const column = document.querySelector('#details');
      column?.scrollTo(0, column.scrollHeight);
    });
    await page.waitForSelector('#details .card-play:not(.more)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
