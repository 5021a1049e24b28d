/**
 * A new build published in the middle of a lesson: two builds of the game served one after the
 * other on the same address. The page running the first learns of the second in the middle of
 * a round and says it will load between rounds; it does not reload while teams decide or while
 * the round resolves, and loads the new build as the next round begins, the class (then a game
 * played alone) coming back exactly where it was.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HookState } from '../ui/support/class-page';
import {
  advance,
  chairDecides,
  passOn,
  playFirstCard,
  startClass,
  state,
  takeDevice,
  toDecide,
} from '../ui/support/class-page';
import { launchChromium, openPage, type Preview, ROOT, screenshotBothSizes, startPreview } from './support/browser';
import { nextPhase, playOpenCard, startShippedGame } from './support/solo';

/** The second build, labelled so the page can tell which one it runs. */
const NEXT = { outDir: 'test-results/next-build', label: 'next' };
const NOTICE = 'A new version is ready — it will load between rounds.';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let served: Preview | null = null;
let port = 0;

/** Serves one build or the other on the same port (the same site to the browser). */
async function serve(outDir?: string): Promise<void> {
  await served?.stop();
  served = await startPreview({ ...(port ? { port } : {}), ...(outDir ? { outDir } : {}) });
  port = Number(new URL(served.url).port);
}

beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', NEXT.outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', VITE_BUILD: NEXT.label }, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`the second build failed: ${built.stderr}`);
  browser = await launchChromium();
  await serve();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** The build the page runs, and whether it is still the page the test marked (no reload since). */
function whichPage(page: Page): Promise<{ build: string; marked: boolean }> {
  return page.evaluate(() => ({
    build: document.documentElement.dataset.build ?? '?',
    marked: (window as unknown as { marked?: boolean }).marked === true,
  }));
}

/** Publishes the other build and has the page ask for it, as it does every few minutes; waits for the notice. */
async function publish(page: Page, outDir?: string): Promise<void> {
  await serve(outDir);
  await page.evaluate(async () => {
    (window as unknown as { marked: boolean }).marked = true;
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect.poll(() => noticeText(page), { timeout: 60_000 }).toBe(NOTICE);
}

/** The update notice's sentence, or null when it is not up. */
async function noticeText(page: Page): Promise<string | null> {
  const text = page.locator('#update-ready .app-notice-text');
  return (await text.count()) ? text.textContent() : null;
}

/** True when the update notice is what the pointer would hit at its middle: nothing (a team's dialog) covers it. */
function noticeOnTop(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const notice = document.getElementById('update-ready');
    if (!notice) return false;
    const box = notice.getBoundingClientRect();
    return notice.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
}

/** Still the same page on the same build, after a moment for any reload to have begun. */
async function stillSamePage(page: Page, build: string): Promise<void> {
  await page.waitForTimeout(1_000);
  expect(await whichPage(page)).toEqual({ build, marked: true });
}

/** Does `step`, which must reload the page into `build`, and returns the state once the game is back. */
async function reloadsInto(page: Page, build: string, step: () => Promise<void>): Promise<HookState> {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await step();
  await loaded;
  await page.waitForFunction(() => window.redLines?.snapshot().tableReady === true, null, { timeout: 60_000 });
  expect(await whichPage(page)).toEqual({ build, marked: false });
  expect(await page.locator('#update-ready').count()).toBe(0);
  return state(page);
}

describe('a new build during a lesson', () => {
  it('waits through a class round and loads as the next round begins, the class resumed', async () => {
    const { page, errors } = await openPage(browser, { calm: true });
    await page.goto(`${served?.url}?test`);
    // The game stored ("Ready.", with or without the PDF font, which is kept on first need).
    await expect.poll(() => page.textContent('#title-status'), { timeout: 120_000 }).toMatch(/^Ready\.( |$)/);
    await startClass(page, {
      name: 'Period 2',
      pin: '2468',
      teams: [
        { name: 'Blue House', plays: 'nsc/president' },
        { name: 'Assembly', plays: 'nsc/opposition-leader' },
      ],
    });
    await toDecide(page);
    expect(await takeDevice(page)).toContain('Blue House');

    // Mid-round: the new build is offered, not loaded.
    await publish(page, NEXT.outDir);
    await stillSamePage(page, '');
    expect(await noticeOnTop(page)).toBe(true);
    await screenshotBothSizes(page, 'update-ready-class');
    expect(await playFirstCard(page, 'Defend first, and say so in public.')).not.toBeNull();
    await passOn(page);
    expect(await takeDevice(page)).toContain('Assembly');
    await stillSamePage(page, '');
    expect(await playFirstCard(page, 'Ask the Assembly before any shells leave.')).not.toBeNull();
    await passOn(page);
    // The device goes back to the President's team, which decides for the council.
    expect(await chairDecides(page)).not.toEqual([]);
    await expect.poll(async () => (await state(page)).phase).toBe('resolve');
    await stillSamePage(page, '');
    expect(await noticeText(page)).toBe(NOTICE);

    // Between rounds: the next round's brief loads the new build, and the class is back.
    const before = await state(page);
    const after = await reloadsInto(page, NEXT.label, () => advance(page));
    expect(after.phase).toBe('brief');
    expect(after.context?.round).toBe((before.context?.round ?? 0) + 1);
    expect(after.context?.teams).toEqual(before.context?.teams);
    expect(after.context?.log.slice(0, before.context?.log.length)).toEqual(before.context?.log);
    expect(errors).toEqual([]);
  });

  it('waits through a game played alone and loads as its next round begins', async () => {
    // A new browser on the second build; the first is published again while it plays.
    const { page, errors } = await openPage(browser, { calm: true });
    await page.goto(`${served?.url}?test`);
    // The game stored ("Ready.", with or without the PDF font, which is kept on first need).
    await expect.poll(() => page.textContent('#title-status'), { timeout: 120_000 }).toMatch(/^Ready\.( |$)/);
    await startShippedGame(page, 11);
    await nextPhase(page);
    await nextPhase(page);
    expect((await state(page)).phase).toBe('decide');
    await publish(page);
    await stillSamePage(page, NEXT.label);
    await screenshotBothSizes(page, 'update-ready-table');
    expect(await playOpenCard(page)).toBe(true);
    await stillSamePage(page, NEXT.label);
    // Dismissed, the notice stays away for the rest of the round; the new build still waits.
    await page.click('#update-ready button:has-text("Dismiss")');
    await nextPhase(page);
    expect((await state(page)).phase).toBe('resolve');
    await stillSamePage(page, NEXT.label);
    expect(await noticeText(page)).toBeNull();
    const solo = await state(page);
    const resumed = await reloadsInto(page, '', () => page.keyboard.press('n'));
    expect(resumed.phase).toBe('brief');
    expect(resumed.context?.round).toBe((solo.context?.round ?? 0) + 1);
    expect(resumed.context?.log.slice(0, solo.context?.log.length)).toEqual(solo.context?.log);
    expect(errors).toEqual([]);
  });
});
