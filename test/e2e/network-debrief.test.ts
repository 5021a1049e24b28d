/**
 * A class on the network played to its end, in real Chromium on one real server started here:
 * the teacher's laptop, the projector and two team devices. On the way, the table's keys work
 * where they make sense: a team's own device chooses a card with its number, lets it go with
 * Esc and says it is done with E; the teacher's table moves the phase on with N and ends the
 * decision with E (the class's third team has no device); the projector opens the history with
 * H but moves nothing. When the class ends, the debrief shows on the
 * projector without the exports and on the teacher's laptop with them; every export is
 * downloaded and read back, and the JSON save replays to the game the server kept.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import { loadSave, type Save } from '../../src/engine/save';
import { canonical, replayedView } from '../server/support/replayed';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';
import { parseCsv } from '../ui/support/read-csv';
import { readPdf } from '../ui/support/read-pdf';
import { launchChromium, openPage, screenshotPath, VIEWPORTS } from './support/browser';
import { chairAdopts, createNetClass, held, joinAs, playFirstOpen, saveOf, settled } from './support/net-class';

const PIN = '3917';
const TEAMS = [
  { name: 'Blue House', plays: 'nsc/president' },
  { name: 'Advisers', plays: 'nsc/security-adviser' },
];
/** Each team's rationale, with markup that must stay text and a formula a spreadsheet must not run. */
const WHY = (round: number, team: number) => `Round ${round}, team ${team}: <i>steady</i> = safer`;
const PHONE = { width: 360, height: 740 };
/** The teacher's button that moves each phase on (the decision ends when every team is done). */
const NEXT: Record<string, string> = {
  brief: '#action-continue',
  deliberate: '#action-ready',
  resolve: '#action-next',
};

let server: ServerProcess;
let browser: Browser;
let teacher: Page;
let projector: Page;
const teams: Page[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
  ({ page: teacher } = await openPage(browser, { size: VIEWPORTS.laptop, calm: true }));
  await createNetClass(teacher, server.endpoint, TEAMS, PIN);
  const code = (await teacher.textContent('#net-code'))?.trim() ?? '';
  for (const [i, team] of TEAMS.entries()) {
    const { page } = await openPage(browser, { size: i === 0 ? PHONE : VIEWPORTS.laptop, calm: true });
    await joinAs(page, server.endpoint, code, team.name);
    teams.push(page);
  }
  const link = (await teacher.getAttribute('#net-projector-link', 'href')) ?? '';
  ({ page: projector } = await openPage(browser, { size: VIEWPORTS.projector, calm: true }));
  await projector.goto(link.replace('&as=projector', '&as=projector&test'));
  await settled(projector, 1);
  await teacher.click('#net-to-table');
  await teacher.waitForSelector('#action-continue');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

const phaseOf = async (page: Page) => (await held(page)).view.phase;

/** Presses a key with nothing focused (as after a click on the page's background). */
async function press(page: Page, key: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

/**
 * The teams with a device decide: each proposes its first open card with its rationale, the
 * President's team adopts what the round allows, then each says it is done.
 */
async function decide(round: number) {
  const proposed = await Promise.all(teams.map((page, i) => playFirstOpen(page, WHY(round, i + 1))));
  await chairAdopts(teams[0] as Page, proposed.filter((c) => c !== null).length);
  await Promise.all(teams.map((page) => page.click('#team-done')));
  // The class's third team has no device, so the teacher ends the decision with the table's E.
  await press(teacher, 'e');
  await settled(teacher, 0, 'resolve');
}

describe('a class on the network played to its end', () => {
  it("the table's keys: a team device picks, lets go and says done; the teacher moves on; the projector only looks", async () => {
    const [blue, advisers] = teams as [Page, Page];
    // The projector's N does not move the game; its H opens the history.
    await press(projector, 'n');
    await press(projector, 'h');
    await projector.waitForSelector('#history-dialog[open]');
    await projector.keyboard.press('Escape');
    expect(await phaseOf(teacher)).toBe('brief');
    // The teacher's N moves the brief and the deliberation on.
    await press(teacher, 'n');
    await settled(blue, 0, 'deliberate');
    await press(teacher, 'n');
    await settled(blue, 0, 'decide');
    // A team's 1 chooses its first open card and opens the rationale box; Esc lets it go.
    const first = await blue.locator('#team-turn .team-card:not(.is-closed)').first().getAttribute('data-card');
    await press(blue, '1');
    await blue.waitForSelector(`#team-turn .team-card.is-chosen[data-card="${first}"] #rationale-input`);
    await press(blue, 'Escape');
    await blue.waitForSelector('#team-turn .team-card.is-chosen', { state: 'detached' });
    // G opens the glossary on a team's device too; E says the team is done.
    await press(advisers, 'g');
    await advisers.waitForSelector('#glossary-dialog[open]');
    await advisers.keyboard.press('Escape');
    await press(advisers, 'e');
    await advisers.waitForSelector('#net-waiting:not([hidden])');
    expect((await held(teacher)).view.phase).toBe('decide');
    await advisers.click('#net-not-done');
    await advisers.waitForSelector('#net-waiting', { state: 'hidden' });
  });

  it('plays every round to the ending; the debrief shows on the projector, without the exports', async () => {
    let round = 1;
    await decide(round);
    for (let step = 0; step < 60; step++) {
      const { view } = await held(teacher);
      if (view.phase === 'ended') break;
      if (view.phase === 'decide') {
        round = view.round;
        await decide(round);
      } else {
        const before = (await held(teacher)).version;
        await teacher.click(NEXT[view.phase] ?? '#action-next');
        await teacher.waitForFunction((v) => (window.redLinesNet?.version() ?? 0) > v, before);
      }
    }
    expect(round).toBeGreaterThan(1);
    await teacher.waitForSelector('#debrief-screen');
    await projector.waitForSelector('#debrief-screen');
    const save = await saveOf(teacher);
    expect(replayedView(save, { kind: 'facilitator' }).phase).toBe('ended');
    // The same debrief on both, the ending and every decision with its rationale; the files are the teacher's.
    const ending = (await teacher.textContent('.debrief-ending')) ?? '';
    expect(ending.length).toBeGreaterThan(20);
    expect(await projector.textContent('.debrief-ending')).toBe(ending);
    const decided = await projector.textContent('.debrief-decisions');
    for (const e of replayedView(save, { kind: 'facilitator' }).log)
      if (e.kind === 'card' && e.rationale) expect(decided).toContain(e.rationale);
    expect(await projector.locator('#export-json').count()).toBe(0);
    // The class's line and the table's buttons leave with the table.
    for (const page of [projector, teacher])
      for (const floating of ['#net-strip', '#console-button', '#net-devices'])
        expect(await page.locator(floating).isVisible()).toBe(false);
    expect(await teacher.locator('#export-json').count()).toBe(1);
    await projector.screenshot({ path: screenshotPath('network-debrief-projector-1920x1080') });
    await teacher.screenshot({ path: screenshotPath('network-debrief-teacher-1366x768') });
    for (const page of teams) {
      await settled(page, save.events.length, 'ended');
      expect(canonical((await held(page)).view)).toBe(canonical(replayedView(save, (await held(page)).viewer)));
    }
  });

  it("the teacher's exports download and read back: CSV, Markdown, the JSON save and the PDF", async () => {
    const save: Save = await saveOf(teacher);
    const download = async (button: string) => {
      const waiting = teacher.waitForEvent('download', { timeout: 60_000 });
      await teacher.click(button);
      const file = await waiting;
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? '') };
    };
    const decisions = replayedView(save, { kind: 'facilitator' }).log.flatMap((e) => (e.kind === 'card' ? [e] : []));
    expect(decisions.length).toBeGreaterThan(1);
    const first = decisions[0];
    const team = TEAMS.find((_, i) => first?.team === `team-${i + 1}`)?.name;
    expect(first?.rationale).toMatch(/^Round 1, team \d: <i>steady<\/i> = safer$/);

    const csv = await download('#export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]?.[2]).toBe('team');
    expect(rows).toHaveLength(decisions.length + 1);
    expect(rows.find((r) => r[2] === team && r[0] === '1')?.[8]).toBe(first?.rationale);

    const md = (await download('#export-markdown')).bytes.toString('utf8');
    expect(md).toContain('## Decisions and rationales');
    for (const team of TEAMS) expect(md).toContain(team.name);
    expect(md).toContain('\\<i\\>steady\\</i\\>');

    const json = await download('#export-json');
    const rules = rulesOf(SEOUL_PATH);
    const replayed = loadSave(rules, json.bytes.toString('utf8'));
    expect(replayed.ok).toBe(true);
    if (replayed.ok) {
      expect(replayed.value.events).toEqual(save.events);
      expect(replayed.value.phase).toBe('ended');
    }

    const pdf = await download('#export-pdf-a4');
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = (await readPdf(new Uint8Array(pdf.bytes))).pages.join('\n');
    for (const team of TEAMS) expect(text).toContain(team.name);
    expect(text).toContain(first?.rationale?.slice(0, 16));
  });
});
