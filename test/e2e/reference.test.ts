/**
 * The glossary and the Sources page in real Chromium, mid-game: no entry later than the round
 * shown (every date on the page checked against the round's period), a card dated later than the
 * round kept off the table, every source listed once the game is over, and Seoul's real path
 * drawn beside the class's in the debrief. Screenshots at 1366×768 and 1920×1080; axe on each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { datedFixtureData, SOURCES_BY_ROUND } from '../support/dated-fixture';
import { loadScenario, SEOUL_PATH } from '../support/scenarios';
import { axeProblems } from './support/axe';
import { openPage, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { snapshot, waitForTable } from './support/ui';

const live = useBrowser();

/** What the Sources page lists: the round's last day it claims, each entry's id and date, each link's target and rel. */
async function sourcesListed(page: Page) {
  await page.waitForSelector('#sources-page');
  return page.evaluate(() => ({
    scope: document.querySelector('#sources-page')?.getAttribute('data-scope') ?? '',
    until: document.querySelector('#sources-page')?.getAttribute('data-until') ?? '',
    ids: [...document.querySelectorAll('.source-entry')].map((li) => li.getAttribute('data-source') ?? ''),
    dates: [...document.querySelectorAll('.source-entry time')].map((t) => t.getAttribute('datetime') ?? ''),
    links: [...document.querySelectorAll<HTMLAnchorElement>('.source-entry a')].map((a) => ({
      href: a.href,
      target: a.target,
      rel: a.rel,
    })),
  }));
}

/** The earliest day a source date (YYYY-MM-DD, YYYY-MM or YYYY) can mean. */
const earliest = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** Presses on through the phases until the round shown is `round` (at its brief). */
async function toRound(page: Page, round: number): Promise<void> {
  for (let i = 0; i < 40 && (await snapshot(page)).context?.round !== round; i++)
    await page.keyboard.press((await snapshot(page)).phase === 'decide' ? 'e' : 'n');
  await page.waitForFunction((r) => window.redLines?.snapshot().context?.round === r, round);
}

async function glossaryTerms(page: Page): Promise<string[]> {
  await page.waitForSelector('#glossary-dialog[open]');
  return page.locator('#glossary-list dt').allTextContents();
}

describe('the glossary and the Sources page know only the round being played', () => {
  it('on the test fixture with dated parts: briefing, round 1, round 2, the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'red-lines-dated-'));
    const file = join(dir, 'dated.json');
    writeFileSync(file, JSON.stringify(datedFixtureData()));
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    const problems: Record<string, string[]> = {};
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.setInputFiles('#scenario-file', file);
    await page.waitForSelector('#scenario-list input[value="file"]:checked');
    await page.fill('#seed', '1');
    await page.click('#setup-start');

    // The briefing: the glossary without April's entry; the sources of round 1 only.
    await page.click('#briefing-glossary');
    expect(await glossaryTerms(page)).toEqual(['Air defence', 'Embargo']);
    await page.keyboard.press('Escape');
    await page.click('#briefing-sources');
    const atBriefing = await sourcesListed(page);
    expect(atBriefing.until).toBe('2031-03-31');
    expect([...atBriefing.ids].sort()).toEqual([...SOURCES_BY_ROUND[1]].sort());
    await page.click('#sources-back');
    await page.waitForSelector('#briefing-screen');

    await page.click('#briefing-start');
    await waitForTable(page);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.waitForSelector('#card-send-medicine');
    expect(await page.locator('#card-trade-deal').count()).toBe(0);

    // Round 2: April's glossary entry, found by typing; April's sources; the April card dealt.
    await toRound(page, 2);
    await page.keyboard.press('g');
    expect(await glossaryTerms(page)).toEqual(['Air defence', 'Embargo', 'Summit']);
    await page.keyboard.type('summ');
    await expect.poll(() => page.locator('#glossary-list dt').allTextContents()).toEqual(['Summit']);
    expect(await page.textContent('#glossary-count')).toBe('1 of 3 entries');
    problems.glossary = await axeProblems(page);
    await page.click('#glossary-sources');
    const round2 = await sourcesListed(page);
    expect(round2).toMatchObject({ scope: 'so-far', until: '2031-04-30' });
    expect([...round2.ids].sort()).toEqual([...SOURCES_BY_ROUND[2]].sort());
    for (const d of round2.dates) expect(earliest(d) <= round2.until, d).toBe(true);
    for (const link of round2.links) expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    problems.sources = await axeProblems(page);
    await page.click('#sources-back');
    await waitForTable(page);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.waitForSelector('#card-trade-deal');

    // Once the game is over, every source, the debrief's own included.
    await toRoundEnd(page);
    await page.click('#ending-sources');
    const atEnd = await sourcesListed(page);
    expect(atEnd.scope).toBe('all');
    expect(atEnd.ids).toHaveLength(7);
    expect(atEnd.ids).toContain('treaty-2031-03-15');
    expect(errors).toEqual([]);
    await context.close();
    for (const [screen, found] of Object.entries(problems)) expect(found, screen).toEqual([]);
  });
});

/** Plays on by keys to the ending. */
async function toRoundEnd(page: Page): Promise<void> {
  for (let i = 0; i < 60 && (await snapshot(page)).screen !== 'ending'; i++)
    await page.keyboard.press((await snapshot(page)).phase === 'decide' ? 'e' : 'n');
  await page.waitForSelector('#ending-screen');
}

describe('the shipped scenario: glossary, sources and the real path', () => {
  const seoul = loadScenario(SEOUL_PATH);
  const short = seoul.lengths[0];

  it('mid-game in round 2, then the debrief, at both screen sizes', async () => {
    const { page, errors, context } = await openPage(live.browser, { calm: true });
    const problems: Record<string, string[]> = {};
    /** A screenshot at each size, scrolled to `at` (a selector) after each resize. */
    const shoot = async (name: string, at?: string) => {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        if (at) await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), at);
        await page.screenshot({ path: screenshotPath(`${size}-${name}`) });
      }
      await page.setViewportSize(VIEWPORTS.laptop);
    };
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[value="bundled:seoul-2024"]:checked');
    await page.check(`#length-list input[value="${short?.id}"]`);
    // Seed 2: a game passed through to the end meets a hypothetical event with a real counterpart.
    await page.fill('#seed', '2');
    await page.click('#setup-start');
    await page.click('#briefing-start');
    await waitForTable(page);
    await toRound(page, 2);

    await page.click('#open-glossary');
    expect((await glossaryTerms(page)).length).toBe(seoul.glossary.length);
    await shoot('glossary');
    problems.glossary = await axeProblems(page);
    await page.click('#glossary-sources');
    const listed = await sourcesListed(page);
    const until = short?.rounds[1]?.until ?? '';
    expect(listed.until).toBe(until);
    expect(listed.ids.length).toBeGreaterThan(0);
    expect(listed.ids.length).toBeLessThan(seoul.sources.length);
    expect(listed.dates).toHaveLength(listed.ids.length);
    for (const d of listed.dates) expect(earliest(d) <= until, `${d} is after ${until}`).toBe(true);
    for (const link of listed.links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    await shoot('sources-round-2');
    problems.sources = await axeProblems(page);
    await page.click('#sources-back');
    await waitForTable(page);

    await toRoundEnd(page);
    await page.click('#ending-debrief');
    await page.waitForSelector('#debrief-screen');
    const steps = seoul.debrief.actualPath?.steps ?? [];
    expect(steps.length).toBeGreaterThan(0);
    expect(await page.locator('.ladder-diagram .actual-act').count()).toBe(steps.length);
    expect(await page.locator('.ladder-diagram .actual-act.reported').count()).toBe(
      steps.filter((s) => s.kind === 'reported').length,
    );
    const rows = await page
      .locator('.actual-path-list li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-date'), li.getAttribute('data-rung')]));
    expect(rows).toEqual(steps.map((s) => [s.date, s.rung]));
    expect(await page.locator('.ladder-legend .legend-diamond').count()).toBe(2);
    // What really happened for the hypothetical news this game met (seed 2 draws the GPS jamming).
    const log = (await snapshot(page)).context?.log ?? [];
    const met = new Set(log.flatMap((e) => (e.kind === 'event' ? [e.id] : [])));
    const expected = seoul.events.filter((e) => e.actually && met.has(e.id)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    const told = await page.locator('.counterpart').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(told.sort()).toEqual(expected.sort());
    // Every step of the other countries' ladders, each with its own sources as links.
    const urlOf = new Map(seoul.sources.map((s) => [s.id, s.url]));
    const compared = await page
      .locator('.comparison li')
      .evaluateAll((lis) =>
        lis.map((li) => [...li.querySelectorAll('.sources a.source-link')].map((a) => a.getAttribute('href'))),
      );
    expect(compared).toEqual(
      seoul.debrief.comparisons.flatMap((c) => c.steps.map((st) => st.sources.map((id) => urlOf.get(id)))),
    );
    for (const links of compared) expect(links.length).toBeGreaterThan(0);
    await page.locator('.meter-chart canvas').first().waitFor();
    await shoot('debrief-comparisons', '.debrief-comparisons');
    await shoot('debrief-real-path', '.ladder-figure.with-actual');
    await shoot('debrief-real-path-list', '.actual-path');
    await shoot('debrief-counterpart', '.counterpart');
    problems.debrief = await axeProblems(page);
    await page.click('#debrief-sources');
    const all = await sourcesListed(page);
    expect(all.ids).toHaveLength(seoul.sources.length);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot('sources-all');
    await page.click('#sources-back');
    await page.waitForSelector('#debrief-screen .actual-act');
    expect(errors).toEqual([]);
    await context.close();
    for (const [screen, found] of Object.entries(problems)) expect(found, screen).toEqual([]);
  });
});
