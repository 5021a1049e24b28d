/**
 * A lesson with the network gone: the built game loaded once until the title says the game is
 * stored, the PDF font downloaded from the title as a teacher would before the lesson (it is
 * kept on first need, not with the game), the title saying "Ready.", then the server stopped and the browser set offline. Everything after that comes from what
 * the service worker stored: a reload, a game played alone to its debrief and a PDF of it, a
 * one-laptop class (a Hangul team name among its teams) started, resumed after a reload, ended
 * from the console and exported as a PDF read back with its team names, and the facilitator
 * guide. Then, in a browser that could not store the game, each part that cannot load says so.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole, playFirstCard, startClass, state, takeDevice, toDecide } from '../ui/support/class-page';
import { readPdf } from '../ui/support/read-pdf';
import { openPage, screenshotPath } from './support/browser';
import { useBrowser } from './support/live';
import { playAloneToEnding, startShippedGame } from './support/solo';

const live = useBrowser();
const PIN = '5307';
const TEAMS = [
  { name: '청와대 팀', plays: 'nsc/president' },
  { name: 'Opposition bench', plays: 'nsc/opposition-leader' },
];

/** Waits for the title to say the game is stored on this device. */
async function waitReady(page: Page): Promise<void> {
  await expect.poll(() => page.textContent('#title-status'), { timeout: 120_000, interval: 250 }).toBe('Ready.');
}

/** Clicks an export button and reads the PDF it downloads. */
async function exportPdf(page: Page): Promise<string> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await page.click('#export-pdf-a4');
  const download: Download = await waiting;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const read = await readPdf(new Uint8Array(readFileSync(await download.path())));
  await expect.poll(() => page.textContent('#export-status')).toContain('PDF');
  expect(await page.textContent('#export-status')).not.toMatch(/could not|failed/i);
  return read.pages.join('\n');
}

describe('a lesson with the network gone', () => {
  it('after one load and "Ready.", plays alone, exports, runs and resumes a class and opens the guide, all offline', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    // The game is stored, the PDF font not yet: the title says so and offers it.
    await expect
      .poll(() => page.textContent('#title-status'), { timeout: 120_000, interval: 250 })
      .toMatch(/^Ready\. PDF handouts need their font \(6 MB\) downloaded once/);
    await page.screenshot({ path: screenshotPath('title-font-offered-1366x768') });
    await page.click('#title-font');
    await waitReady(page);
    expect(await page.isHidden('#title-font')).toBe(true);
    expect(await page.getAttribute('#title-status', 'data-stored')).toBe('stored');

    await live.preview.stop();
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await waitReady(page);
    await page.screenshot({ path: screenshotPath('offline-title-1366x768') });

    // A game played alone, on the scenario the game ships with, to its ending and full debrief.
    await startShippedGame(page, 7);
    await playAloneToEnding(page);
    await page.waitForSelector('#ending-screen');
    await page.click('#ending-debrief');
    await page.waitForSelector('#debrief-screen');
    const solo = (await state(page)).context;
    const soloPdf = await exportPdf(page);
    expect(soloPdf).toContain('Seoul');
    expect(solo?.ending).not.toBe('');

    // A class on one laptop: started, a card played, the page reloaded, the class back as it was.
    await page.click('#debrief-screen button:has-text("Back to the ending")');
    await page.click('#ending-title');
    await startClass(page, { name: 'Offline period 4', pin: PIN, teams: TEAMS, seconds: 300 });
    await toDecide(page);
    expect(await takeDevice(page)).toContain(TEAMS[0]?.name);
    expect(await playFirstCard(page, 'Talk first, then send only what defends.')).not.toBeNull();
    const before = await state(page);
    await page.reload();
    await page.waitForSelector('#pass-device, #team-turn', { timeout: 60_000 });
    const after = await state(page);
    expect(after.phase).toBe(before.phase);
    expect(after.context).toEqual(before.context);

    // Ended from the console: the debrief, and a PDF that prints the Hangul team name.
    await openConsole(page, PIN);
    await page.click('#console-end');
    await page.click('#console-end-confirm');
    await page.waitForSelector('#debrief-screen', { timeout: 60_000 });
    const classPdf = await exportPdf(page);
    for (const team of TEAMS) expect(classPdf).toContain(team.name);
    await page.screenshot({ path: screenshotPath('offline-debrief-1366x768') });

    // The facilitator guide.
    await page.click('#debrief-screen button:has-text("Back to the title")');
    await page.click('#title-guide');
    await page.waitForSelector('#guide-screen h2[id="45-minute-lesson-plan"]');
    expect(await page.locator('#app-notices [role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
