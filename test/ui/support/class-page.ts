/**
 * Steps of a class game in the browser, for the classroom browser tests: each one works the
 * page's real controls (the set-up form, the table's buttons, the pass-the-device screen, the
 * team's panel, the console) and waits for what a person would wait for.
 */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GameContext } from '../../../src/engine/game-context';

export interface TeamRow {
  name: string;
  plays: string;
}

export interface HookState {
  screen: string;
  phase: string | null;
  context: GameContext | null;
  tableReady: boolean;
}

/** The game as the test hook reports it. */
export function state(page: Page): Promise<HookState> {
  return page.evaluate(() => {
    const hook = (window as unknown as { redLines: { snapshot(): HookState } }).redLines;
    return hook.snapshot();
  });
}

/** Sets up a class from the title and opens its table. */
export async function startClass(
  page: Page,
  options: { name: string; pin: string; teams: TeamRow[]; seconds?: number; file?: string },
) {
  await page.click('#title-class');
  await page.waitForSelector('#class-setup-screen');
  if (options.file !== undefined) {
    // The set-up is drawn again for the file's scenario, which the scenario list then shows chosen.
    await page.setInputFiles('#class-scenario-file', options.file);
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('#class-scenario');
      return select?.selectedOptions[0]?.textContent?.includes('from the file') === true;
    });
  }
  await page.fill('#class-name', options.name);
  if (options.seconds !== undefined) await page.fill('#class-seconds', String(options.seconds));
  // The form starts with three teams: add or remove rows to match.
  for (let i = 3; i < options.teams.length; i++) await page.click('#teams button:has-text("Add a team")');
  for (let i = 3; i > options.teams.length; i--) await page.click(`#teams [aria-label="Remove team ${i}"]`);
  for (const [i, team] of options.teams.entries()) {
    await page.fill(`#team-${i}-name`, team.name);
    await page.selectOption(`#team-${i}-plays`, team.plays);
  }
  await page.fill('#class-pin', options.pin);
  await page.click('#class-setup-screen button[type=submit]');
  await page.waitForSelector('#briefing-start');
  await page.click('#briefing-start');
  await waitForTable(page);
}

/** Waits until the table is drawn and its words are up. */
export async function waitForTable(page: Page) {
  await page.waitForFunction(
    () => {
      const hook = (window as unknown as { redLines?: { snapshot(): { screen: string; tableReady: boolean } } })
        .redLines;
      const s = hook?.snapshot();
      return s?.screen === 'table' && s.tableReady;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Moves the table on from the brief, the deliberation or the resolve with its own button. */
export async function advance(page: Page) {
  const { phase } = await state(page);
  const button = phase === 'brief' ? '#action-continue' : phase === 'deliberate' ? '#action-ready' : '#action-next';
  await page.click(button);
}

/** Advances until the decisions begin (the pass-the-device screen), or the game ends. */
export async function toDecide(page: Page) {
  for (let guard = 0; guard < 4; guard++) {
    const s = await state(page);
    if (s.phase === 'decide' || s.phase === 'ended' || s.phase === null) return;
    await advance(page);
    await page.waitForFunction((before) => {
      const hook = (window as unknown as { redLines: { snapshot(): { phase: string | null } } }).redLines;
      return hook.snapshot().phase !== before;
    }, s.phase);
  }
}

/** Takes the device for the next team and returns its name. */
export async function takeDevice(page: Page): Promise<string> {
  await page.waitForSelector('#pass-device');
  const title = (await page.textContent('#pass-title')) ?? '';
  await page.click('#pass-ready');
  await page.waitForSelector('#team-turn');
  return title;
}

/**
 * The team at the device offers its first open card with a rationale: at a council with a chair
 * (Seoul's, once a team holds the President) it proposes it and the chair adopts it later (see
 * `chairDecides`); a team of another seat plays it. Null when no card is open.
 */
export async function playFirstCard(page: Page, rationale: string): Promise<string | null> {
  const open = page.locator('#team-turn .team-turn-body > ul.team-cards');
  if ((await open.count()) === 0) return null;
  const item = open.locator('li.team-card').first();
  const card = await item.getAttribute('data-card');
  const proposing = (await page.locator('#team-turn .council-proposals').count()) > 0;
  const played = await page.locator('#team-turn .team-played li').count();
  await item.locator('button').first().click();
  await page.fill('#rationale-input', rationale);
  await page.click('#play-card');
  if (proposing) await page.locator(`#team-turn .council-proposals li[data-proposal="${card}"]`).waitFor();
  else await expect.poll(() => page.locator('#team-turn .team-played li').count()).toBe(played + 1);
  return card;
}

/**
 * When proposals wait once every team has had its turn, the device goes back to the chair's team,
 * which adopts them (see `adoptInOrder`), vetoes the rest and passes on. Returns the cards adopted
 * ([] when no proposal waited).
 */
export async function chairDecides(page: Page): Promise<string[]> {
  const council = (await state(page)).context?.council;
  if (!council || council.decided || council.proposals.length === 0) return [];
  await page.waitForSelector('#pass-device');
  expect(await page.textContent('#pass-device')).toContain('now decides for the council');
  await page.click('#pass-ready');
  const adopted = await adoptInOrder(
    page,
    council.proposals.map((p) => p.card),
    async () => (await state(page)).context?.council?.decided === true,
  );
  await passOn(page);
  return adopted;
}

/**
 * On the chair's panel (at the shared screen or on its own device): ticks the proposals in their
 * order, as many as the round allows, and decides; when the rules refuse the set (two moves up the
 * ladder, not enough capital) the reason is shown and it adopts one fewer. Returns the cards adopted.
 */
export async function adoptInOrder(page: Page, cards: string[], decided: () => Promise<boolean>): Promise<string[]> {
  await page.waitForSelector('#council-decide');
  const adopted: string[] = [];
  for (const card of cards) {
    const box = page.locator(`#adopt-${card}`);
    if (await box.isDisabled()) break;
    await box.check();
    adopted.push(card);
  }
  // Read at once, never waited for: once the council has decided, its decision panel is gone, and
  // a locator's read would wait its whole time-out for it.
  const status = () =>
    page.evaluate(() => document.querySelector('#team-turn .council-decision .council-status')?.textContent ?? '');
  for (;;) {
    await page.click('#council-decide');
    await expect.poll(async () => (await decided()) || /\S/.test(await status())).toBe(true);
    if (await decided()) return adopted;
    expect(await status()).toContain('Not decided');
    const last = adopted.pop();
    if (last === undefined) throw new Error(`the chair could not decide: ${await status()}`);
    await page.locator(`#adopt-${last}`).uncheck();
  }
}

/** The team at the device is done. */
export async function passOn(page: Page) {
  await page.click('#team-done');
}

/** Opens the facilitator console with the PIN. */
export async function openConsole(page: Page, pin: string) {
  await page.keyboard.press('Control+Shift+F');
  await page.waitForSelector('#console-pin-dialog[open]');
  await page.fill('#console-pin', pin);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#facilitator-console[open]');
}

export async function closeConsole(page: Page) {
  await page.click('#console-close');
  await expect.poll(() => page.locator('#facilitator-console[open]').count()).toBe(0);
}
