/**
 * At the largest text size a selected card's "Play this card" and its rationale box stay in
 * view, at both screen sizes, however long the card's words; words that run on beneath the box
 * are said to be there. And the text size can be chosen on the briefing, though the table is
 * built behind it: it is built again at the size chosen.
 */
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startShippedGame, waitForTable } from './support/ui';

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

  it('is chosen on the briefing too: the table built behind it is built again at that size', async () => {
    const drawnAt = async (size: 'normal' | 'larger', onBriefing: boolean): Promise<string> => {
      const { page, context, errors } = await openPage(live.browser, { size: VIEWPORTS.laptop });
      await context.addInitScript(
        (textSize) => localStorage.setItem('red-lines.settings', JSON.stringify({ textSize, calm: true })),
        size,
      );
      await page.goto(`${live.preview.url}?test`);
      await page.click('#title-new');
      await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
      await page.fill('#seed', '5');
      await page.click('#setup-start');
      await page.waitForFunction(() => window.redLines?.snapshot().tableBuilt === true);
      if (onBriefing) {
        await page.click('#briefing-settings');
        await page.check('input[name="text-size"][value="larger"]');
        await page.keyboard.press('Escape');
        expect(await page.getAttribute('html', 'data-text-size')).toBe('larger');
        await expect.poll(() => page.evaluate(() => window.redLines?.snapshot().tableBuilt)).toBe(true);
      }
      await page.click('#briefing-start');
      await waitForTable(page);
      await page.waitForFunction(() => {
        const s = window.redLines?.snapshot();
        return s?.tableDealtAt !== null && s?.animating === false;
      });
      // Every pixel of the drawn table, as one string to compare.
      const drawn = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#table-canvas canvas');
        const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        if (!data) throw new Error('no drawn table');
        let hash = 0;
        for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + (data[i] ?? 0)) | 0;
        return `${canvas?.width}×${canvas?.height}:${hash}`;
      });
      expect(errors).toEqual([]);
      await context.close();
      return drawn;
    };
    const chosenOnBriefing = await drawnAt('normal', true);
    const startedLarger = await drawnAt('larger', false);
    const startedNormal = await drawnAt('normal', false);
    expect(chosenOnBriefing, 'the size chosen on the briefing draws the table as a game started at it').toBe(
      startedLarger,
    );
    expect(startedNormal, 'the two sizes draw different tables').not.toBe(startedLarger);
  });

  it('changed at the table draws the same game again without dealing its cards anew', async () => {
    const { page, context, errors } = await openPage(live.browser, { size: VIEWPORTS.laptop, calm: false });
    await startShippedGame(page, live.preview.url, 2);
    await page.waitForFunction(() => {
      const s = window.redLines?.snapshot();
      return s?.tableDealtAt !== null && s?.animating === false;
    });
    const dealt = (await snapshot(page)).tableDealtAt ?? 0;
    await page.click('#open-settings');
    await page.check('input[name="text-size"][value="larger"]');
    // Read in the same turn as the new deal is seen: a deal that animates is still moving then.
    const redealt = await page.waitForFunction((before) => {
      const s = window.redLines?.snapshot();
      return s && (s.tableDealtAt ?? 0) > before ? { animating: s.animating } : null;
    }, dealt);
    expect(await redealt.jsonValue(), 'nothing moves: the cards are laid down where they were').toEqual({
      animating: false,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
