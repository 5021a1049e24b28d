/**
 * A class with every team on its own device, in real Chromium on one real server started here:
 * the teacher creates the class and shows the join code, three team devices join by the code
 * and a fourth is moved and removed from the console, the projector opens its own view. Two
 * rounds are played with the teams proposing at the same time and the President's team deciding
 * for the council; the console pauses and undoes; a
 * device goes offline and comes back, another reloads; the server is killed with SIGKILL in the
 * middle of a round and started again. Every device ends on the game the server stored, for its
 * own viewer, with no acknowledged event lost; a message forged for another seat is refused,
 * garbage is answered as malformed, and a device that floods is cut off and comes back by itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../../src/cli/server-process';
import type { Save } from '../../src/engine/save';
import { canonical, replayedView } from '../server/support/replayed';
import { launchChromium, openPage, screenshotPath, VIEWPORTS } from './support/browser';
import {
  chairAdopts,
  createNetClass,
  floodThrough,
  held,
  joinAs,
  openNetConsole,
  playFirstOpen,
  saveOf,
  sendThrough,
  settled,
} from './support/net-class';

const PIN = '5172';
const TEAMS = [
  { name: 'Blue House', plays: 'nsc/president' },
  { name: 'Advisers', plays: 'nsc/security-adviser' },
  { name: 'Diplomats', plays: 'nsc/foreign-minister' },
];
const PHONE = { width: 360, height: 740 };
const SEOUL = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../assets/scenarios/seoul-2024/scenario.json', import.meta.url)), 'utf8'),
);
const PRESIDENT_BRIEF: string = SEOUL.seats[0].roles[0].brief.summary;

let server: ServerProcess;
let browser: Browser;
let teacher: Page;
let projector: Page;
const teams: Page[] = [];
let code = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

/** Every device's session against what the engine makes of the stored game, for that device's viewer. */
async function everyDeviceOn(save: Save) {
  for (const page of [teacher, projector, ...teams]) {
    await settled(page, save.events.length);
    const { view, viewer } = await held(page);
    expect(canonical(view)).toBe(canonical(replayedView(save, viewer)));
  }
}

/**
 * The three teams decide at the same time: each proposes its first open card (if any) with a
 * reason and says it is done; the President's team (the first) adopts what the round allows on its
 * own device, then says it is done too.
 */
async function decideTogether(round: number) {
  const played = await Promise.all(
    teams.map(async (page, i) => {
      const card = await playFirstOpen(page, `Round ${round}: team ${i + 1} weighs the risk <b>carefully</b>.`);
      if (i > 0) await page.click('#team-done');
      return card;
    }),
  );
  const adopted = await chairAdopts(teams[0] as Page, played.filter((c) => c !== null).length);
  await (teams[0] as Page).click('#team-done');
  return { played, adopted };
}

describe('every team on its own device', () => {
  it('the teacher creates the class and the join code is shown large with its QR code', async () => {
    ({ page: teacher } = await openPage(browser, { size: VIEWPORTS.projector, calm: true }));
    code = await createNetClass(teacher, server.endpoint, TEAMS, PIN);
    expect(code).toMatch(/^[ACDEFHJKMNPRTUVWXY34679]{6}$/);
    expect(await teacher.textContent('#net-join-url')).toBe(`${server.endpoint}/?join=${code}`);
    expect(await teacher.locator('#net-qr svg path').getAttribute('d')).toMatch(/^M\d/);
    await teacher.screenshot({ path: screenshotPath('network-lobby-1920x1080') });
    await teacher.setViewportSize(VIEWPORTS.laptop);
    await teacher.screenshot({ path: screenshotPath('network-lobby-1366x768') });
  });

  it('team devices join by the code; the teacher sees them, moves one and removes one', async () => {
    for (const [i, team] of TEAMS.entries()) {
      const { page } = await openPage(browser, { size: i === 0 ? PHONE : VIEWPORTS.laptop, calm: true });
      await joinAs(page, server.endpoint, code, team.name);
      teams.push(page);
    }
    const { page: stray, context } = await openPage(browser, { size: PHONE, calm: true });
    await joinAs(stray, server.endpoint, code, TEAMS[0]?.name ?? '');
    await teacher.waitForFunction(() => document.querySelectorAll('.net-device').length === 4);
    const strayId = await teacher.locator('[data-team="team-1"] .net-device').last().getAttribute('data-device');
    await teacher.selectOption(`#net-move-${strayId}`, 'team-2');
    await teacher.click(`[data-move="${strayId}"]`);
    await stray.waitForSelector('#net-team[data-team="team-2"]');
    expect(await stray.textContent('#net-team-title')).toContain('Advisers');
    await teacher.click(`[data-remove="${strayId}"]`);
    await stray.waitForSelector('#net-notice');
    expect(await stray.textContent('#net-notice-text')).toContain('removed');
    await teacher.waitForFunction(() => document.querySelectorAll('.net-device').length === 3);
    await context.close();
  });

  it('the projector opens its own view, with no private brief', async () => {
    const link = (await teacher.getAttribute('#net-projector-link', 'href')) ?? '';
    ({ page: projector } = await openPage(browser, { size: VIEWPORTS.projector, calm: true }));
    await projector.goto(link.replace('&as=projector', '&as=projector&test'));
    await settled(projector, 1);
    expect((await held(projector)).viewer).toEqual({ kind: 'projector' });
    // The president's private brief is on the president's team device only.
    await projector.waitForSelector('#net-strip');
    expect(await projector.textContent('body')).not.toContain(PRESIDENT_BRIEF);
    expect(await (teams[0] as Page).textContent('#team-turn')).toContain(PRESIDENT_BRIEF);
    expect(await (teams[1] as Page).textContent('body')).not.toContain(PRESIDENT_BRIEF);
    await teacher.click('#net-to-table');
    await teacher.waitForSelector('#action-continue');
  });

  it('two rounds, the teams deciding at the same time, a pause from the console', async () => {
    for (const round of [1, 2]) {
      await teacher.click('#action-continue');
      await settled(teams[0] as Page, 0, 'deliberate');
      if (round === 2) {
        await openNetConsole(teacher, PIN);
        await teacher.click('#console-pause');
        await (teams[1] as Page).waitForSelector('#net-phase-hint:has-text("paused")');
        await teacher.click('#console-pause');
        await teacher.click('#console-close');
      }
      await teacher.click('#action-ready');
      for (const page of teams) await settled(page, 0, 'decide');
      const { played, adopted } = await decideTogether(round);
      expect(played.filter((c) => c !== null).length).toBeGreaterThan(0);
      expect(adopted.length).toBeGreaterThan(0);
      // The last team's "done" ends the decision by itself.
      for (const page of teams) await settled(page, 0, 'resolve');
      await everyDeviceOn(await saveOf(teacher));
      await teacher.click('#action-next');
      await settled(teacher, 0, 'brief');
    }
  });

  it('round 3: an undo from the console, a device offline and back, a reload, a forged message refused', async () => {
    const [blue, advisers, diplomats] = teams as [Page, Page, Page];
    await teacher.click('#action-continue');
    await teacher.click('#action-ready');
    for (const page of teams) await settled(page, 0, 'decide');
    const taken = await playFirstOpen(blue, 'We change our minds later.');
    expect(taken).not.toBeNull();
    await openNetConsole(teacher, PIN);
    await teacher.click('#console-undo');
    await teacher.click('#console-close');
    const undone = (await held(teacher)).version;
    await blue.waitForFunction(
      (id) => !document.querySelector('#team-turn .team-played')?.textContent?.includes(id ?? '\u0000'),
      null,
    );
    await blue.locator(`#team-turn .council-proposals li[data-proposal="${taken}"]`).waitFor({ state: 'detached' });
    await everyDeviceOn(await saveOf(teacher));
    expect((await held(blue)).view.log.filter((e) => e.kind === 'card' && e.round === 3)).toHaveLength(0);
    expect((await held(blue)).view.council?.proposals).toEqual([]);

    // Offline: the device says so, the class goes on without it, and it catches up when back.
    await advisers.context().setOffline(true);
    await advisers.waitForSelector('#net-connection[data-state="reconnecting"]');
    expect(await advisers.textContent('#net-connection')).toContain('Reconnecting');
    expect(await playFirstOpen(blue, 'While the advisers are away.')).not.toBeNull();
    await advisers.context().setOffline(false);
    await advisers.waitForSelector('#net-connection[data-state="back"]');
    await settled(advisers, undone + 1);

    // A reload returns the device to its seat with its token.
    await diplomats.reload();
    await diplomats.waitForSelector('#net-team[data-team="team-3"]');
    await everyDeviceOn(await saveOf(teacher));

    // A message forged for another seat or team is refused, and the class goes on.
    expect(await sendThrough(advisers, { type: 'card.play', seat: 'washington', card: 'x' })).toEqual({
      ok: false,
      notSent: 'forbidden',
    });
    const card = (await held(advisers)).view.hand.find((c) => c.blocker === null)?.card ?? 'none';
    expect(await sendThrough(advisers, { type: 'card.play', seat: 'nsc', card, team: 'team-1' })).toEqual({
      ok: false,
      notSent: 'forbidden',
    });
    expect(await sendThrough(advisers, { type: 'facilitator.end' })).toEqual({ ok: false, notSent: 'forbidden' });
    expect((await held(teacher)).view.phase).toBe('decide');

    // Garbage is answered as malformed; a flood is answered "rate-limited" until the server cuts the
    // device off; the device comes back by itself and the class goes on with it.
    expect(await floodThrough(advisers, { type: 'card.play', seat: 42 }, 1)).toEqual(['malformed']);
    expect(await floodThrough(advisers, { type: 'game.over.now' }, 1)).toEqual(['malformed']);
    const versionBefore = (await held(teacher)).version;
    const flood = await floodThrough(advisers, { type: 'no.such.intent' }, 150);
    expect(flood.filter((r) => r === 'rate-limited').length).toBeGreaterThan(50);
    expect(flood.filter((r) => r === 'ok')).toEqual([]);
    expect(server.output()).toContain('flooded; connection closed');
    await settled(advisers, versionBefore);
    expect(await playFirstOpen(advisers, 'Back after the flood, we propose.')).not.toBeNull();
    await everyDeviceOn(await saveOf(teacher));
    // The projector's words column names the teams as the teacher typed them, never by their ids.
    await projector.getByText('Advisers proposed', { exact: false }).first().waitFor();
    expect(await projector.getByText(/team-\d/).count()).toBe(0);
    // Where a team's hand would be, the projector shows the council's table: each open proposal
    // with its team's name, to be read (its details have no rationale box and no play button).
    const proposals = (await held(projector)).view.council?.proposals ?? [];
    expect(proposals.length).toBeGreaterThan(0);
    const onTable = projector.locator('#hand-controls .overlay-button');
    await expect.poll(() => onTable.count()).toBe(proposals.length);
    const first = TEAMS[Number(proposals[0]?.team.replace('team-', '')) - 1]?.name;
    expect(await onTable.first().textContent()).toContain(`Proposed by ${first}`);
    await onTable.first().click();
    await projector.waitForSelector('#card-status');
    expect(await projector.textContent('#card-status')).toBe(`Proposed by ${first}`);
    expect(await projector.isVisible('#play-card')).toBe(false);
    await projector.keyboard.press('Escape');
    // Its words column says what the decision asks of the teams, not of a player at this screen.
    await projector.getByText('The teams propose. The President chairs the council', { exact: false }).waitFor();
    // The chair adopts the council's cards: the count says so.
    await projector.getByText('Adopted this round: 0 of 2.').waitFor();
    await advisers.screenshot({ path: screenshotPath('network-team-1366x768') });
    await blue.evaluate(() => window.scrollTo(0, 0));
    await blue.screenshot({ path: screenshotPath('network-team-360x740') });
    await blue.screenshot({ path: screenshotPath('network-team-360x740-whole'), fullPage: true });
    await projector.screenshot({ path: screenshotPath('network-projector-1920x1080') });
    await teacher.screenshot({ path: screenshotPath('network-teacher-1366x768') });
  });

  it('the server killed with SIGKILL mid-round and restarted: every device back on the identical game', async () => {
    const [, advisers, diplomats] = teams as [Page, Page, Page];
    const before = await saveOf(teacher);
    const acked = await playFirstOpen(diplomats, 'Just before the lights go out.');
    const ackedAt = (await held(diplomats)).version;
    await server.kill('SIGKILL');
    await diplomats.waitForSelector('#net-connection[data-state="reconnecting"]');
    server = await server.restart();
    for (const page of [teacher, projector, ...teams]) await settled(page, ackedAt);
    const after = await saveOf(teacher);
    // Nothing acknowledged is missing: the log before the crash is a prefix of the stored one.
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.length).toBeGreaterThanOrEqual(ackedAt);
    if (acked !== null) expect(after.events.some((e) => e.type === 'card.propose' && e.card === acked)).toBe(true);
    await everyDeviceOn(after);
    // The class goes on: the President's team decides, the teams finish the decision and the round resolves.
    await chairAdopts(teams[0] as Page, (await held(teacher)).view.council?.proposals.length ?? 0);
    for (const page of [advisers, diplomats]) await page.click('#team-done');
    await (teams[0] as Page).click('#team-done');
    for (const page of teams) await settled(page, 0, 'resolve');
    await everyDeviceOn(await saveOf(teacher));
  });
});
