/**
 * A whole class in real Chromium: three teams in hot-seat (the President's and the Defence
 * Minister's teams propose to the council, the President's adopts, Moscow's plays its own cards), a
 * rationale for every decision, a custom inject and an undo from the console, reloads at several points that resume to the
 * identical game, played through to the debrief; every export downloaded and read back; the
 * screens checked with axe and photographed at 1366×768 and 1920×1080.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSave } from '../../src/engine/save';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';
import {
  advance,
  chairDecides,
  closeConsole,
  openConsole,
  passOn,
  playFirstCard,
  startClass,
  state,
  takeDevice,
  toDecide,
} from '../ui/support/class-page';
import { parseCsv } from '../ui/support/read-csv';
import { readPdf } from '../ui/support/read-pdf';
import { openPage, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';

const PIN = '4812';
const TEAMS = [
  { name: 'Blue House', plays: 'nsc/president' },
  { name: '국방부 팀', plays: 'nsc/defence-minister' },
  { name: 'Kremlin desk', plays: 'moscow' },
];
/** A rationale a spreadsheet and a Markdown reader could both trip over. */
const TRICKY = 'We said "no", then yes,\nbecause trust, once lost, is <b>hard</b> to win back: =1+1';

const live = useBrowser();

async function seriousViolations(page: Page, include: string) {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A screenshot at the laptop size and at the projector size. */
async function photograph(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`classroom-${name}-1366x768`) });
  await page.setViewportSize(VIEWPORTS.projector);
  await page.waitForTimeout(150);
  await page.screenshot({ path: screenshotPath(`classroom-${name}-1920x1080`) });
  await page.setViewportSize(VIEWPORTS.laptop);
  await page.waitForTimeout(150);
}

/** Reloads the page and checks the game came back exactly as it was. */
async function reloadAndCompare(page: Page) {
  const before = await state(page);
  expect(before.context).not.toBeNull();
  await page.reload();
  await page.waitForFunction(
    (phase) => {
      const hook = (window as unknown as { redLines?: { snapshot(): { phase: string | null } } }).redLines;
      return hook?.snapshot().phase === phase;
    },
    before.phase,
    { timeout: 60_000 },
  );
  if (before.phase !== 'ended')
    await page.waitForSelector('#action-continue, #action-ready, #action-next, #pass-device, #team-turn', {
      state: 'attached',
    });
  const after = await state(page);
  expect(after.phase).toBe(before.phase);
  expect(after.context).toEqual(before.context);
}

describe('a class of three teams on one screen', () => {
  it('plays to the debrief with rationales, an inject and an undo, resumes after reloads, and exports', async () => {
    const { context, page, errors } = await openPage(live.browser);
    // Calm tables (no card flips) keep the drawn table from holding up the controls.
    await context.addInitScript(() =>
      localStorage.setItem('red-lines.settings', JSON.stringify({ textSize: 'normal', calm: true })),
    );
    await page.goto(`${live.preview.url}?test`);
    await page.waitForSelector('#title-class');
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    expect(await seriousViolations(page, '#class-setup-screen')).toEqual([]);
    await photograph(page, 'setup');
    await page.click('#class-setup-screen button:has-text("Back")');

    await startClass(page, { name: 'Year 10 period 3', pin: PIN, teams: TEAMS, seconds: 600 });
    let s = await state(page);
    expect(s.context?.teams.map((t) => t.name)).toEqual(TEAMS.map((t) => t.name));
    expect(s.context?.requireRationale).toBe(true);

    // Round 1: the facilitator writes an event during the brief.
    await openConsole(page, PIN);
    expect(await seriousViolations(page, '#facilitator-console')).toEqual([]);
    await photograph(page, 'console');
    await page.fill('#inject-title', 'Port strike in Busan');
    await page.fill('#inject-text', 'Dockers walk out over pay; exports stall for a week.');
    await page.fill('#inject-meter-public', '-4');
    await page.click('#console-write');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('event sent');
    await closeConsole(page);
    s = await state(page);
    expect(s.context?.log.some((e) => e.kind === 'inject' && e.title === 'Port strike in Busan')).toBe(true);

    await toDecide(page);
    await reloadAndCompare(page);

    // Team 1: the tricky rationale.
    expect(await takeDevice(page)).toContain('Blue House');
    expect(await seriousViolations(page, '#classroom-layer')).toEqual([]);
    await photograph(page, 'team-turn');
    // The rule: no card without a rationale.
    const first = page.locator('#team-turn ul.team-cards').first().locator('li.team-card button').first();
    await first.click();
    await page.click('#play-card');
    await expect.poll(() => page.textContent('#rationale-input-error')).toContain('rationale');
    await page.click('#team-turn button:has-text("Choose another card")');
    expect(await playFirstCard(page, TRICKY)).not.toBeNull();
    await passOn(page);

    // Team 2 proposes, the facilitator takes it back, the device returns to team 2.
    await page.waitForSelector('#pass-device');
    expect(await seriousViolations(page, '#classroom-layer')).toEqual([]);
    await photograph(page, 'pass-device');
    await reloadAndCompare(page);
    expect(await takeDevice(page)).toContain('국방부 팀');
    const undone = await playFirstCard(page, 'Shells from our stocks, but only what the peninsula can spare.');
    expect(undone).not.toBeNull();
    await openConsole(page, PIN);
    await page.click('#console-undo');
    await expect.poll(() => page.textContent('.console-feedback')).toContain('undone');
    await closeConsole(page);
    s = await state(page);
    expect(s.context?.log.some((e) => e.kind === 'card' && e.id === undone)).toBe(false);
    expect(s.context?.council?.proposals.some((p) => p.card === undone)).toBe(false);
    // The same team still holds the device, its panel redrawn without the card.
    expect(await page.textContent('#team-turn-title')).toContain('국방부 팀');
    expect(await page.locator('#team-turn .team-played li').count()).toBe(0);
    expect(await page.locator('#team-turn .council-proposals li[data-proposal]').count()).toBe(0);
    expect(await playFirstCard(page, 'Radars first: they save lives and shoot at no one.')).not.toBeNull();
    await passOn(page);

    // Team 3, Moscow's seat, by keyboard alone, with the focus visible at every stop.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          id: el?.id ?? '',
          text: el?.textContent?.trim().slice(0, 60) ?? '',
          visible: el?.matches(':focus-visible') ?? false,
        };
      });
    await page.waitForSelector('#pass-device');
    expect((await focused()).id).toBe('pass-ready');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#team-turn');
    expect((await focused()).id).toBe('team-turn-title');
    await page.keyboard.press('Tab'); // the private brief's summary
    await page.keyboard.press('Tab'); // the first open card
    const choose = await focused();
    expect(choose.text).toMatch(/^Choose /);
    expect(choose.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('rationale-input');
    await page.keyboard.type('Squeeze the firms; Seoul feels it at home.');
    await page.keyboard.press('Tab'); // past the hint and count to the play button
    expect((await focused()).id).toBe('play-card');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#team-turn .team-played li').count()).toBe(1);
    const done = await focused();
    expect(done.id).toBe('team-done');
    expect(done.visible).toBe(true);
    await page.keyboard.press('Enter');
    // The device goes back to the President's team, which adopts both proposals: the round's two cards.
    expect(await chairDecides(page)).toHaveLength(2);
    await page.waitForFunction(() => {
      const hook = (window as unknown as { redLines: { snapshot(): { phase: string | null } } }).redLines;
      return hook.snapshot().phase === 'resolve';
    });
    await reloadAndCompare(page);
    await advance(page);

    // The other rounds: every team proposes or plays a card with a rationale when one is open, and the chair decides.
    for (let round = 2; round <= 12; round++) {
      if (round === 2) {
        // An event from the deck, drawn by the facilitator during the brief.
        await openConsole(page, PIN);
        const picked = await page.inputValue('#console-deck');
        expect(picked).not.toBe('');
        expect(await page.textContent('#console-deck-preview')).not.toBe('');
        await page.click('#console-inject');
        await expect.poll(() => page.textContent('.console-feedback')).toContain('event injected');
        await closeConsole(page);
        s = await state(page);
        expect(s.context?.log.some((e) => e.kind === 'event' && e.id === picked && e.injected === true)).toBe(true);
      }
      await toDecide(page);
      s = await state(page);
      if (s.phase !== 'decide') break;
      if (round === 3) await reloadAndCompare(page);
      for (const team of TEAMS) {
        expect(await takeDevice(page)).toContain(team.name);
        await playFirstCard(page, `${team.name}, round ${round}: the least bad option we could afford.`);
        await passOn(page);
      }
      await chairDecides(page);
      await page.waitForFunction(() => {
        const hook = (window as unknown as { redLines: { snapshot(): { phase: string | null } } }).redLines;
        return hook.snapshot().phase !== 'decide';
      });
      s = await state(page);
      if (s.phase === 'resolve') await advance(page);
    }

    await page.waitForSelector('#debrief-screen', { timeout: 30_000 });
    s = await state(page);
    expect(s.phase).toBe('ended');
    const ending = s.context?.ending ?? '';
    const rules = rulesOf(SEOUL_PATH);
    const endingLabel = rules.index.scenario.endings.find((e) => e.id === ending)?.label ?? '';
    expect(endingLabel).not.toBe('');
    await expect.poll(() => page.locator('.meter-chart canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#debrief-screen')).toContain(endingLabel);
    expect(await page.locator('.ladder-diagram').count()).toBe(rules.index.scenario.ladders.length);
    expect(await page.textContent('.debrief-timeline')).toContain('Port strike in Busan');
    expect(await seriousViolations(page, '#debrief-screen')).toEqual([]);
    await photograph(page, 'debrief');
    await page.evaluate(() => document.getElementById('debrief-ladders-title')?.scrollIntoView());
    await photograph(page, 'debrief-ladders');
    await page.evaluate(() => document.getElementById('debrief-timeline-title')?.scrollIntoView());
    await photograph(page, 'debrief-timeline');

    // Reloading on the debrief brings the debrief back.
    await reloadAndCompare(page);
    await page.waitForSelector('#debrief-screen');

    const saveDownload = async (button: string) => {
      const waiting = page.waitForEvent('download', { timeout: 60_000 });
      await page.click(button);
      const download = await waiting;
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };

    // CSV: one row per decision, the tricky rationale intact, the formula made inert.
    const csv = await saveDownload('#export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['round', 'round label', 'team', 'seat', 'role', 'card id', 'card', 'cost', 'rationale']);
    const decisions = (s.context?.log ?? []).filter((e) => e.kind === 'card');
    expect(rows).toHaveLength(decisions.length + 1);
    expect(rows.slice(1).every((r) => r[8] !== '')).toBe(true);
    expect(rows.find((r) => r[2] === 'Blue House' && r[0] === '1')?.[8]).toBe(TRICKY);
    expect(rows.some((r) => r[2] === '국방부 팀' && r[4] === 'The Defence Minister')).toBe(true);
    expect(rows.some((r) => r[2] === 'Kremlin desk')).toBe(true);
    expect(rows.some((r) => r[8]?.includes('only what the peninsula can spare'))).toBe(false);

    // Markdown: the sections, the teams, the rationale escaped.
    const md = (await saveDownload('#export-markdown')).bytes.toString('utf8');
    for (const heading of [
      '## The ending',
      '## Timeline',
      '## Decisions and rationales',
      '## Discussion questions',
      "## Other donors' ladders",
    ])
      expect(md).toContain(heading);
    expect(md).toContain(endingLabel);
    expect(md).toContain('국방부 팀');
    expect(md).toContain('\\<b\\>hard\\</b\\>');
    expect(md).toContain('> **What actually happened**');

    // JSON: the save, replayed in Node to the same ending.
    const json = (await saveDownload('#export-json')).bytes.toString('utf8');
    const replayed = loadSave(rules, json);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) {
      expect(replayed.value.context.ending).toBe(ending);
      expect(replayed.value.context).toEqual(s.context);
    }

    // PDF in both sizes: the teams, a rationale and the ending read back as text.
    for (const [button, width] of [
      ['#export-pdf-a4', 595],
      ['#export-pdf-letter', 612],
    ] as const) {
      const pdf = await saveDownload(button);
      expect(pdf.name).toMatch(/\.pdf$/);
      const read = await readPdf(new Uint8Array(pdf.bytes));
      expect(Math.round(read.size[0])).toBe(width);
      const text = read.pages.join('\n');
      for (const team of TEAMS) expect(text).toContain(team.name);
      expect(text).toContain('Radars first: they save lives and shoot at no one.');
      expect(text).toContain(endingLabel);
    }

    // The JSON imported back as a new session, resumed, reaches the same ending.
    await page.click('#debrief-back');
    await page.click('#title-sessions');
    await page.waitForSelector('#sessions-screen');
    const before = await page.locator('#sessions-list li.session').count();
    await page.setInputFiles('#sessions-import', {
      name: 'class-save.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect.poll(() => page.locator('#sessions-list li.session').count()).toBe(before + 1);
    expect(await page.textContent('#sessions-message')).toContain('Imported');
    await page
      .locator('#sessions-list li.session', { hasText: 'class-save (imported)' })
      .locator('button[data-session]')
      .click();
    await page.waitForSelector('#debrief-screen');
    expect((await state(page)).context?.ending).toBe(ending);
    expect(await page.textContent('.debrief-ending')).toContain(endingLabel);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the deliberation time already spent when the page is reloaded', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, { name: 'Reload mid-talk', pin: PIN, teams: TEAMS, seconds: 600 });
    await advance(page);
    await page.waitForFunction(() => document.querySelector('#timer:not([hidden])')?.textContent?.startsWith('9:5'));
    const secondsLeft = async () => {
      const [m, s] = ((await page.textContent('#timer')) ?? '').split(':').map((part) => Number.parseInt(part, 10));
      return (m ?? 0) * 60 + (s ?? 0);
    };
    // Let some seconds pass, then reload.
    await page.waitForFunction(() => {
      const text = document.querySelector('#timer')?.textContent ?? '';
      return text !== '' && !text.startsWith('10:') && Number(text.split(':')[1]?.slice(0, 2)) <= 56;
    });
    const before = await secondsLeft();
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#timer:not([hidden])')?.textContent?.includes(':'));
    const after = await secondsLeft();
    expect(before).toBeLessThanOrEqual(596);
    // The countdown goes on from where it was (within the second it keeps), not from 10:00.
    expect(after).toBeLessThanOrEqual(before + 1);
    expect(after).toBeGreaterThan(before - 30);
    expect(errors).toEqual([]);
    await context.close();
  });
});
