/**
 * A class on a scenario opened from a file, in real Chromium: a broken file is listed problem
 * by problem and the set-up stays as it was; a good one is chosen, played, resumed after a
 * reload, its save imported in another browser once the file has been opened there, and kept
 * in the browser exactly as long as a saved session needs it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NORTHSEA_PATH } from '../support/scenarios';
import { advance, startClass, state } from '../ui/support/class-page';
import { openPage, screenshotPath } from './support/browser';
import { useBrowser } from './support/live';

const live = useBrowser();
const PIN = '1357';
const TEAMS = [
  { name: 'Cabinet', plays: 'cabinet/premier' },
  { name: 'Koravia desk', plays: 'koravia' },
];
const BROKEN = fileURLToPath(new URL('../fixtures/broken/dangling-seat.json', import.meta.url));
const KEPT = 'red-lines.scenario.northsea-2031@1.0.0';
/** The bundled scenarios' titles, in the catalog's order: the class set-up's list before any file. */
const bundledOptions: string[] = JSON.parse(
  readFileSync(new URL('../../assets/scenarios/catalog.json', import.meta.url), 'utf8'),
).order.map(
  (folder: string) =>
    JSON.parse(readFileSync(new URL(`../../assets/scenarios/${folder}/scenario.json`, import.meta.url), 'utf8')).title,
);
const scenarioOptions = (page: Page) => page.locator('#class-scenario option').allTextContents();

describe('a class on a scenario from a file', () => {
  it('refuses a broken file with its problems; plays, resumes, moves and forgets a good one', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);

    // A broken file: its problems by path, focus on them, and the set-up unchanged.
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    const title = await page.textContent('#class-setup-screen');
    await page.setInputFiles('#class-scenario-file', BROKEN);
    const problems = page.locator('#class-file-status .problems[role="alert"]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('dangling-seat.json cannot be played');
    expect(await problems.textContent()).toContain('$.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('problems'))).toBe(true);
    // Nothing from the broken file joins the list: the bundled scenarios only, none "from a file".
    expect(await scenarioOptions(page)).toEqual(bundledOptions);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((k) => k.startsWith('red-lines.scenario.') || k.startsWith('red-lines.session.'))).toEqual([]);
    expect(title).toContain('Seoul');
    await page.screenshot({ path: screenshotPath('classroom-setup-file-problems-1366x768') });
    await page.click('#class-setup-screen button:has-text("Back")');

    // A good file: the class plays on it.
    await startClass(page, { name: 'Invented case', pin: PIN, teams: TEAMS, seconds: 600, file: NORTHSEA_PATH });
    let s = await state(page);
    expect(s.context?.teams.map((t) => t.name)).toEqual(TEAMS.map((t) => t.name));
    expect(await page.textContent('#table-ui')).toContain('Norvalia');
    const kept = await page.evaluate((key) => localStorage.getItem(key), KEPT);
    expect(JSON.parse(kept ?? 'null')?.title).toBe(JSON.parse(readFileSync(NORTHSEA_PATH, 'utf8')).title);

    // A reload resumes it from the kept copy, exactly.
    await advance(page);
    await page.waitForFunction(() => window.redLines?.snapshot().phase === 'deliberate');
    const before = await state(page);
    await page.reload();
    await page.waitForFunction(() => window.redLines?.snapshot().phase === 'deliberate');
    s = await state(page);
    expect(s.context).toEqual(before.context);
    expect(await page.textContent('#table-ui')).toContain('Norvalia');

    // Its save, imported in another browser: refused until the scenario file is opened there.
    const save = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('red-lines.session.')) ?? '';
      return JSON.stringify(JSON.parse(localStorage.getItem(key) ?? '{}').save);
    });
    const elsewhere = await openPage(live.browser, { calm: true });
    const fresh = elsewhere.page;
    const importSave = async () => {
      await fresh.click('#title-sessions');
      await fresh.waitForSelector('#sessions-screen');
      await fresh.setInputFiles('#sessions-import', {
        name: 'class.json',
        mimeType: 'application/json',
        buffer: Buffer.from(save),
      });
      await expect.poll(() => fresh.textContent('#sessions-message')).not.toBe('');
      return (await fresh.textContent('#sessions-message')) ?? '';
    };
    await fresh.goto(`${live.preview.url}?test`);
    expect(await importSave()).toContain('open that file in a class set-up');
    await fresh.click('#sessions-screen button:has-text("Back")');
    await fresh.click('#title-class');
    await fresh.setInputFiles('#class-scenario-file', NORTHSEA_PATH);
    await fresh.waitForSelector('#class-scenario option:has-text("Norvalia")', { state: 'attached' });
    await fresh.click('#class-setup-screen button:has-text("Back")');
    expect(await importSave()).toContain('Imported');
    expect(await fresh.textContent('#sessions-list')).toContain('Norvalia');
    // An edited copy under the same id and version would replay that save on other rules: refused.
    const edited = JSON.parse(readFileSync(NORTHSEA_PATH, 'utf8'));
    edited.meters[0].start += 1;
    await fresh.click('#sessions-screen button:has-text("Back")');
    await fresh.click('#title-class');
    await fresh.setInputFiles('#class-scenario-file', {
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    const refused = fresh.locator('#class-file-status .problems[role="alert"]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('$.version');
    expect(await scenarioOptions(fresh)).toEqual(bundledOptions);
    expect(elsewhere.errors).toEqual([]);
    await elsewhere.context.close();

    // Another tab lists the session; deleting it forgets the kept scenario too.
    const other = await context.newPage();
    await other.goto(`${live.preview.url}?test`);
    await other.click('#title-sessions');
    await other.waitForSelector('#sessions-screen');
    expect(await other.textContent('#sessions-list')).toContain('Norvalia');
    await other.click('#sessions-list [data-delete]');
    await other.click('#sessions-list [data-confirm-delete]');
    await expect.poll(() => other.locator('#sessions-list li.session').count()).toBe(0);
    expect(await other.evaluate((key) => localStorage.getItem(key), KEPT)).toBeNull();

    expect(errors).toEqual([]);
    await context.close();
  });
});
