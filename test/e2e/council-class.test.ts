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
    await propose(page, 'declare-private', 'Tell Koravia nothing yet.');
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
      ['Security team', 'Tell Koravia nothing'],
      ['Opposition team', 'The assembly must decide'],
    ]) {
      expect(decision).toContain(team);
      expect(decision).toContain(why);
    }
    await page.check('#adopt-consent-vote');
    await page.check('#adopt-declare-private');
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
    expect(council).toEqual(['adopted:consent-vote+declare-private', 'veto:trade-deal', 'vote:true']);
    expect((await state(page)).context?.flags['assembly-consent']).toBe(true);
    expect((await state(page)).context?.lines?.['no-embargo']?.declared).toBe('private');
    // The projector's table after the round: no private fact, and the private line not in its panel.
    const after = (await page.textContent('body')) ?? '';
    for (const fact of Object.values(FACTS)) expect(after).not.toContain(fact);
    expect(after).not.toContain('No embargo on Norvalia');
    expect(await page.textContent('#lines-panel')).toContain('No red line or pledge declared yet');

    // The next round: the council's own teams read their private line on their panel.
    await toDecide(page);
    await takeDevice(page);
    const lines = (await page.textContent('#team-turn #lines-panel')) ?? '';
    expect(lines).toContain('No embargo on Norvalia');
    expect(lines).toContain('private: only the council knows');
    await page.locator('#team-turn #lines-panel').scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, 'council-team-lines');
    expect(await axeProblems(page)).toEqual([]);

    // The facilitator ends the game: the debrief shows every role's own objectives beside the council's.
    await page.evaluate(() => window.redLines?.send({ type: 'facilitator.end' }));
    await page.waitForSelector('#ending-debrief, #debrief-screen');
    if ((await page.locator('#debrief-screen').count()) === 0) await page.click('#ending-debrief');
    const stakes = page.locator('#debrief-stakes');
    await stakes.waitFor();
    const own = (await stakes.textContent()) ?? '';
    expect(own).toContain("Every role's own stake");
    expect(own).toContain('Trade minister');
    expect(own).toContain('Held by Trade team.');
    expect(own).toContain('Arms only with consent: 100 of 100');
    await stakes.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, 'council-debrief-stakes');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('solo: the red lines panel beside the table with a private line, and the aftermath said to be a projection, at the largest text', async () => {
    writeFileSync(FILE, councilScenarioText());
    const { page, context, errors } = await openPage(live.browser, { calm: true });
    await context.addInitScript(() =>
      localStorage.setItem('red-lines.settings', JSON.stringify({ textSize: 'larger', calm: true })),
    );
    await page.goto(`${live.preview.url}?test`);
    await page.click('#title-new');
    await page.setInputFiles('#scenario-file', FILE);
    await page.waitForSelector('#scenario-list input[value="file"]:checked');
    await page.check('#length-list input[value="short"]');
    await page.fill('#seed', '4');
    await page.click('#setup-start');
    await page.click('#briefing-start');
    await page.waitForSelector('#action-continue');
    const send = (intent: object) => page.evaluate((i) => window.redLines?.send(i as never), intent);
    await send({ type: 'brief.done' });
    await send({ type: 'deliberation.done' });
    await send({ type: 'card.play', seat: 'cabinet', card: 'declare-private' });
    await expect.poll(() => page.textContent('#lines-panel')).toContain('No embargo on Norvalia');
    const panel = (await page.textContent('#lines-panel')) ?? '';
    expect(panel).toContain('private: only the council knows');
    expect(panel).toMatch(/Trust of partners: \d+ of 100/);
    await screenshotBothSizes(page, 'solo-lines-panel-larger');
    expect(await axeProblems(page)).toEqual([]);
    // Through every round to the end: the aftermath is played by the computer, and said so.
    for (let guard = 0; guard < 40; guard++) {
      const phase = await page.evaluate(() => window.redLines?.snapshot().phase);
      if (phase === 'ended') break;
      const next = { brief: 'brief.done', deliberate: 'deliberation.done', decide: 'turn.end', resolve: 'round.next' }[
        phase as 'brief'
      ];
      await send({ type: next });
    }
    await page.waitForSelector('#ending-aftermath');
    expect(await page.textContent('#ending-aftermath')).toContain('July 2031 (projected)');
    await screenshotBothSizes(page, 'solo-ending-aftermath-larger');
    await page.click('#ending-debrief');
    const stakes = page.locator('#debrief-stakes');
    await stakes.waitFor();
    expect(await stakes.textContent()).toContain('After the last round: a projection');
    await stakes.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, 'solo-debrief-stakes-larger');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
