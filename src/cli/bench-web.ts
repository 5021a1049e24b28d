/**
 * `npm run bench:web`: the built game in headless Chromium with the CPU slowed 4× (a school
 * Chromebook), measured as DESIGN.md budgets it:
 *   - time to the title painted (first contentful paint of the HTML title);
 *   - time to an interactive table (title → setup → briefing → the board's first frame, clicked
 *     straight through), and to the hand and news dealt onto it; also from the briefing's last
 *     click alone, since the automated clicks wait on a page still busy compiling Phaser; and in
 *     the games played in one tab, from that click after a few seconds on the briefing, as a
 *     reader gives the table time to be built behind it;
 *   - input to next paint when a card is played (keydown of Enter to the next animation frame), p95;
 *   - frames per second while the resolve animation runs;
 *   - JS heap after game 20 against game 5, in one tab (after a forced garbage collection);
 *     the page is only ever asked through locators and values, never element handles, which
 *     the protocol would keep alive and count as the game's heap;
 *   - gzip bytes of our code and content (JS, CSS, JSON, HTML) fetched before the table's first frame,
 *     without Phaser (what the service worker stores later, at a quiet moment, is not counted);
 *   - time until the title's "Ready.": the whole game stored by the service worker for offline use;
 *   - the anchor: a bare Phaser page (src/table/bench-anchor.ts: same Phaser, same renderer choice,
 *     a few shapes and a text, no game code), built here and loaded in the same browser before each
 *     of the game's loads: its first frame from navigation and its frame rate. Absolute times do
 *     not travel between machines; the game's figures as ratios to the anchor's do.
 * Run `vite build` first (the npm script does). Prints a table, or JSON with `--json`; `--games`
 * and `--loads` shorten a run; `--no-service-worker` blocks the service worker, to compare;
 * `--dist <folder>` measures another build (say, an earlier commit's) with the same method.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, type Preview, ROOT, startPreview } from './chromium';
import { hook, phase, RATE, SIZE, screen, throttledPage, toTable, waitSettled } from './web-driver';

/** `--games N` and `--loads N` shorten a run while tuning; the budgets are read at 20 and 5. */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const GAMES = option('games', 20);
const LOADS = option('loads', 5);
const SERVICE_WORKER = !process.argv.includes('--no-service-worker');
/** The built game to measure (`dist` unless `--dist <folder>` names another). */
const DIST = resolve(
  ROOT,
  process.argv.includes('--dist') ? (process.argv[process.argv.indexOf('--dist') + 1] ?? '') : 'dist',
);
/** How long the games played in one tab rest on the briefing before its click, as a quick reader would. */
const READING_MS = 3000;
/** How long the anchor's frames are counted. */
const ANCHOR_FPS_MS = 3000;

interface Figures {
  anchorFirstFrameMs: number[];
  anchorFps: number[];
  titlePaintMs: number[];
  tableReadyMs: number[];
  tableFromBeginMs: number[];
  /** From the briefing's click after a reader's pause on it (the games played in one tab). */
  tableAfterReadingMs: number[];
  tableDealtMs: number[];
  storedMs: number[];
  playLatencyMs: number[];
  /** The same plays, to the end of that next frame (its callbacks and drawing done). */
  playToFrameEndMs: number[];
  /** Each play's place in its turn: 0 for the first card, 1 for the second (which often spends the last capital). */
  playInTurn: number[];
  resolveFps: number[];
  heapAfterGame5: number;
  heapAfterGame20: number;
  firstLoadGzip: { file: string; bytes: number }[];
  allBuiltGzip: number;
}

/** Plays the current game to its ending: keys for every step, playable cards by number and Enter. */
async function playGame(page: Page, f: Figures, measureFps: boolean): Promise<void> {
  for (let guard = 0; guard < 200 && (await screen(page)) === 'table'; guard++) {
    const now = await phase(page);
    if (now !== 'decide') {
      await page.keyboard.press('n');
      await page.waitForFunction(`window.redLines.probe().phase !== ${JSON.stringify(now)}`, null, {
        timeout: 60_000,
        polling: 50,
      });
      continue;
    }
    if (
      (await page.getAttribute('#hand-playable-only', 'aria-pressed')) === 'false' &&
      (await page.isVisible('#hand-pager'))
    )
      await page.click('#hand-playable-only');
    for (let played = 0; played < 2; played++) {
      // The number key of the first card open on the page (a card just played keeps its place).
      const n = (await page.evaluate(
        `[...document.querySelectorAll('#hand-controls .overlay-button')].findIndex((b) => b.dataset.status === 'playable') + 1`,
      )) as number;
      if (n < 1 || n > 9) break;
      const before = (await hook(page, 'probe().played')) as number;
      await page.keyboard.press(String(n));
      await page.evaluate('window.__bench.armed = true');
      f.playInTurn.push(played);
      await page.keyboard.press('Enter');
      await page.waitForFunction(`window.redLines.probe().played > ${before}`, null, {
        timeout: 60_000,
        polling: 50,
      });
      await waitSettled(page);
    }
    if (measureFps) await page.evaluate('window.__countFrames()');
    await page.keyboard.press('e');
    await page.waitForFunction(`window.redLines.probe().phase !== 'decide'`, null, { timeout: 60_000, polling: 50 });
    await waitSettled(page);
    if (measureFps) {
      const { frames, ms } = (await page.evaluate('window.__stopFrames()')) as { frames: number; ms: number };
      f.resolveFps.push((frames * 1000) / ms);
    }
  }
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** Builds the bare Phaser page into a folder of its own, with an index.html that loads it. */
async function buildAnchor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'red-lines-anchor-'));
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'error',
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: join(ROOT, 'src/table/bench-anchor.ts'), output: { entryFileNames: 'anchor.js' } },
    },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anchor</title>' +
      '<style>html,body{margin:0;background:#10251c;overflow:hidden}</style></head>' +
      '<body><script type="module" src="./anchor.js"></script></body></html>',
  );
  return outDir;
}

/** One fresh load of the anchor: its first frame from navigation, then its frames per second. */
async function measureAnchor(anchor: Preview, browser: Browser, f: Figures): Promise<void> {
  const { page, close } = await throttledPage(browser, SERVICE_WORKER);
  await page.goto(anchor.url);
  await page.waitForFunction('window.__anchor && window.__anchor.firstFrameAt > 0', null, {
    timeout: 60_000,
    polling: 50,
  });
  f.anchorFirstFrameMs.push((await page.evaluate('window.__anchor.firstFrameAt')) as number);
  await page.evaluate('window.__countFrames()');
  await page.waitForTimeout(ANCHOR_FPS_MS);
  const { frames, ms } = (await page.evaluate('window.__stopFrames()')) as { frames: number; ms: number };
  f.anchorFps.push((frames * 1000) / ms);
  await close();
}

function gzipOf(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 50);

async function measure(preview: Preview, anchor: Preview, browser: Browser): Promise<Figures> {
  const f: Figures = {
    anchorFirstFrameMs: [],
    anchorFps: [],
    titlePaintMs: [],
    tableReadyMs: [],
    tableFromBeginMs: [],
    tableAfterReadingMs: [],
    tableDealtMs: [],
    storedMs: [],
    playLatencyMs: [],
    playInTurn: [],
    playToFrameEndMs: [],
    resolveFps: [],
    heapAfterGame5: 0,
    heapAfterGame20: 0,
    firstLoadGzip: [],
    allBuiltGzip: 0,
  };
  // Fresh loads, each after one of the anchor: the title's first paint and the time to a drawn table.
  for (let i = 0; i < LOADS; i++) {
    await measureAnchor(anchor, browser, f);
    const { page, close } = await throttledPage(browser, SERVICE_WORKER);
    await page.goto(`${preview.url}?test`);
    f.titlePaintMs.push(
      (await page.evaluate(`new Promise((resolve) => new PerformanceObserver((list) => {
        const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (fcp) resolve(fcp.startTime);
      }).observe({ type: 'paint', buffered: true }))`)) as number,
    );
    const ready = await toTable(page, i + 1);
    f.tableReadyMs.push(ready);
    f.tableFromBeginMs.push(ready - ((await page.evaluate('window.__bench.begunAt')) as number));
    await page.waitForFunction('window.redLines.probe().tableDealtAt !== null', null, {
      timeout: 60_000,
      polling: 50,
    });
    f.tableDealtMs.push((await hook(page, 'probe().tableDealtAt')) as number);
    if (i === 0) {
      // Only what was fetched before the table's first frame: the stored game comes after it.
      const names = (await page.evaluate(
        `[location.pathname, ...performance.getEntriesByType('resource').filter((e) => e.startTime <= ${ready}).map((e) => new URL(e.name).pathname)]`,
      )) as string[];
      for (const name of new Set(names)) {
        const file = name === '/' ? 'index.html' : name.replace(/^\//, '');
        if (!/\.(js|css|json|html)$/.test(file) || file.includes('phaser')) continue;
        f.firstLoadGzip.push({ file, bytes: gzipOf(join(DIST, file)) });
      }
    }
    if (SERVICE_WORKER) {
      await page.waitForSelector('#title-status[data-stored="stored"]', { state: 'attached', timeout: 300_000 });
      f.storedMs.push((await page.evaluate('performance.now()')) as number);
    }
    await close();
  }
  // One tab, twenty games: latency of every card played, fps while resolving, heap at 5 and 20.
  const { page, cdp, close } = await throttledPage(browser, SERVICE_WORKER);
  await page.goto(`${preview.url}?test`);
  for (let g = 1; g <= GAMES; g++) {
    const ready = await toTable(page, g, READING_MS);
    f.tableAfterReadingMs.push(ready - ((await page.evaluate('window.__bench.begunAt')) as number));
    await playGame(page, f, g <= 3);
    await page.locator('#ending-screen').waitFor({ timeout: 60_000 });
    if (g === Math.min(5, GAMES)) f.heapAfterGame5 = await heap(cdp);
    if (g === GAMES) f.heapAfterGame20 = await heap(cdp);
    process.stderr.write(`game ${g}: ${await hook(page, 'snapshot().context.ending')}\n`);
  }
  f.playLatencyMs.push(...((await page.evaluate('window.__bench.latencies')) as number[]));
  f.playToFrameEndMs.push(...((await page.evaluate('window.__bench.framed')) as number[]));
  await close();
  f.allBuiltGzip = readdirSync(join(DIST, 'assets'))
    .filter((n) => /\.(js|css|json)$/.test(n) && !n.includes('phaser'))
    .reduce((sum, n) => sum + gzipOf(join(DIST, 'assets', n)), gzipOf(join(DIST, 'index.html')));
  return f;
}

/** The game's server, the anchor's and the browser; what did start is stopped if one fails. */
async function startAll(anchorDir: string): Promise<{ preview: Preview; anchor: Preview; browser: Browser }> {
  // The two servers one after the other: on a busy machine two starting at once miss their deadline.
  const previews = startPreview({ outDir: DIST }).then((game) => [game, startPreview({ outDir: anchorDir })] as const);
  const started = await Promise.allSettled([
    previews.then(([game]) => game),
    previews.then(([, anchor]) => anchor),
    launchChromium(),
  ] as const);
  const [preview, anchor, browser] = started.map((s) => (s.status === 'fulfilled' ? s.value : null)) as [
    Preview | null,
    Preview | null,
    Browser | null,
  ];
  if (!preview || !anchor || !browser) {
    // What did start is stopped, so a failed start does not leave a server or a browser behind.
    await Promise.all([preview?.stop(), anchor?.stop(), browser?.close()]);
    throw started.find((s) => s.status === 'rejected')?.reason;
  }
  return { preview, anchor, browser };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const anchorDir = await buildAnchor();
  const { preview, anchor, browser } = await startAll(anchorDir).catch((error: unknown) => {
    rmSync(anchorDir, { recursive: true, force: true });
    throw error;
  });
  const chromium = browser.version();
  const load: number[] = [loadavg()[0] ?? 0];
  let f: Figures;
  try {
    f = await measure(preview, anchor, browser);
    load.push(loadavg()[0] ?? 0);
  } finally {
    await browser.close();
    await preview.stop();
    await anchor.stop();
    rmSync(anchorDir, { recursive: true, force: true });
  }
  const anchorFigures = { firstFrameMs: median(f.anchorFirstFrameMs), fps: median(f.anchorFps) };
  const firstLoad = f.firstLoadGzip.reduce((s, x) => s + x.bytes, 0);
  const result = {
    machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
    chromium,
    cpuThrottle: RATE,
    viewport: `${SIZE.width}x${SIZE.height}`,
    loadAverage: load.map((l) => Number(l.toFixed(2))),
    titlePaintMs: { median: median(f.titlePaintMs), runs: f.titlePaintMs.map(Math.round) },
    tableReadyMs: { median: median(f.tableReadyMs), runs: f.tableReadyMs.map(Math.round) },
    tableFromBeginMs: { median: median(f.tableFromBeginMs), runs: f.tableFromBeginMs.map(Math.round) },
    tableAfterReadingMs: { median: median(f.tableAfterReadingMs), runs: f.tableAfterReadingMs.map(Math.round) },
    tableDealtMs: { median: median(f.tableDealtMs), runs: f.tableDealtMs.map(Math.round) },
    serviceWorker: SERVICE_WORKER,
    storedMs: { median: median(f.storedMs), runs: f.storedMs.map(Math.round) },
    playLatencyMs: {
      plays: f.playLatencyMs.length,
      p50: percentile(f.playLatencyMs, 50),
      p95: percentile(f.playLatencyMs, 95),
      max: Math.max(...f.playLatencyMs),
      toFrameEnd: { p50: percentile(f.playToFrameEndMs, 50), p95: percentile(f.playToFrameEndMs, 95) },
      byPlaceInTurn: [0, 1].map((place) => {
        const ms = f.playLatencyMs.filter((_, i) => f.playInTurn[i] === place);
        return { place: place + 1, plays: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95) };
      }),
    },
    resolveFps: { rounds: f.resolveFps.length, median: median(f.resolveFps), min: Math.min(...f.resolveFps) },
    heapMB: {
      afterGame5: f.heapAfterGame5 / 1e6,
      afterGame20: f.heapAfterGame20 / 1e6,
      growth: (f.heapAfterGame20 - f.heapAfterGame5) / 1e6,
    },
    gzipKB: { firstLoad: firstLoad / 1000, files: f.firstLoadGzip, allBuiltWithoutPhaser: f.allBuiltGzip / 1000 },
    anchor: anchorFigures,
    ratios: {
      tableReady: median(f.tableReadyMs) / anchorFigures.firstFrameMs,
      resolveFps: median(f.resolveFps) / anchorFigures.fps,
    },
    anchorRuns: {
      firstFrameMs: f.anchorFirstFrameMs.map(Math.round),
      fps: f.anchorFps.map((x) => Number(x.toFixed(1))),
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const r = (n: number, d = 0) => n.toFixed(d);
  const lines = [
    `machine: ${result.machine}; Chromium ${result.chromium}; CPU ×${RATE} slower; ${result.viewport}; load ${result.loadAverage.join(' → ')}`,
    `anchor (bare Phaser page): first frame median ${r(result.anchor.firstFrameMs)} ms (runs ${result.anchorRuns.firstFrameMs.join(', ')})   ${r(result.anchor.fps, 1)} fps`,
    `ratios to the anchor:       table interactive ${r(result.ratios.tableReady, 2)}× its first frame (budget ≤ 1.3×)   resolve ${r(result.ratios.resolveFps, 2)}× its fps (budget ≥ 0.8×)`,
    `title painted (FCP):        median ${r(result.titlePaintMs.median)} ms   runs ${result.titlePaintMs.runs.join(', ')}   budget ≤ 1000 ms`,
    `table interactive:          median ${r(result.tableReadyMs.median)} ms   runs ${result.tableReadyMs.runs.join(', ')}   budget ≤ 2000 ms`,
    `  from the briefing's click: median ${r(result.tableFromBeginMs.median)} ms   runs ${result.tableFromBeginMs.runs.join(', ')}`,
    `  … after ${READING_MS / 1000} s on the briefing: median ${r(result.tableAfterReadingMs.median)} ms   runs ${result.tableAfterReadingMs.runs.join(', ')}`,
    `  hand and news dealt:      median ${r(result.tableDealtMs.median)} ms   runs ${result.tableDealtMs.runs.join(', ')}`,
    SERVICE_WORKER
      ? `stored for offline (Ready.): median ${r(result.storedMs.median)} ms   runs ${result.storedMs.runs.join(', ')}`
      : 'service worker blocked: nothing stored for offline',
    `card play, input→paint:     p95 ${r(result.playLatencyMs.p95)} ms   p50 ${r(result.playLatencyMs.p50)} ms   max ${r(result.playLatencyMs.max)} ms   (${result.playLatencyMs.plays} plays)   budget p95 ≤ 100 ms`,
    `  to that frame's end:      p95 ${r(result.playLatencyMs.toFrameEnd.p95)} ms   p50 ${r(result.playLatencyMs.toFrameEnd.p50)} ms`,
    ...result.playLatencyMs.byPlaceInTurn.map(
      (b) => `${`  card ${b.place} of a turn:`.padEnd(28)}p95 ${r(b.p95)} ms   p50 ${r(b.p50)} ms   (${b.plays} plays)`,
    ),
    `resolve animation:          median ${r(result.resolveFps.median, 1)} fps   min ${r(result.resolveFps.min, 1)} fps   (${result.resolveFps.rounds} rounds)`,
    `JS heap, one tab:           game 5 ${r(result.heapMB.afterGame5, 2)} MB   game 20 ${r(result.heapMB.afterGame20, 2)} MB   growth ${r(result.heapMB.growth, 2)} MB   budget ≤ 5 MB`,
    `our gzip bytes, first load: ${r(result.gzipKB.firstLoad, 1)} kB (${f.firstLoadGzip.map((x) => `${x.file} ${r(x.bytes / 1000, 1)}`).join(', ')})   budget ≤ 150 kB`,
    `all built JS/CSS/HTML without Phaser: ${r(result.gzipKB.allBuiltWithoutPhaser, 1)} kB (lazy chunks included)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
