/** Playing a game alone with the keys, as the help lists them: for tests that need a game to move on. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { state } from '../../ui/support/class-page';

/** From the title, a new game of the scenario the game ships with, up to its drawn table. */
export async function startShippedGame(page: Page, seed: number): Promise<void> {
  await page.click('#title-new');
  await page.locator('#scenario-list input[name="scenario"]:checked').waitFor();
  await page.fill('#seed', String(seed));
  await page.click('#setup-start');
  await page.click('#briefing-start');
  await page.waitForFunction(() => window.redLines?.snapshot().tableReady === true, null, { timeout: 60_000 });
}

/** In the decisions, plays the first card open on the page with its number key and Enter; false when none is open. */
export async function playOpenCard(page: Page): Promise<boolean> {
  const n = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('#hand-controls .overlay-button')].findIndex(
        (b) => b.dataset.status === 'playable',
      ) + 1,
  );
  if (n < 1 || n > 9) return false;
  const played = (await state(page)).context?.playedThisRound.length ?? 0;
  await page.keyboard.press(String(n));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).context?.playedThisRound.length).toBe(played + 1);
  return true;
}

/** Moves the game on by one phase with its key (`e` ends the decisions, `n` the others), and waits for it. */
export async function nextPhase(page: Page): Promise<void> {
  const { phase } = await state(page);
  await page.keyboard.press(phase === 'decide' ? 'e' : 'n');
  await expect.poll(async () => (await state(page)).phase, { timeout: 30_000 }).not.toBe(phase);
}

/** Plays the current game to its ending: the first open card each round, then on. */
export async function playAloneToEnding(page: Page): Promise<void> {
  for (let guard = 0; guard < 120; guard++) {
    const { screen, phase } = await state(page);
    if (screen !== 'table' || phase === 'ended') return;
    if (phase === 'decide') await playOpenCard(page);
    await nextPhase(page);
  }
  throw new Error('the game did not end');
}
