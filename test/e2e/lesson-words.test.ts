/**
 * The words of a lesson: the history and the narrator never show an internal id, a broken
 * file is explained for a teacher first, the class briefing gives the seconds the teacher
 * chose, "ok" is not a rationale under the rule, and the saved sessions are named once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { state, takeDevice, toDecide } from '../ui/support/class-page';
import { openPage } from './support/browser';
import { useBrowser } from './support/live';
import { keysToDecide, startShippedGame } from './support/ui';

const live = useBrowser();

describe('the words of a lesson', () => {
  it('tells the history and the narrator without a flag’s id', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    // Everything the narrator says, kept as it is said.
    await context.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      document.addEventListener('DOMContentLoaded', () => {
        const narrator = document.getElementById('narrator');
        if (narrator)
          new MutationObserver(() => said.push(narrator.textContent ?? '')).observe(narrator, {
            childList: true,
            characterData: true,
            subtree: true,
          });
      });
    });
    await startShippedGame(page, live.preview.url, 1);
    await keysToDecide(page);
    // A card that sets a flag, played as the table would send it (after the step that opens it).
    for (const card of ['share-intelligence', 'export-review']) {
      const played = await page.evaluate(
        (id) => window.redLines?.send({ type: 'card.play', seat: 'nsc', card: id }),
        card,
      );
      expect(played, card).toEqual({ ok: true });
    }
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.redLines?.snapshot().phase === 'resolve');
    const flags = (await state(page)).context?.flags ?? {};
    expect(Object.keys(flags)).toEqual(expect.arrayContaining(['deployment-confirmed', 'export-review']));
    await page.keyboard.press('h');
    await page.waitForSelector('#history-dialog[open]');
    const history = (await page.textContent('#history-dialog')) ?? '';
    expect(history).toContain('NIS: about 3,000 North Korean troops in Russia');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.join('\n'));
    expect(said).toContain('played "');
    for (const words of [history, said, (await page.textContent('#details')) ?? '']) {
      expect(words).not.toMatch(/\bFlag\b/);
      for (const id of Object.keys(flags)) expect(words).not.toContain(id);
    }
    await context.close();
  });

  it('explains a broken file for a teacher first, with the place after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'red-lines-words-'));
    const file = join(dir, 'notes.json');
    writeFileSync(file, 'Dear class, this is not a scenario.');
    const { page, context } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.setInputFiles('#scenario-file', file);
    const item = page.locator('#scenario-list .problems li').first();
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toMatch(/^The file needs valid JSON/);
    expect(text).toContain('(at $');
    await context.close();
  });

  it('gives the class briefing the chosen seconds, refuses "ok" as a rationale, and names the saved sessions once', async () => {
    const { page, context } = await openPage(live.browser, { calm: true });
    // The saved sessions first: once the class has begun, a reload goes straight back to it.
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-sessions');
    await page.waitForSelector('#sessions-screen');
    const headings = await page.locator('#sessions-screen :is(h1, h2, h3)').allTextContents();
    expect(headings.filter((h) => h === 'Saved sessions')).toHaveLength(1);

    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    await page.fill('#class-name', 'Year 10');
    await page.fill('#class-seconds', '120');
    await page.fill('#team-0-name', 'Blue House');
    await page.selectOption('#team-0-plays', 'nsc/president');
    for (let i = 3; i > 1; i--) await page.click(`#teams [aria-label="Remove team ${i}"]`);
    await page.fill('#class-pin', '2468');
    await page.click('#class-setup-screen button[type=submit]');
    await page.waitForSelector('#briefing-start');
    const briefing = (await page.textContent('#briefing-screen')) ?? '';
    expect(briefing).toContain('120 seconds');
    expect(briefing).not.toContain('180 seconds');
    await page.click('#briefing-start');
    await toDecide(page);
    await takeDevice(page);
    const open = page.locator('#team-turn ul.team-cards').first().locator('li.team-card').first();
    await open.locator('button').first().click();
    await page.fill('#rationale-input', 'ok');
    await page.click('#play-card');
    await expect.poll(() => page.textContent('#rationale-input-error')).toContain('sentence');
    expect((await state(page)).context?.log.some((e) => e.kind === 'card')).toBe(false);
    // Seoul's council has the President in the chair: the card would have been proposed, and was not.
    expect((await state(page)).context?.log.some((e) => e.kind === 'proposal')).toBe(false);

    await context.close();
  });
});
