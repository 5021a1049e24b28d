/**
 * The second case in the browser, at 1366×768 and 1920×1080: Berlin's table in each phase, a game
 * played to its ending with the keys, and the debrief that sets it beside a Seoul game finished
 * earlier in this browser (its saved session), with the Markdown handout read back. Screenshots
 * are kept in test-results/screenshots; axe checks the debrief at the laptop's size.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Game, prepare } from '../../src/engine/game';
import { saveOf } from '../../src/engine/save';
import { loadScenario, SEOUL_PATH } from '../support/scenarios';
import { axeProblems } from './support/axe';
import { openPage, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { snapshot, startShippedGame } from './support/ui';

const live = useBrowser();
const SEOUL_NAME = 'Period 3: Seoul';

/** A Seoul game played to its end with no card, kept as a finished saved session would be. */
function finishedSeoul(): string {
  const game = new Game(prepare(loadScenario(SEOUL_PATH)), 5);
  const send = (type: 'brief.done' | 'deliberation.done' | 'turn.end' | 'round.next') => game.send({ type });
  game.send({ type: 'game.start', length: 'short' });
  for (let i = 0; i < 200 && game.phase !== ('ended' as string); i++)
    for (const type of ['brief.done', 'deliberation.done', 'turn.end', 'round.next'] as const) send(type);
  const c = game.context;
  const meta = {
    id: 'seoul-earlier',
    name: SEOUL_NAME,
    scenarioId: 'seoul-2024',
    scenarioTitle: 'Seoul, October 2024',
    teams: [],
    round: c.round,
    rounds: c.round,
    ending: c.ending,
    created: 1,
    updated: 2,
    solo: true,
  };
  return JSON.stringify({ meta, save: saveOf(game) });
}

/** Waits until nothing on the drawn table moves any more. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.redLines?.snapshot().animating === false, null, { timeout: 20_000 });
  await page.waitForTimeout(150);
}

describe.each(Object.entries(VIEWPORTS))('Berlin at %s size', (name, size) => {
  it('the table in each phase, an ending, and the debrief beside Seoul', async () => {
    const shoot = (screen: string) => page.screenshot({ path: screenshotPath(`${name}-berlin-${screen}`) });
    const { page, errors, context } = await openPage(live.browser, { size, calm: true });
    const stored = finishedSeoul();
    await context.addInitScript((record) => localStorage.setItem('red-lines.session.seoul-earlier', record), stored);
    await startShippedGame(page, live.preview.url, 1, 'berlin-2022');
    expect((await snapshot(page)).context?.round).toBe(1);
    await settle(page);
    await shoot('table-brief');
    await page.keyboard.press('n');
    await settle(page);
    await shoot('table-deliberate');
    await page.keyboard.press('n');
    await page.waitForFunction(() => window.redLines?.snapshot().phase === 'decide');
    await page.keyboard.press('1');
    await settle(page);
    await shoot('table-decide');
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.redLines?.snapshot().phase === 'resolve');
    await settle(page);
    await shoot('table-resolve');

    for (let i = 0; i < 60 && (await snapshot(page)).screen !== 'ending'; i++)
      await page.keyboard.press((await snapshot(page)).phase === 'decide' ? 'e' : 'n');
    await page.waitForSelector('#ending-screen');
    await shoot('ending');
    await page.click('#ending-debrief');
    await page.waitForSelector('.debrief-cases');

    // The comparison: Berlin's game beside the Seoul game finished earlier in this browser.
    const columns = await page.$$eval('.case-column', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-scenario'),
        played: el.querySelector('.case-played')?.textContent ?? '',
        real: el.querySelectorAll('.case-rung.real').length,
      })),
    );
    expect(columns.map((c) => c.id)).toEqual(['berlin-2022', 'seoul-2024']);
    expect(columns[1]?.played).toContain(SEOUL_NAME);
    expect(columns.map((c) => c.real)).toEqual([1, 1]);
    expect(await page.locator('.debrief-cases .cases-questions li').count()).toBeGreaterThanOrEqual(3);
    await page.evaluate(() => document.querySelector('.debrief-cases')?.scrollIntoView({ block: 'start' }));
    await shoot('debrief-cases');
    await page.locator('.debrief-cases').screenshot({ path: screenshotPath(`${name}-berlin-debrief-cases-whole`) });
    if (name === 'laptop') expect(await axeProblems(page)).toEqual([]);

    // The Markdown handout carries the same section.
    const waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('#export-markdown');
    const markdown = readFileSync(fileURLToPath(`file://${await (await waiting).path()}`), 'utf8');
    expect(markdown).toContain('Two cases side by side');
    expect(markdown).toContain(SEOUL_NAME);
    expect(markdown).toContain('where the real government stopped');
    expect(errors).toEqual([]);
    await context.close();
  });
});
