/**
 * Model-based: every ending of the fixture scenario, reached through the page. The engine finds
 * the shortest path to each ending; the test plays it with the page's own controls (never the
 * test hook's `send`) and checks the page's game against the engine's at every step.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { type EndingPath, endingPaths } from './support/ending-paths';
import { useBrowser } from './support/live';
import { clickEvent, fixtureRules, playThrough, snapshot, startAnotherFixtureGame } from './support/ui';

const rules = fixtureRules();
const paths = endingPaths(rules, [1, 2, 3, 4, 5, 6, 7, 8]);
const live = useBrowser();
let context: BrowserContext;
let page: Page;
let errors: string[];

// One tab plays every ending in turn, as a class would: "Play again" reuses the drawn table.
beforeAll(async () => {
  ({ context, page, errors } = await openPage(live.browser, { calm: true }));
});

afterAll(async () => {
  await context?.close();
});

describe('every ending of the fixture, through the page', () => {
  it('the engine finds a path to each ending', () => {
    expect([...paths.keys()].sort()).toEqual(rules.index.scenario.endings.map((e) => e.id).sort());
  });

  it.each(rules.index.scenario.endings.map((e) => e.id))('reaches "%s"', async (id) => {
    const path = paths.get(id) as EndingPath;
    await startAnotherFixtureGame(page, live.preview.url, path);
    await playThrough(page, rules, path, path.events, (event) => clickEvent(page, event));
    await page.waitForSelector('#ending-screen');
    const s = await snapshot(page);
    expect(s.context?.ending).toBe(id);
    const ending = rules.index.scenario.endings.find((e) => e.id === id);
    expect(await page.textContent('#ending-heading')).toBe(ending?.label);
    expect(await page.textContent('#ending-screen .lede')).toBe(ending?.text);
    expect(errors).toEqual([]);
  });
});
