/**
 * The edges of the page: a broken scenario file is listed problem by problem and nothing is
 * lost; scenario text shows as text, never as markup; the test hook exists only with `?test`;
 * the HTML title's words are the locale's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { FIXTURE, openPage, ROOT, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, snapshot, startFixtureBriefing, startFixtureGame, waitForTable } from './support/ui';

const live = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'red-lines-setup-'));

/** A copy of the fixture, changed, written where a person would keep it. */
function fixtureFile(name: string, change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  change(data);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

describe('setup', () => {
  it('lists every problem of a broken scenario file by its path, and the game still starts', async () => {
    const broken = fixtureFile('broken.json', (d) => {
      const cards = d.cards as Record<string, unknown>[];
      (cards[0] as Record<string, unknown>).cost = -1;
      (d.meters as Record<string, unknown>[])[0] = { ...(d.meters as Record<string, unknown>[])[0], id: 'Not An Id' };
    });
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "format": "red-lines-scenario", ');
    for (const [size, shot] of [
      [VIEWPORTS.laptop, 'laptop-setup-problems'],
      [VIEWPORTS.projector, 'projector-setup-problems'],
    ] as const) {
      const { page, errors, context } = await openPage(live.browser, { size });
      await page.goto(`${live.preview.url}?test`);
      await page.click('#title-new');
      await page.setInputFiles('#scenario-file', broken);
      const problems = page.locator('#scenario-list .problems[role="alert"]');
      await problems.waitFor();
      const text = (await problems.textContent()) ?? '';
      expect(text).toContain('broken.json cannot be played');
      expect(text).toContain('$.cards[0].cost');
      expect(text).toContain('$.meters[0].id');
      // Focus goes to the list of problems, so a screen reader reads them out.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('problems'))).toBe(true);
      await page.screenshot({ path: screenshotPath(shot), fullPage: true });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
        [],
      );

      // A file that is not JSON at all says where it broke.
      await page.setInputFiles('#scenario-file', notJson);
      await page.waitForSelector('text=not-json.json cannot be played');
      expect(await page.textContent('#scenario-list')).toContain('valid JSON');

      // The broken files take nothing away: the good file plays.
      await page.setInputFiles('#scenario-file', FIXTURE);
      await page.waitForSelector('#scenario-list input[value="file"]:checked');
      await page.click('#setup-start');
      expect(await page.textContent('#briefing-heading')).toBe('Briefing');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('refuses a seed that is not a whole number in range, with the reason beside the field', async () => {
    const { page, context } = await openPage(live.browser);
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.setInputFiles('#scenario-file', FIXTURE);
    await page.waitForSelector('#scenario-list input[value="file"]:checked');
    for (const bad of ['-1', '1.5', 'abc', '4294967296']) {
      await page.fill('#seed', bad);
      await page.click('#setup-start');
      expect(await page.isVisible('#seed-error'), bad).toBe(true);
      expect(await page.getAttribute('#seed', 'aria-invalid')).toBe('true');
      expect((await page.evaluate(() => window.redLines?.snapshot().screen)) ?? '').toBe('setup');
    }
    await page.fill('#seed', '4294967295');
    await page.click('#setup-start');
    expect(await page.evaluate(() => window.redLines?.snapshot().context?.seed)).toBe(4294967295);
    await context.close();
  });

  it('shows scenario text as text: characters that look like markup stay characters', async () => {
    const title = 'Norvalia & Co. &amp; a < b > c';
    const label = 'Send <medicine';
    const odd = fixtureFile('odd-text.json', (d) => {
      d.title = title;
      (d.cards as Record<string, unknown>[])[0] = { ...(d.cards as Record<string, unknown>[])[0], label };
    });
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.setInputFiles('#scenario-file', odd);
    await page.waitForSelector('#scenario-list input[value="file"]:checked');
    expect(await page.textContent('#scenario-list .choice-title >> nth=-1')).toContain(title);
    await page.click('#setup-start');
    await page.click('#briefing-start');
    await page.waitForSelector('#action-continue');
    expect(await page.textContent('#top-bar .scenario-title')).toBe(title);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('1');
    expect(await page.textContent('#details-heading')).toBe(label);
    // Nothing from the scenario became an element.
    expect(await page.locator('#app medicine').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brings a game nobody has acted on back at its briefing after a reload', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    await startFixtureBriefing(page, live.preview.url, { seed: 6, length: 'short' });
    await page.waitForFunction(() => sessionStorage.getItem('red-lines.solo.save') !== null);
    const before = await snapshot(page);
    await page.reload();
    await page.waitForSelector('#briefing-start');
    const after = await snapshot(page);
    expect(after.screen, 'the class goes on reading').toBe('briefing');
    expect(after.context?.seed).toBe(before.context?.seed);
    await page.click('#briefing-start');
    await waitForTable(page);
    await keysToDecide(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brings a game played alone back after a reload, refuses a damaged copy, and forgets a game left', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    await startFixtureGame(page, live.preview.url, { seed: 3, length: 'short' });
    await keysToDecide(page);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.redLines?.snapshot().context?.playedThisRound.length ?? 0) > 0);
    const before = await snapshot(page);
    await page.reload();
    await waitForTable(page);
    const after = await snapshot(page);
    expect(after.phase).toBe('decide');
    expect(after.context).toEqual(before.context);

    // A damaged copy: the title says why, and the copy is dropped.
    await page.evaluate(() => sessionStorage.setItem('red-lines.solo.save', '{"format": "something else"}'));
    await page.reload();
    await expect.poll(() => page.textContent('#title-status')).toContain('could not be resumed');
    expect(await page.textContent('#title-status')).toContain('$.format');
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('red-lines.solo'))),
    ).toEqual([]);

    // A game left for the title is not brought back.
    await startFixtureGame(page, live.preview.url, { seed: 4, length: 'short' });
    await page.evaluate(() => window.redLines?.send({ type: 'facilitator.end' }));
    await page.waitForSelector('#ending-screen');
    await page.click('#ending-title');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect((await snapshot(page)).screen).toBe('title');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the test hook only with ?test', async () => {
    const { page, context } = await openPage(live.browser);
    await page.goto(live.preview.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(await page.evaluate(() => 'redLines' in window)).toBe(false);
    await page.goto(`${live.preview.url}?test`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(await page.evaluate(() => typeof window.redLines?.snapshot)).toBe('function');
    await context.close();
  });

  it("offers the catalog's first scenario first and chosen, even when another one loads before it", async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    // Seoul's scenario chunk arrives a second after Berlin's.
    await page.route(/\/assets\/scenario-[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('Seoul, October 2024')) await new Promise((r) => setTimeout(r, 1000));
      await route.fulfill({ response });
    });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[value="bundled:berlin-2022"]:not([disabled])');
    await page.waitForSelector('#scenario-list input[value="bundled:seoul-2024"]:checked');
    // Listed by their cards, only the chosen one loads: Seoul's lengths come once its late chunk has.
    await page.locator('#length-list input:checked').waitFor();
    const listed = await page
      .locator('#scenario-list input[name="scenario"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(listed.slice(0, 2)).toEqual(['bundled:seoul-2024', 'bundled:berlin-2022']);
    // A scenario the player picks stays picked.
    await page.check('#scenario-list input[value="bundled:berlin-2022"]');
    expect(await page.isChecked('#scenario-list input[value="bundled:berlin-2022"]')).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[data-option="bundled:berlin-2022"] .choice-pitch')?.textContent?.includes('(version'),
    );
    expect(await page.isChecked('#scenario-list input[value="bundled:berlin-2022"]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the HTML title', () => {
  it("paints the locale's words before any script runs", () => {
    const html = readFileSync(`${ROOT}index.html`, 'utf8');
    const words = ['ui', 'classroom'].map(
      (file) => JSON.parse(readFileSync(`${ROOT}assets/locales/en/${file}.json`, 'utf8')) as Record<string, unknown>,
    );
    const lookUp = (key: string) =>
      words
        .map((dictionary) =>
          key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], dictionary),
        )
        .find((found) => typeof found === 'string');
    const marked = [...html.matchAll(/data-i18n="([a-z.-]+)"[^>]*>([^<]*)</g)];
    expect(marked.length).toBeGreaterThanOrEqual(10);
    for (const [, key, text] of marked) expect(text, key).toBe(lookUp(key as string));
  });
});
