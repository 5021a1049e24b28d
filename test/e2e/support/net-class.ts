/**
 * Steps of a class on the network in the browser: each works the page's real controls (the
 * class set-up, the join screen, a team's own device, the console) and reads what the device's
 * remote session holds through the `?test` hook, to compare it with what the server stored.
 */
import type { Page } from 'playwright-core';
import type { NetHook } from '../../../src/app/network/net-test-hook';
import type { Save } from '../../../src/engine/save';
import type { GameView, Intent, IntentResult, Viewer } from '../../../src/session/session';
import { adoptInOrder } from '../../ui/support/class-page';

/** What a device's remote session holds now. */
export function held(page: Page): Promise<{ view: GameView; version: number; connection: string; viewer: Viewer }> {
  return page.evaluate(() => {
    const hook = window.redLinesNet as NetHook;
    return { view: hook.view(), version: hook.version(), connection: hook.connection(), viewer: hook.viewer() };
  });
}

/** Sends an intent through the device's own session (as a tampered page could). */
export function sendThrough(page: Page, intent: Intent): Promise<IntentResult> {
  return page.evaluate((i) => (window.redLinesNet as NetHook).send(i), intent);
}

/**
 * What a tampered page could send through its own session: `count` copies of a message the
 * engine's types do not allow, all at once. Resolves with how each was answered.
 */
export function floodThrough(page: Page, message: unknown, count: number): Promise<string[]> {
  return page.evaluate(
    async ({ message, count }) => {
      const hook = window.redLinesNet as NetHook;
      const sent = Array.from({ length: count }, () => hook.send(message as Intent));
      return (await Promise.all(sent)).map((r) => (r.ok ? 'ok' : 'notSent' in r ? r.notSent : 'refused'));
    },
    { message, count },
  );
}

/** The whole game, from the console's session. */
export function saveOf(page: Page): Promise<Save> {
  return page.evaluate(() => (window.redLinesNet as NetHook).save());
}

/** Waits until the device's session is connected and holds at least `version` events, in `phase` if given. */
export async function settled(page: Page, version: number, phase?: string, timeout = 30_000): Promise<void> {
  await page
    .waitForFunction(
      ({ version, phase }) => {
        const hook = window.redLinesNet;
        if (hook?.connection() !== 'open' || hook.version() < version) return false;
        return phase === undefined || hook.view().phase === phase;
      },
      { version, phase },
      { timeout },
    )
    .catch(async (error: Error) => {
      // Say what the device held instead, so a failure tells which part did not follow.
      const now = await held(page).catch(() => null);
      const got = now ? `${now.connection}, version ${now.version}, ${now.view.phase}` : 'no session';
      throw new Error(`waited for version ${version}${phase ? ` in ${phase}` : ''}; the device held: ${got}`, {
        cause: error,
      });
    });
}

/** The teacher sets up a class of three teams from the title and starts it on the server. */
export async function createNetClass(
  page: Page,
  endpoint: string,
  teams: { name: string; plays: string }[],
  pin: string,
) {
  await page.goto(`${endpoint}/?test`);
  await page.waitForSelector('#title-join:not([hidden])');
  await page.click('#title-class');
  await page.waitForSelector('#class-start-network');
  await page.fill('#class-name', 'Period 4');
  for (const [i, team] of teams.entries()) {
    await page.fill(`#team-${i}-name`, team.name);
    await page.selectOption(`#team-${i}-plays`, team.plays);
  }
  await page.fill('#class-pin', pin);
  await page.click('#class-start-network');
  await page.waitForSelector('#net-lobby');
  return (await page.textContent('#net-code'))?.trim() ?? '';
}

/** A student opens the join address with the code (as the QR code does) and picks the team. */
export async function joinAs(page: Page, endpoint: string, code: string, team: string) {
  await page.goto(`${endpoint}/?join=${code}&test`);
  await page.click(`#net-team-pick button:has-text("${team}")`);
  await page.waitForSelector('#net-team');
  await settled(page, 1);
}

/**
 * Plays the team's first open card with a rationale (at a council with a chair: proposes it; see
 * `chairAdopts`); the card's id, or null when none is open or the game refused it (another team
 * spent the council's last card or capital first, or proposed the card first: the refusal is then
 * shown on the rationale box).
 */
export async function playFirstOpen(page: Page, rationale: string): Promise<string | null> {
  const card = page.locator('#team-turn .team-card:not(.is-closed)').first();
  if ((await card.count()) === 0) return null;
  const id = (await card.getAttribute('data-card')) ?? '';
  try {
    await card.locator('button').click({ timeout: 20_000 });
    await page.fill('#rationale-input', rationale, { timeout: 20_000 });
    await page.click('#play-card', { timeout: 20_000 });
  } catch (error) {
    // Another team spent the council's last card or capital first, or proposed it: the card closed under the hand.
    if (await closedNow(page, id)) return null;
    throw error;
  }
  const outcome = await page.waitForFunction((id) => {
    const hook = window.redLinesNet as NetHook;
    const view = hook.view();
    if (view.log.some((e) => e.kind === 'card' && e.round === view.round && e.id === id)) return 'played';
    const viewer = hook.viewer();
    const team = viewer.kind === 'team' ? viewer.team : '';
    if (view.council?.proposals.some((p) => p.card === id && p.team === team)) return 'played';
    const error = document.querySelector<HTMLElement>('#rationale-input-error');
    // Closed by the rules, or at the council (another team proposed it first): the panel shows it closed.
    const closed =
      view.hand.find((c) => c.card === id)?.blocker ||
      document.querySelector(`#team-turn .team-card.is-closed[data-card="${id}"]`);
    return (error && !error.hidden && error.textContent !== '') || closed ? 'refused' : false;
  }, id);
  if ((await outcome.jsonValue()) === 'played') return id;
  const cancel = page.locator('#team-turn .team-card-actions .btn-small');
  if ((await cancel.count()) > 0) await cancel.click();
  return null;
}

/**
 * The chair's team, on its own device, decides once `count` proposals have reached it: it adopts
 * them in order, as many as the round allows and the rules accept, and vetoes the rest. Returns
 * the cards adopted.
 */
export async function chairAdopts(page: Page, count: number): Promise<string[]> {
  if (count === 0) return [];
  await page.waitForFunction((n) => (window.redLinesNet as NetHook).view().council?.proposals.length === n, count);
  const cards = (await held(page)).view.council?.proposals.map((p) => p.card) ?? [];
  return adoptInOrder(page, cards, async () => (await held(page)).view.council?.decided === true);
}

function closedNow(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const view = (window.redLinesNet as NetHook).view();
    const shownClosed = document.querySelector(`#team-turn .team-card.is-closed[data-card="${id}"]`) !== null;
    return view.hand.find((c) => c.card === id)?.blocker != null || shownClosed;
  }, id);
}

/** Opens the console with the PIN on the teacher's table. */
export async function openNetConsole(page: Page, pin: string) {
  await page.click('#console-button');
  await page.fill('#console-pin', pin);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#facilitator-console[open]');
}
