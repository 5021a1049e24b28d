/**
 * The game in Korean (`?lang=ko`): the title (painted in Korean before any script), the set-up,
 * the class set-up, the facilitator console, the guide, and a Seoul game played alone (its
 * briefing, the table in each phase, the ending and the debrief) show no English sentence: a
 * scan of the visible text, with the names the table's and the debrief's controls give a screen
 * reader, finds no Latin word outside proper names, acronyms and key names. The choice is
 * remembered after a reload, `<html lang>` follows it, the browser's language chooses the first
 * time, axe finds nothing serious, and the PDF handouts (a class's, and the Seoul game's) read
 * back in Hangul.
 *
 * Seoul has its Korean text (`scenario.ko.json`) and says nothing about translation; a scenario
 * without one (Berlin) shows its own words and says once that it is untranslated. Only the
 * words of such scenarios are taken out of the text before the scan.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../ui/support/read-pdf';
import { axeProblems } from './support/axe';
import { openPage, ROOT, screenshotPath, VIEWPORTS } from './support/browser';
import { useBrowser } from './support/live';
import { nextPhase, playAloneToEnding } from './support/solo';
import { snapshot } from './support/ui';

const live = useBrowser();
const PIN = '2580';

interface Words {
  text: { title: string; endings: { id: string; label: string }[]; sources: { publisher?: string }[] };
}
const SEOUL_KO = JSON.parse(readFileSync(`${ROOT}assets/scenarios/seoul-2024/scenario.ko.json`, 'utf8')) as Words;

/** Latin words a Korean screen may show: names, acronyms, file kinds, keys, the language switch. */
const ALLOWED = new Set(
  [
    'PIN',
    'PDF',
    'CSV',
    'JSON',
    'Markdown',
    'A4',
    'Letter',
    'QR',
    'MB',
    'id',
    'Ctrl',
    'Shift',
    'Enter',
    'Esc',
    'English',
    'Chrome',
    'Edge',
    'Firefox',
    'npm',
    'start',
    'docs',
    'hosting',
    'md',
    'localhost',
    'http',
    'https',
    'NATO',
    'lang',
    'ko',
    // The title's language switch names itself in both languages ("Language · 언어"), for either reader.
    'Language',
    // What the Seoul scenario's Korean text keeps in Latin letters, as Korean writing does: broadcasters
    // and bodies known by their letters, and arms by their designations (K2 전차, 155mm 포탄, 레오파르트
    // 2A6, 하이마스(HIMARS), 천궁(KM-SAM), PzH 2000, IRIS-T SLM).
    'KBS',
    'SBS',
    'BBC',
    'EU',
    'G7',
    'GPS',
    'ICBM',
    'KADIZ',
    'NSC',
    'KCNA',
    'ATACMS',
    'HIMARS',
    'MANPADS',
    'KM',
    'SAM',
    'K2',
    'K9',
    'mm',
    'A6',
    'PzH',
    'IRIS',
    'SLM',
  ].map((w) => w.toLowerCase()),
);

/** The bundled scenarios with no Korean text yet (no `scenario.ko.json`): their own words show in English, and say so. */
const UNTRANSLATED = readdirSync(`${ROOT}assets/scenarios`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !existsSync(`${ROOT}assets/scenarios/${d.name}/scenario.ko.json`))
  .map((d) => d.name);

/** Every string of the untranslated scenarios. */
const UNTRANSLATED_TEXT = UNTRANSLATED.flatMap((id) => {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(readFileSync(`${ROOT}assets/scenarios/${id}/scenario.json`, 'utf8')));
  return out;
});

/**
 * Names a Korean citation keeps as published: the outlets of the Seoul scenario's sources ("Reuters(Vision
 * Times 게재)", "The Kyiv Independent"; Korean outlets are in Hangul) and a book's original title after its
 * Korean one.
 */
const CITED_NAMES = [
  ...SEOUL_KO.text.sources.flatMap((s) => (s.publisher === undefined ? [] : [s.publisher])),
  'On Escalation: Metaphors and Scenarios',
];

/** Taken out of the text before the scan, longest first. */
const TAKEN_OUT = [...UNTRANSLATED_TEXT, ...CITED_NAMES]
  .filter((s) => s.length > 1)
  .map((s) => s.toLowerCase())
  .sort((a, b) => b.length - a.length);

/**
 * The Latin words inside `selector` that are not allowed, not an untranslated scenario's and not a
 * cited name: in its visible text, and in the names its visible controls give a screen reader (the
 * table's buttons over the canvas are labelled only so). A web address is an address, not words.
 */
async function englishWords(page: Page, selector = 'body'): Promise<string[]> {
  const root = page.locator(selector).first();
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point, hidden parts left out
  const visible = await root.innerText();
  const named = await root.evaluate((el) =>
    [...el.querySelectorAll('.sr-only, [aria-label]')]
      .filter((e) => (e.classList.contains('sr-only') ? e.parentElement : e)?.checkVisibility())
      .map((e) => (e.classList.contains('sr-only') ? e.textContent : e.getAttribute('aria-label')))
      .join('\n'),
  );
  // Lower case throughout: the page may show a scenario's words in capitals (CSS text-transform).
  let text = `${visible}\n${named}`.toLowerCase().replace(/https?:\/\/\S+/g, ' ');
  for (const s of TAKEN_OUT)
    if (text.includes(s))
      text = text.replace(new RegExp(`(?<![a-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'g'), ' ');
  const words = text.match(/[a-z][a-z0-9]+/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

/** Waits until nothing on the drawn table moves any more. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.redLines?.snapshot().animating === false, null, { timeout: 20_000 });
}

/** Screenshots at both sizes, at the standard text size and at the largest. */
async function photograph(page: Page, name: string): Promise<void> {
  for (const size of ['normal', 'larger'] as const) {
    await page.evaluate((s) => {
      document.documentElement.dataset.textSize = s;
    }, size);
    for (const [label, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(150);
      await page.screenshot({ path: screenshotPath(`ko-${name}-${size}-${label}`) });
    }
  }
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'normal';
  });
  await page.setViewportSize(VIEWPORTS.laptop);
}

describe('the game in Korean', () => {
  it('paints the title in Korean before any script runs, and the script keeps it so', async () => {
    const { context, page } = await openPage(live.browser);
    // No module script at all: only the page's HTML and its inline lines.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${live.preview.url}?lang=ko`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.textContent('#title-heading')).toBe('레드라인');
    expect(await page.textContent('#title-new')).toBe('새 게임');
    expect(await page.getAttribute('#title-lang-ko', 'aria-current')).toBe('true');
    await context.close();
  });

  it('shows the title, the set-up and the class set-up in Korean, remembered after a reload', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?lang=ko&test`);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await expect.poll(() => page.textContent('#title-status'), { timeout: 60_000 }).not.toBe('게임판을 불러오는 중…');
    expect(await englishWords(page, '#title-screen')).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await photograph(page, 'title');

    // Remembered: the plain address opens in Korean again.
    await page.goto(`${live.preview.url}?test`);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.textContent('.title-lede')).toContain('한 걸음씩');

    // The set-up of a game alone.
    await page.click('#title-new');
    await page.waitForSelector('#setup-start');
    expect(await englishWords(page, '#app')).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await photograph(page, 'setup');
    await page.click('#setup-back');
    await page.waitForSelector('#title-screen:not([hidden])');

    // The class set-up.
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    expect(await englishWords(page, '#class-setup-screen')).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await photograph(page, 'class-setup');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('runs a class in Korean: its console, and a PDF handout whose interface words read back in Hangul', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?lang=ko&test`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#title-class');
    await page.waitForSelector('#class-setup-screen');
    await page.fill('#class-name', '2학년 3반');
    for (const [i, name] of ['대통령실', '국방부', '크렘린'].entries()) await page.fill(`#team-${i}-name`, name);
    await page.fill('#class-pin', PIN);
    await page.click('#class-start');
    await page.waitForSelector('#briefing-start', { timeout: 60_000 });
    await page.click('#briefing-start');
    await page.waitForFunction(() => window.redLines?.snapshot().tableReady === true, null, { timeout: 60_000 });
    // Seoul is in Korean: nothing says it is untranslated (Berlin's notice is checked below).
    expect(await page.locator('#untranslated').count()).toBe(0);

    // The facilitator console.
    await page.keyboard.press('Control+Shift+F');
    await page.waitForSelector('#console-pin-dialog[open]');
    expect(await englishWords(page, '#console-pin-dialog')).toEqual([]);
    await page.fill('#console-pin', PIN);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#facilitator-console[open]');
    expect(await englishWords(page, '#facilitator-console')).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('ko-console-normal-laptop') });

    // Ended from the console: the handout's interface words are Korean, in Hangul.
    await page.click('#console-end');
    await page.click('#console-end-confirm');
    await page.waitForSelector('#debrief-screen', { timeout: 60_000 });
    const waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('#export-pdf-a4');
    const download = await waiting;
    const pdf = (await readPdf(new Uint8Array(readFileSync(await download.path())))).pages.join('\n');
    for (const words of ['되돌아보기', '결말', '목표 달성도', '대통령실', '국방부', '크렘린'])
      expect(pdf).toContain(words);
    expect(pdf).not.toContain('\uFFFD');
    expect(pdf).not.toMatch(/\bDebrief\b|\bThe ending\b|\bObjectives\b/);
    await expect.poll(() => page.textContent('#export-status')).toContain('다운로드 완료');

    await page.click('#debrief-screen button:has-text("첫 화면으로")');
    await page.waitForSelector('#title-screen:not([hidden])');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('plays Seoul alone in Korean: briefing, table, ending, debrief, its PDF; Berlin says it is untranslated', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    /** Each screen's English words and axe's findings, all gathered before one assertion names every one. */
    const found: Record<string, string[]> = {};
    const scan = async (screen: string) => {
      const words = await englishWords(page);
      const problems = await axeProblems(page);
      if (words.length + problems.length > 0) found[screen] = [...words, ...problems];
    };
    await page.goto(`${live.preview.url}?lang=ko&test`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#title-new');
    await page.waitForSelector('#scenario-list input[value="bundled:seoul-2024"]:checked');
    await page.check('#length-list input[value="short"]');
    await page.fill('#seed', '3');
    await page.click('#setup-start');
    await page.waitForSelector('#briefing-start');
    expect(await page.textContent('#briefing-screen .kicker')).toBe(SEOUL_KO.text.title);
    await scan('briefing');
    await photograph(page, 'briefing');

    // The table in each phase; in the decisions with a card chosen, so its details are in the words column.
    await page.click('#briefing-start');
    await page.waitForFunction(() => window.redLines?.snapshot().tableReady === true, null, { timeout: 60_000 });
    expect(await page.locator('#untranslated').count()).toBe(0);
    await settle(page);
    await scan('table-brief');
    await nextPhase(page);
    await scan('table-deliberate');
    await nextPhase(page);
    await page.keyboard.press('1');
    await settle(page);
    await scan('table-decide');
    await photograph(page, 'table-decide');
    await page.keyboard.press('Enter');
    await nextPhase(page);
    await settle(page);
    await scan('table-resolve');

    await playAloneToEnding(page);
    await page.waitForSelector('#ending-screen');
    await scan('ending');
    await photograph(page, 'ending');
    // The debrief, with the two cases side by side (Berlin's column in its own words).
    await page.click('#ending-debrief');
    await page.waitForSelector('.debrief-cases');
    await scan('debrief');
    await photograph(page, 'debrief');
    // Further down, at the laptop's size: the ladders with their rounds, and the two cases.
    for (const [name, part] of [
      ['ladders', '#debrief-ladders-title'],
      ['cases', '.debrief-cases'],
    ] as const) {
      await page
        .locator(part)
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: screenshotPath(`ko-debrief-${name}-normal-laptop`) });
    }
    expect(found).toEqual({});

    // Its PDF handout: the scenario's Korean words in Hangul, rounds written the Korean way.
    const reached = (await snapshot(page)).context?.ending;
    const ending = SEOUL_KO.text.endings.find((e) => e.id === reached);
    const waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('#export-pdf-a4');
    const pdf = (await readPdf(new Uint8Array(readFileSync(await (await waiting).path())))).pages.join('\n');
    for (const words of [SEOUL_KO.text.title, ending?.label ?? '(no ending)', '되돌아보기', '1R'])
      expect(pdf).toContain(words);
    expect(pdf).not.toContain('\uFFFD');
    expect(pdf).not.toMatch(/Seoul, October 2024|\bR\d/);

    // Berlin has no Korean text: its game says so, once, in Korean; the title no longer does.
    await page.click('#debrief-back');
    await page.click('#ending-title');
    await page.waitForSelector('#title-screen:not([hidden])');
    await page.click('#title-new');
    await page.check('#scenario-list input[value="bundled:berlin-2022"]');
    await page.click('#setup-start');
    await page.waitForSelector('#briefing-start');
    await expect.poll(() => page.locator('#untranslated').textContent()).toContain('아직 한국어로 번역되지 않았습니다');
    expect(await page.locator('#untranslated').count()).toBe(1);
    expect(await englishWords(page, '#untranslated')).toEqual([]);
    await page.click('#briefing-back');
    await page.click('#setup-back');
    await page.waitForSelector('#title-screen:not([hidden])');
    expect(await page.locator('#untranslated').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);

  it('opens the facilitator guide in Korean', async () => {
    const { context, page, errors } = await openPage(live.browser, { calm: true });
    await page.goto(`${live.preview.url}?lang=ko`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#title-guide');
    await page.waitForSelector('#guide-screen h2[id="45분-수업-계획"]');
    expect(await page.getAttribute('#guide-screen article', 'lang')).toBe('ko');
    expect(await page.locator('#guide-screen h3.print-page').count()).toBe(10);
    await page.click('#guide-screen a[href="#인쇄용-역할-카드"]');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#인쇄용-역할-카드');
    expect(await englishWords(page, '#guide-screen')).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await photograph(page, 'guide');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("takes the browser's language the first time, and English once English is chosen", async () => {
    const context = await live.browser.newContext({ locale: 'ko-KR', viewport: VIEWPORTS.laptop });
    const page = await context.newPage();
    await page.goto(live.preview.url);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.textContent('#title-new')).toBe('새 게임');
    await page.click('#title-lang-en');
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#title-new')).toBe('New game');
    await page.goto(live.preview.url);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('#title-lang-en', 'aria-current')).toBe('true');
    await context.close();
  });
});
