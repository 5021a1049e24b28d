/**
 * Driving the game through its page: set up a game from the scenario file input, perform an
 * engine event with the controls a player would use (pointer or keyboard), and read the state
 * through the `?test` hook to check that the page did what the engine says it should.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { HookSnapshot } from '../../../src/app/test-hook';
import { Game, prepare, type Rules } from '../../../src/engine/game';
import type { PlayerEvent } from '../../../src/engine/game-events';
import { parseScenarioText } from '../../../src/engine/scenario-parse';
import { FIXTURE } from './browser';

/** The fixture's rules, parsed by the engine as the page parses them. */
export function fixtureRules(): Rules {
  const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('the fixture scenario does not parse');
  return prepare(parsed.value);
}

export function snapshot(page: Page): Promise<HookSnapshot> {
  return page.evaluate(() => {
    const hook = window.redLines;
    if (!hook) throw new Error('no test hook on the page');
    return hook.snapshot();
  });
}

export interface GameSetup {
  seed: number;
  length: string;
}

/** From the title to the table with the pointer: New game, the fixture file, length, seed, briefing. */
export async function startFixtureGame(page: Page, url: string, setup: GameSetup): Promise<void> {
  await page.goto(`${url}?test`);
  await page.click('#title-new');
  await setUpFixtureGame(page, setup);
}

/**
 * From the ending of the last game, "Play again" leads to the setup screen in the same tab (the
 * drawn table is reused); from anywhere else the page is loaded afresh.
 */
export async function startAnotherFixtureGame(page: Page, url: string, setup: GameSetup): Promise<void> {
  const onEnding = page.url().startsWith(url) && (await page.locator('#ending-again').count()) > 0;
  if (!onEnding) return startFixtureGame(page, url, setup);
  await page.click('#ending-again');
  await setUpFixtureGame(page, setup);
}

/** From the title to a fixture game's briefing (its table is built behind it meanwhile). */
export async function startFixtureBriefing(page: Page, url: string, setup: GameSetup): Promise<void> {
  await page.goto(`${url}?test`);
  await page.click('#title-new');
  await chooseFixtureGame(page, setup);
  await page.waitForSelector('#briefing-start');
}

async function chooseFixtureGame(page: Page, setup: GameSetup): Promise<void> {
  await page.setInputFiles('#scenario-file', FIXTURE);
  await page.waitForSelector('#scenario-list input[value="file"]:checked');
  await page.check(`#length-list input[value="${setup.length}"]`);
  await page.fill('#seed', String(setup.seed));
  await page.click('#setup-start');
}

async function setUpFixtureGame(page: Page, setup: GameSetup): Promise<void> {
  await chooseFixtureGame(page, setup);
  await page.click('#briefing-start');
  await page.waitForSelector('#action-continue');
  await waitForTable(page);
}

/** Waits until the drawn table has painted its first frame for this game. */
export async function waitForTable(page: Page): Promise<void> {
  await page.waitForFunction(() => window.redLines?.snapshot().tableReady === true, null, { timeout: 30_000 });
}

/**
 * A real pointer click in the middle of a control, hit-tested by the browser like a person's
 * (whatever lies on top there gets it). Quicker than waiting for Playwright's stability checks
 * on every frame of a busy canvas.
 */
export async function tap(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Performs one engine event with the page's pointer controls. */
export async function clickEvent(page: Page, event: PlayerEvent): Promise<void> {
  switch (event.type) {
    case 'brief.done':
      return tap(page, '#action-continue');
    case 'deliberation.done':
      return tap(page, '#action-ready');
    case 'card.play':
      await tap(page, `#card-${event.card}`);
      await tap(page, '#play-card:not([disabled])');
      return;
    case 'turn.end':
      return tap(page, '#action-end-turn');
    case 'round.next':
      return tap(page, '#action-next');
    default:
      throw new Error(`no control for ${event.type}`);
  }
}

/** Performs one engine event with keys alone, as the help overlay lists them. */
export async function keyEvent(page: Page, event: PlayerEvent, hand: readonly string[]): Promise<void> {
  switch (event.type) {
    case 'brief.done':
    case 'deliberation.done':
    case 'round.next':
      return page.keyboard.press('n');
    case 'card.play': {
      const n = hand.indexOf(event.card) + 1;
      if (n < 1 || n > 9) throw new Error(`card ${event.card} has no number key`);
      await page.keyboard.press(String(n));
      // The number key focuses and selects the card; Enter on the selected card plays it.
      await page.keyboard.press('Enter');
      return;
    }
    case 'turn.end':
      return page.keyboard.press('e');
    default:
      throw new Error(`no key for ${event.type}`);
  }
}

/**
 * Plays events through the page and, after each, checks the page's game against the engine's
 * own game fed the same events: same phase and the same history, entry for entry.
 */
export async function playThrough(
  page: Page,
  rules: Rules,
  setup: GameSetup,
  events: readonly PlayerEvent[],
  perform: (event: PlayerEvent) => Promise<void>,
): Promise<Game> {
  const model = new Game(rules, setup.seed);
  model.send({ type: 'game.start', length: setup.length });
  for (const event of events) {
    expect(model.send(event), JSON.stringify(event)).toEqual({ ok: true });
    await perform(event);
    const phase = model.phase;
    const length = model.context.log.length;
    await page.waitForFunction(
      ([p, n]) => {
        const s = window.redLines?.snapshot();
        return s?.phase === p && s.context?.log.length === n;
      },
      [phase, length] as const,
      { timeout: 10_000 },
    );
  }
  const seen = await snapshot(page);
  expect(seen.context).toEqual(JSON.parse(JSON.stringify(model.context)));
  return model;
}

/** Where focus is, and whether it can be seen: a real outline or ring around a visible element. */
export async function focusState(page: Page): Promise<{ id: string; tag: string; visible: boolean; ring: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: '', tag: 'body', visible: false, ring: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
      ring: outline || shadow,
    };
  });
}

/**
 * Tabs through every control of the screen (until focus comes back round, or `max` stops),
 * checking at each stop that focus shows. Returns the ids visited.
 */
export async function tabWalk(page: Page, max = 80): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusState(page);
    if (f.tag === 'body') continue;
    const label = f.id || f.tag;
    expect(f.visible, `focused ${label} is on screen`).toBe(true);
    expect(f.ring, `focused ${label} shows a focus ring`).toBe(true);
    if (visited.length > 0 && label === visited[0]) break;
    visited.push(label);
  }
  return visited;
}

/** From the title to the table of a shipped scenario (the catalog's first unless `scenario` names one), played alone with `seed`. */
export async function startShippedGame(page: Page, url: string, seed: number, scenario?: string): Promise<void> {
  await page.goto(`${url}?test`);
  await page.click('#title-new');
  await page.waitForSelector('#scenario-list input[name="scenario"]:checked');
  if (scenario !== undefined) {
    await page.check(`#scenario-list input[value="bundled:${scenario}"]`);
    await page.waitForSelector(`#scenario-list input[value="bundled:${scenario}"]:checked`);
  }
  await page.fill('#seed', String(seed));
  await page.click('#setup-start');
  await page.click('#briefing-start');
  await waitForTable(page);
}

/** From a round's news on to its decisions, with the keys a player uses. */
export async function keysToDecide(page: Page): Promise<void> {
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.waitForFunction(() => window.redLines?.snapshot().phase === 'decide');
}
