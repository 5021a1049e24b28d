/**
 * A whole game with the keyboard alone: from the title, through setup (opening the scenario
 * file from its button), the briefing and every round, to the ending, with focus visible at
 * every stop of every screen.
 */
import type { FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, openPage } from './support/browser';
import { endingPaths } from './support/ending-paths';
import { useBrowser } from './support/live';
import { fixtureRules, focusState, keyEvent, playThrough, snapshot, tabWalk, waitForTable } from './support/ui';

const live = useBrowser();

/** Presses Tab until the element with this id has focus; fails if it never does. */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusState(page);
    if (f.id === id) {
      expect(f.ring, `${id} shows focus`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('the keyboard alone', () => {
  it('plays a whole game to an ending, focus visible throughout', async () => {
    const rules = fixtureRules();
    const path = endingPaths(rules, [1]).get('guardian');
    expect(path, 'the fixture has a path to "guardian" with seed 1').toBeDefined();
    if (!path) return;
    // The setup screen offers the first length already chosen; the path must use it.
    expect(path.length).toBe(rules.index.scenario.lengths[0]?.id);
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    // Listening from the start turns the browser's file-dialog interception on before it is needed.
    const chooserOpened = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));

    await page.goto(`${live.preview.url}?test`);
    // Title: every control reachable and visibly focused; then New game.
    const titleStops = await tabWalk(page);
    expect(titleStops[0]).toBe('title-new');
    expect(titleStops).toEqual(expect.arrayContaining(['title-help', 'title-settings']));
    await tabTo(page, 'title-new');
    await page.keyboard.press('Enter');
    expect((await snapshot(page)).screen).toBe('setup');

    // Setup: open the scenario file from its button (the system's file dialog answers the test).
    await tabTo(page, 'open-scenario-file');
    await page.keyboard.press('Enter');
    await (await chooserOpened).setFiles(FIXTURE);
    await page.waitForSelector('#scenario-list input[value="file"]:checked');
    await tabWalk(page);
    await page.focus('#setup-heading');
    await tabTo(page, 'seed');
    await page.keyboard.type(String(path.seed));
    await page.keyboard.press('Enter');
    expect((await snapshot(page)).screen).toBe('briefing');

    // Briefing: start.
    await tabTo(page, 'briefing-start');
    await page.keyboard.press('Enter');
    await waitForTable(page);
    expect((await snapshot(page)).screen).toBe('table');
    const stops = await tabWalk(page, 120);
    for (const id of ['open-history', 'open-help', 'action-continue'])
      expect(stops, `Tab reaches #${id} on the table`).toContain(id);
    expect(stops.filter((id) => id.startsWith('card-')).length).toBe(6);

    // Every round by shortcut keys; the page's game must match the engine's step by step.
    const hand = rules.index.scenario.cards.filter((c) => c.seat === rules.index.scenario.player).map((c) => c.id);
    await playThrough(page, rules, path, path.events, (event) => keyEvent(page, event, hand));

    await page.waitForSelector('#ending-screen');
    const end = await snapshot(page);
    expect(end.screen).toBe('ending');
    expect(end.context?.ending).toBe('guardian');
    expect(await page.textContent('#ending-heading')).toBe('Trusted guardian');
    expect(await tabWalk(page)).toEqual(expect.arrayContaining(['ending-history', 'ending-title', 'ending-again']));

    // The history opens with its key, and Esc closes it again.
    await page.keyboard.press('h');
    expect(await page.isVisible('#history-dialog')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#history-dialog')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
