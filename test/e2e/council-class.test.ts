/**
 * The council in a hot-seat class, in real Chromium, on the fixture with every council rule: three
 * role teams propose in the same decide phase, the premier's team (the chair) gets the device back
 * and adopts one proposal and vetoes another, the opposition's team votes on the card the chair
 * adopted, and the log says so. Each team's private fact is on its own panel only, never on the
 * projector's table nor another team's panel. The new panels are axe clean.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { councilScenarioText } from '../support/council-fixture';
import { passOn, startClass, state, takeDevice, toDecide } from '../ui/support/class-page';
import { axeProblems } from './support/axe';
import { openPage, screenshotBothSizes } from './support/browser';
import { useBrowser } from './support/live';

const live = useBrowser();
const FILE = join(tmpdir(), `northsea-council-${process.pid}.json`);
const TEAMS = [
  { name: 'Premier team', plays: 'cabinet/premier' },
  { name: 'Trade team', plays: 'cabinet/trade' },
  { name: 'Security team', plays: 'cabinet/security' },
  { name: 'Opposition team', plays: 'cabinet/opposition' },
];
const FACTS = {
  premier: 'coalition will not survive a strike',
  trade: 'Harbour insurers will leave',
  security: 'Koravian radar went dark',
  opposition: 'Your party will split',
};

/** The team at the device proposes a card with a rationale. */
async function propose(page: Page, card: string, rationale: string) {
  const item = page.locator(`#team-turn li.team-card[data-card="${card}"]`);
  await item.locator('button').first().click();
  await page.fill('#rationale-input', rationale);
  await page.click('#play-card');
  await page.locator(`#team-turn .council-proposals li[data-proposal="${card}"]`).waitFor();
}

/** The text of the team's panel, with only its own private fact in it. */
async function expectOwnFact(page: Page, own: keyof typeof FACTS) {
  const text = (await page.textContent('#team-turn')) ?? '';
  for (const [role, fact] of Object.entries(FACTS))
    expect(text.includes(fact), `${role} on ${own}'s panel`).toBe(role === own);
}

describe('the council in a hot-seat class', () => {
  it('three role teams propose, the chair adopts one and vetoes one, the opposition votes; private facts stay private', async () => {
    writeFileSync(FILE, councilScenarioText());
    const { page, context, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?test`);
    await startClass(page, { name: 'Council class', pin: '2468', teams: TEAMS, seconds: 600, file: FILE });
    // The projector's table: no team's private fact.
    const table = (await page.textContent('body')) ?? '';
    for (const fact of Object.values(FACTS)) expect(table).not.toContain(fact);
    await toDecide(page);

    expect(await takeDevice(page)).toContain('Premier team');
    await expectOwnFact(page, 'premier');
    expect(await page.textContent('#team-turn')).toContain('You decide once every team has proposed');
    expect(await page.locator('#council-decide').count()).toBe(0);
    await passOn(page);

    await takeDevice(page);
    await expectOwnFact(page, 'trade');
    await propose(page, 'trade-deal', 'Ports first: the economy needs markets.');
    await screenshotBothSizes(page, 'council-team-proposes');
    expect(await axeProblems(page)).toEqual([]);
    await passOn(page);

    await takeDevice(page);
    await expectOwnFact(page, 'security');
    await propose(page, 'send-medicine', 'Medicine calms everyone.');
    await passOn(page);

    await takeDevice(page);
    await expectOwnFact(page, 'opposition');
    await propose(page, 'consent-vote', 'The assembly must decide on arms.');
    await passOn(page);

    // Every team has proposed: the device goes back to the chair.
    await page.waitForSelector('#pass-device');
    expect(await page.textContent('#pass-device')).toContain('now decides for the council');
    await page.click('#pass-ready');
    await page.waitForSelector('#council-decide');
    await expectOwnFact(page, 'premier');
    const decision = (await page.textContent('.council-decision')) ?? '';
    for (const [team, why] of [
      ['Trade team', 'Ports first'],
      ['Security team', 'Medicine calms'],
      ['Opposition team', 'The assembly must decide'],
    ]) {
      expect(decision).toContain(team);
      expect(decision).toContain(why);
    }
    await page.check('#adopt-consent-vote');
    await page.check('#adopt-trade-deal');
    expect(await page.textContent('#council-decide')).toContain('adopt 2, veto 1');
    await screenshotBothSizes(page, 'council-chair-decides');
    expect(await axeProblems(page)).toEqual([]);
    await page.fill('#council-rationale', 'Consent first, then trade.');
    await page.click('#council-decide');
    await expect.poll(async () => (await state(page)).context?.council?.decided).toBe(true);
    await passOn(page);

    // The adopted consent card called the opposition's vote: its team chooses, seeing both sides.
    await page.waitForSelector('#pass-device');
    expect(await page.textContent('#pass-device')).toContain('now votes');
    await page.click('#pass-ready');
    const vote = page.locator('.council-vote');
    await vote.waitFor();
    const words = (await vote.textContent()) ?? '';
    expect(words).toContain('If you vote yes');
    expect(words).toContain('A vote gives the policy legitimacy');
    expect(words).toContain('A lost vote makes the government look weak');
    await screenshotBothSizes(page, 'council-vote');
    expect(await axeProblems(page)).toEqual([]);
    await page.click('.council-vote button[data-vote="yes"]');
    await expect.poll(async () => (await state(page)).context?.votes?.length).toBe(0);
    await passOn(page);
    await expect.poll(async () => (await state(page)).phase).toBe('resolve');

    const log = (await state(page)).context?.log ?? [];
    const council = log.flatMap((e) =>
      e.kind === 'veto'
        ? [`veto:${e.card}`]
        : e.kind === 'council'
          ? [`adopted:${e.adopted.join('+')}`]
          : e.kind === 'vote'
            ? [`vote:${e.yes}`]
            : [],
    );
    expect(council).toEqual(['adopted:consent-vote+trade-deal', 'veto:send-medicine', 'vote:true']);
    expect((await state(page)).context?.flags['assembly-consent']).toBe(true);
    // The projector's table after the round: still no private fact.
    const after = (await page.textContent('body')) ?? '';
    for (const fact of Object.values(FACTS)) expect(after).not.toContain(fact);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
