/**
 * Every screen, at 1366×768 (a school laptop) and 1920×1080 (a projector): a screenshot kept in
 * test-results/screenshots for a person to look at, and axe-core's check on every DOM screen
 * (no serious or critical violation allowed).
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeProblems } from './support/axe';
import { openPage, ROOT, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { snapshot, startFixtureGame, waitForTable } from './support/ui';

const live = useBrowser();

/** Waits until nothing on the drawn table moves any more. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.redLines?.snapshot().animating === false, null, { timeout: 20_000 });
  await page.waitForTimeout(150);
}

describe.each(Object.entries(VIEWPORTS))('every screen at %s size', (name, size) => {
  const checkAxe = name === 'laptop';
  const seen: Record<string, string[]> = {};
  /**
   * What a person sees in the window. A long sheet also gets `-end`, scrolled to its foot: a
   * full-page capture would draw the sticky button bar and the fixed cloth where no one sees them.
   */
  const shoot = async (page: Page, screen: string, long = false) => {
    await page.screenshot({ path: screenshotPath(`${name}-${screen}`) });
    if (long) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.screenshot({ path: screenshotPath(`${name}-${screen}-end`) });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    if (checkAxe) seen[screen] = await axeProblems(page);
  };

  it('title, help, settings, setup, briefing, the table in each phase, history, ending, debrief', async () => {
    const { page, errors, context } = await openPage(live.browser, { size });
    await page.goto(`${live.preview.url}?test`);
    await shoot(page, 'title');
    await page.click('#title-help');
    await shoot(page, 'help');
    await page.keyboard.press('Escape');
    await page.click('#title-settings');
    await shoot(page, 'settings');
    await page.keyboard.press('Escape');

    await startFixtureGame(page, live.preview.url, { seed: 1, length: 'short' });
    await settle(page);
    await shoot(page, 'table-brief');
    await page.keyboard.press('n');
    await settle(page);
    expect(await page.isVisible('#timer')).toBe(true);
    await shoot(page, 'table-deliberate');
    await page.keyboard.press('n');
    await page.keyboard.press('3');
    await settle(page);
    await shoot(page, 'table-decide-locked');
    await page.keyboard.press('2');
    await page.fill('#rationale', 'Training is a small step that partners notice.');
    await settle(page);
    await shoot(page, 'table-decide');
    await page.click('#play-card');
    // The narrator (a live region) tells the decision and each change it caused.
    await expect.poll(async () => (await snapshot(page)).narrated).toContain(`played "Train Estmark's soldiers"`);
    expect(await page.textContent('#narrator')).toMatch(/Trust of partners \d+ → \d+ \(Train Estmark's soldiers\)/);
    await page.keyboard.press('e');
    await settle(page);
    await shoot(page, 'table-resolve');
    await page.keyboard.press('h');
    await shoot(page, 'history');
    await page.keyboard.press('Escape');
    // The rest of the game by keys, to the ending.
    for (let i = 0; i < 40 && (await snapshot(page)).screen !== 'ending'; i++)
      await page.keyboard.press((await snapshot(page)).phase === 'decide' ? 'e' : 'n');
    await page.waitForSelector('#ending-screen');
    await shoot(page, 'ending', true);
    // A game played alone opens the class's full debrief too, and comes back to its ending.
    await page.click('#ending-debrief');
    await page.waitForSelector('#debrief-screen');
    await page.locator('.meter-chart canvas').first().waitFor();
    await shoot(page, 'debrief', true);
    expect(await page.textContent('#debrief-back')).toBe('Back to the ending');
    await page.click('#debrief-back');
    await page.waitForSelector('#ending-screen');
    expect(errors).toEqual([]);

    // The setup and briefing screens, on their own (the game above passed through them).
    await page.click('#ending-again');
    await shoot(page, 'setup', true);
    await page.setInputFiles('#scenario-file', `${ROOT}test/fixtures/northsea-2031/scenario.json`);
    await page.click('#setup-start');
    await shoot(page, 'briefing', true);
    await context.close();
    if (checkAxe) for (const [screen, problems] of Object.entries(seen)) expect(problems, screen).toEqual([]);
  });

  it.runIf(existsSync(`${ROOT}assets/scenarios/seoul-2024/scenario.json`))(
    'the shipped scenario at the table, a big hand paged',
    async () => {
      const { page, errors, context } = await openPage(live.browser, { size });
      await page.goto(`${live.preview.url}?test`);
      await page.click('#title-new');
      await page.waitForSelector('#scenario-list input[value="bundled:seoul-2024"]:checked');
      await page.fill('#seed', '1');
      await page.click('#setup-start');
      await shoot(page, 'seoul-briefing', true);
      await page.click('#briefing-start');
      await waitForTable(page);
      await settle(page);
      await shoot(page, 'seoul-table-brief');
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await page.keyboard.press('1');
      await settle(page);
      await shoot(page, 'seoul-table-decide');
      await page.keyboard.press(']');
      await settle(page);
      expect(await page.textContent('#hand-pager')).toContain('9–16');
      await page.click('#hand-playable-only');
      await settle(page);
      await shoot(page, 'seoul-table-playable-only');
      // The largest text size still fits: the words column scrolls, the bar keeps its controls.
      await page.click('#open-settings');
      await page.check('input[name="text-size"][value="larger"]');
      await page.keyboard.press('Escape');
      expect(await page.getAttribute('html', 'data-text-size')).toBe('larger');
      await page.keyboard.press('2');
      await settle(page);
      await shoot(page, 'seoul-table-larger-text');
      expect(await page.isVisible('#open-settings')).toBe(true);
      // The resolve: the others' answers join the round's news, up to twelve cards in three rows.
      await page.keyboard.press('e');
      await page.waitForFunction(() => window.redLines?.snapshot().phase === 'resolve');
      await settle(page);
      await shoot(page, 'seoul-table-resolve');
      expect(errors).toEqual([]);
      await context.close();
      if (checkAxe) for (const [screen, problems] of Object.entries(seen)) expect(problems, screen).toEqual([]);
    },
  );
});
