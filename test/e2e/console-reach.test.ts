/**
 * The facilitator console is there when it is needed: its button can be clicked over the pass
 * and turn screens (when an undo is needed), news can be brought in while the class is paused,
 * a refusal reads as one, a refused written event is shown where the facilitator looks, and
 * repeated wrong PINs lock the console, a reload included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeConsole, playFirstCard, startClass, state, takeDevice, toDecide } from '../ui/support/class-page';
import { openPage, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';

const PIN = '5309';
const live = useBrowser();

/** Whether a person's click at the middle of `selector` lands on it (nothing covers it). */
function clickable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    // offsetParent is null for a fixed element: ask whether it is drawn at all.
    if (!el || el.getClientRects().length === 0) return false;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  }, selector);
}

/** Opens the console through a visible button, as a teacher with a mouse does. */
async function openByButton(page: Page, button: string) {
  await page.click(button);
  await page.waitForSelector('#console-pin-dialog[open]');
  await page.fill('#console-pin', PIN);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#facilitator-console[open]');
}

/** The feedback line's colour: true when it reads as a warning (red over green). */
function feedbackIsRed(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.querySelector('.console-feedback');
    const [r = 0, g = 0] = (el ? getComputedStyle(el).color : '').match(/\d+/g)?.map(Number) ?? [];
    return r > g;
  });
}

describe('the facilitator console in a lesson', () => {
  it('opens from a button over the pass and turn screens, and an undo works from there', async () => {
    const { page, context, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, {
      name: 'Period 2',
      pin: PIN,
      teams: [
        { name: 'Blue House', plays: 'nsc/president' },
        { name: 'Defence', plays: 'nsc/defence-minister' },
      ],
    });
    await toDecide(page);
    await page.waitForSelector('#pass-device');
    const button = '#classroom-layer .console-button';
    expect(await clickable(page, button)).toBe(true);
    await openByButton(page, button);
    await closeConsole(page);
    await takeDevice(page);
    // The President's team proposes its card to the council (Seoul's council has the President in the chair).
    const proposals = page.locator('#team-turn .council-proposals li[data-proposal]');
    expect(await playFirstCard(page, 'Help that costs us little and shows we act.')).not.toBeNull();
    await expect.poll(() => proposals.count()).toBe(1);
    expect(await clickable(page, button)).toBe(true);
    await openByButton(page, button);
    await page.click('#console-undo');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('undone');
    expect(await feedbackIsRed(page)).toBe(false);
    await closeConsole(page);
    expect(await proposals.count()).toBe(0);
    expect(await page.locator('#team-turn .team-played li').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('injects while paused, shows refusals in red, and brings a refused event’s problems into view', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, { name: 'Period 3', pin: PIN, teams: [{ name: 'Blue House', plays: 'nsc/president' }] });
    await openByButton(page, '#console-button');
    await page.click('#console-pause');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('paused');
    const picked = await page.inputValue('#console-deck');
    await page.click('#console-inject');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('event injected');
    const s = await state(page);
    expect(s.context?.paused).toBe(true);
    expect(s.context?.log.some((e) => e.kind === 'event' && e.id === picked)).toBe(true);
    expect(await feedbackIsRed(page)).toBe(false);

    // Nothing to undo in the brief: refused, and it looks it.
    await page.click('#console-undo');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('Not done');
    expect(await feedbackIsRed(page)).toBe(true);

    // A written event with no title: the old "Done" goes, and the problems are in view.
    await page.click('#console-pause');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('resumed');
    await page.fill('#inject-text', 'Something happened.');
    await page.click('#console-write');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('Not sent');
    expect(await page.textContent('.console-feedback')).not.toContain('Done');
    expect(await feedbackIsRed(page)).toBe(true);
    const inView = await page.evaluate(() => {
      const dialog = document.querySelector('#facilitator-console');
      const box = document.querySelector('.console-write .problems');
      if (!dialog || !box) return false;
      const d = dialog.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return b.height > 0 && b.top >= d.top && b.bottom <= d.bottom && b.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await context.close();
  });

  it('locks the PIN prompt after five wrong PINs, across a reload', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, { name: 'Period 4', pin: PIN, teams: [{ name: 'Blue House', plays: 'nsc/president' }] });
    await page.click('#console-button');
    await page.waitForSelector('#console-pin-dialog[open]');
    for (let i = 0; i < 5; i++) {
      await page.fill('#console-pin', String(1000 + i));
      await page.click('#console-pin-dialog button[type=submit]');
    }
    await expect.poll(() => page.textContent('#console-pin-error')).toContain('locked');
    // Even the right PIN waits now.
    expect(await page.isDisabled('#console-pin')).toBe(true);
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector('#console-button');
    await page.click('#console-button');
    await page.waitForSelector('#console-pin-dialog[open]');
    expect(await page.textContent('#console-pin-error')).toContain('locked');
    expect(await page.isDisabled('#console-pin')).toBe(true);
    expect(await page.locator('#facilitator-console[open]').count()).toBe(0);
    await context.close();
  });
  it("sits on the table's top bar without covering its words, at both sizes and every text size", async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, { name: 'Period 5', pin: PIN, teams: [{ name: 'Blue House', plays: 'nsc/president' }] });
    for (const size of [VIEWPORTS.laptop, VIEWPORTS.projector])
      for (const textSize of ['normal', 'large', 'larger']) {
        await page.setViewportSize(size);
        // As a teacher would: through the table's settings.
        await page.click('#open-settings');
        await page.check(`input[name="text-size"][value="${textSize}"]`);
        await page.keyboard.press('Escape');
        await page.waitForFunction((t) => document.documentElement.dataset.textSize === t, textSize);
        const covered = await page.evaluate(() => {
          const button = document.querySelector('#console-button')?.getBoundingClientRect();
          const bar = document.querySelector('#top-bar');
          if (!button || !bar) return ['no button or no bar'];
          return [...bar.children]
            .filter((c) => !c.classList.contains('spacer') && c.getClientRects().length > 0)
            .filter((c) => {
              const r = c.getBoundingClientRect();
              return r.left < button.right && button.left < r.right && r.top < button.bottom && button.top < r.bottom;
            })
            .map((c) => c.id || c.className);
        });
        expect(covered, `${size.width}px, ${textSize} text`).toEqual([]);
        expect(await clickable(page, '#console-button'), `${size.width}px, ${textSize} text`).toBe(true);
      }
    await context.close();
  });
});
