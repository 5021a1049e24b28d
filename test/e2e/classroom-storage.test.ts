/**
 * What must not be lost or opened by mistake, in real Chromium: a wrong PIN keeps the console
 * shut; corrupt, foreign and unknown save files are refused while the saved sessions stay
 * exactly as they were; a full storage and a storage the browser forbids are reported while
 * play goes on.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NORTHSEA_PATH } from '../support/scenarios';
import { advance, startClass, state } from '../ui/support/class-page';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';

const PIN = '2580';
const TEAMS = [
  { name: 'Doves', plays: 'nsc/foreign-minister' },
  { name: 'Hawks', plays: 'nsc/defence-minister' },
];

const live = useBrowser();

async function calmPage() {
  const opened = await openPage(live.browser);
  await opened.context.addInitScript(() =>
    localStorage.setItem('red-lines.settings', JSON.stringify({ textSize: 'normal', calm: true })),
  );
  await opened.page.goto(`${live.preview.url}?test`);
  await opened.page.waitForSelector('#title-class');
  return opened;
}

/** Every saved session's stored text, by key. */
function storedSessions(page: Page | Frame): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('red-lines.session.') || key.startsWith('red-lines.pin.'))
        out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

describe('classroom mode keeps what matters', () => {
  it('keeps the console shut on a wrong PIN', async () => {
    const { context, page, errors } = await calmPage();
    await startClass(page, { name: 'PIN check', pin: PIN, teams: TEAMS, seconds: 600 });
    const before = await state(page);

    await page.keyboard.press('Control+Shift+F');
    await page.waitForSelector('#console-pin-dialog[open]');
    for (const wrong of ['0000', '2581', '']) {
      await page.fill('#console-pin', wrong);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('#console-pin-error')).toContain('not right');
      expect(await page.locator('#facilitator-console[open]').count()).toBe(0);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#console-pin-dialog[open]').count()).toBe(0);
    // The button asks for the PIN too.
    await page.click('#console-button');
    await page.fill('#console-pin', '9999');
    await page.keyboard.press('Enter');
    expect(await page.locator('#facilitator-console[open]').count()).toBe(0);
    await page.fill('#console-pin', PIN);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#facilitator-console[open]');
    // Nothing happened to the game while the wrong PINs were typed.
    expect((await state(page)).context).toEqual(before.context);

    // Pause: the table's own button is refused until the facilitator resumes.
    await page.click('#console-pause');
    await expect.poll(async () => (await state(page)).context?.paused).toBe(true);
    await page.click('#console-close');
    await page.click('#action-continue');
    expect((await state(page)).phase).toBe('brief');
    await page.keyboard.press('Control+Shift+F');
    await page.fill('#console-pin', PIN);
    await page.keyboard.press('Enter');
    await page.click('#console-pause');
    await expect.poll(async () => (await state(page)).context?.paused).toBe(false);
    await page.click('#console-close');
    await page.click('#action-continue');
    await expect.poll(async () => (await state(page)).phase).toBe('deliberate');
    // Extend the timer, then skip it.
    const seconds = (await state(page)).context?.deliberationSeconds ?? 0;
    await page.keyboard.press('Control+Shift+F');
    await page.fill('#console-pin', PIN);
    await page.keyboard.press('Enter');
    await page.click('#console-extend-60');
    await expect.poll(async () => (await state(page)).context?.deliberationSeconds).toBe(seconds + 60);
    await page.click('#console-skip');
    await expect.poll(async () => (await state(page)).phase).toBe('decide');
    const log = (await state(page)).context?.log ?? [];
    expect(log.filter((e) => e.kind === 'pause').map((e) => (e.kind === 'pause' ? e.paused : null))).toEqual([
      true,
      false,
    ]);
    expect(log.some((e) => e.kind === 'extend' && e.seconds === 60)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses corrupt, foreign and unknown save files and leaves the saved sessions as they were', async () => {
    const { context, page, errors } = await calmPage();
    await startClass(page, { name: 'Keep me', pin: PIN, teams: TEAMS, seconds: 600 });
    await advance(page);
    // A second tab shares the saved sessions but is playing none, so it opens on the title.
    const second = await context.newPage();
    await second.goto(`${live.preview.url}?test`);
    await second.click('#title-sessions');
    await second.waitForSelector('#sessions-screen');
    const before = await storedSessions(second);
    expect(Object.keys(before).filter((k) => k.startsWith('red-lines.session.'))).toHaveLength(1);
    expect(await second.textContent('#sessions-list')).toContain('Keep me');

    const valid = Object.values(before).find((v) => v.startsWith('{')) ?? '';
    const save = JSON.parse(valid).save as { events: { type: string }[]; scenarioId: string };
    const badEvent = structuredClone(save);
    badEvent.events.splice(1, 0, { type: 'round.next' });
    const unknown = { ...structuredClone(save), scenarioId: 'atlantis-2040' };

    const attempts: [string, string, string][] = [
      ['broken.json', '{"format": "red-lines-save", "events": [', 'valid JSON'],
      ['scenario.json', readFileSync(NORTHSEA_PATH, 'utf8'), '$.format'],
      ['bad-event.json', JSON.stringify(badEvent), '$.events[1]'],
      ['unknown.json', JSON.stringify(unknown), 'atlantis-2040'],
      ['empty.json', '', 'not imported'],
    ];
    for (const [name, text, why] of attempts) {
      await second.setInputFiles('#sessions-import', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => second.textContent('#sessions-message')).toContain('was not imported');
      expect(await second.textContent('#sessions-message')).toContain(why);
      expect(await second.textContent('#sessions-message')).toContain('unchanged');
      expect(await storedSessions(second)).toEqual(before);
      expect(await second.locator('#sessions-list li.session').count()).toBe(1);
      // The next attempt's message must be its own.
      await second.evaluate(() => {
        const m = document.getElementById('sessions-message');
        if (m) m.textContent = '';
      });
    }

    // The session still resumes, exactly where it was.
    const resumedFrom = await state(page);
    await second.click('#sessions-list button[data-session]');
    await second.waitForFunction(() => {
      const hook = (window as unknown as { redLines?: { snapshot(): { screen: string } } }).redLines;
      return hook?.snapshot().screen === 'table';
    });
    expect((await state(second)).context).toEqual(resumedFrom.context);

    // The good save, imported on "another computer", has no PIN: the first one typed becomes its PIN.
    const third = await context.newPage();
    await third.goto(`${live.preview.url}?test`);
    await third.click('#title-sessions');
    await third.setInputFiles('#sessions-import', {
      name: 'moved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(save)),
    });
    await expect.poll(() => third.locator('#sessions-list li.session').count()).toBe(2);
    await third
      .locator('#sessions-list li.session', { hasText: 'moved (imported)' })
      .locator('button[data-session]')
      .click();
    await third.waitForSelector('#action-ready', { state: 'attached' });
    await third.keyboard.press('Control+Shift+F');
    await third.fill('#console-pin', '12');
    await third.keyboard.press('Enter');
    await expect.poll(() => third.textContent('#console-pin-error')).toContain('no PIN on this computer yet');
    await third.fill('#console-pin', '1357');
    await third.keyboard.press('Enter');
    await third.waitForSelector('#facilitator-console[open]');
    await third.click('#console-close');
    await third.keyboard.press('Control+Shift+F');
    await third.fill('#console-pin', PIN);
    await third.keyboard.press('Enter');
    await expect.poll(() => third.textContent('#console-pin-error')).toContain('not right');
    expect(await third.locator('#facilitator-console[open]').count()).toBe(0);

    // Deleting asks once more, then removes only that session.
    const fourth = await context.newPage();
    await fourth.goto(`${live.preview.url}?test`);
    await fourth.click('#title-sessions');
    const moved = fourth.locator('#sessions-list li.session', { hasText: 'moved (imported)' });
    await moved.locator('button[data-delete]').click();
    await moved.locator('button[data-confirm-delete]').click();
    await expect.poll(() => fourth.locator('#sessions-list li.session').count()).toBe(1);
    expect(await fourth.textContent('#sessions-list')).toContain('Keep me');
    const after = await storedSessions(fourth);
    // Storage keeps no order of its keys: compare them as sets.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when storage is full, and play goes on', async () => {
    const { context, page } = await calmPage();
    await startClass(page, { name: 'Full disk', pin: PIN, teams: TEAMS, seconds: 600 });
    expect(await page.locator('#storage-notice').isHidden()).toBe(true);
    // Fill this origin's storage to the last byte the browser allows.
    await page.evaluate(() => {
      for (let size = 1 << 20, i = 0; size >= 1; size = Math.floor(size / 2))
        for (;;) {
          try {
            localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
    });
    const phase = (await state(page)).phase;
    await advance(page);
    await expect.poll(() => page.locator('#storage-notice').isVisible()).toBe(true);
    expect(await page.textContent('#storage-notice')).toContain('storage is full');
    expect((await state(page)).phase).not.toBe(phase);
    // Room again: the next event is saved and the notice goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await advance(page);
    await expect.poll(() => page.locator('#storage-notice').isHidden()).toBe(true);
    await context.close();
  });

  it('says so when the browser forbids storage (a sandboxed page), and play goes on', async () => {
    const { context, page } = await openPage(live.browser);
    // The game inside a sandbox without same-origin rights: every storage access throws SecurityError.
    // Its files are fetched from an opaque origin, so the server's answers are given CORS headers here.
    await context.route(`${live.preview.url}**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
    await page.setContent(
      `<iframe id="game" title="Red Lines" sandbox="allow-scripts allow-forms allow-downloads" src="${live.preview.url}?test" style="width:1300px;height:740px;border:0"></iframe>`,
    );
    const frame = page.frameLocator('#game');
    // Every file passes through the route above, so the first paint may take a while on a busy machine.
    await frame.locator('#title-class').click({ timeout: 90_000 });
    const game = page.frames().find((f) => f.url().startsWith(live.preview.url));
    expect(game).toBeDefined();
    if (!game) return;
    expect(
      await game.evaluate(() => {
        try {
          return typeof localStorage;
        } catch (error) {
          return (error as Error).name;
        }
      }),
    ).toBe('SecurityError');
    await frame.locator('#class-pin').fill(PIN);
    await frame.locator('#class-setup-screen button[type=submit]').click();
    await frame.locator('#briefing-start').click();
    await expect.poll(() => frame.locator('#storage-notice').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await frame.locator('#storage-notice').textContent()).toContain('Autosave is off');
    await frame.locator('#action-continue').click();
    await expect
      .poll(() =>
        game.evaluate(
          () => (window as unknown as { redLines: { snapshot(): { phase: string } } }).redLines.snapshot().phase,
        ),
      )
      .toBe('deliberate');
    await context.close();
  });
});
