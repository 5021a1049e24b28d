/**
 * `npx tsx src/cli/profile-web.ts [--dist folder] [--plays N]`: where the time goes, at the
 * benchmark's 4× CPU throttle and 1366×768. A Chromium CPU profile (through the DevTools
 * protocol) of a fresh load, from navigation to the table's first frame, and one of N card plays
 * (number key, Enter, the animation settled), each summed by function (self time), by file, and
 * for the game's own functions with everything they called (inclusive time).
 * Build without minifying for names that mean something: `vite build --minify false --outDir x`.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, ROOT, startPreview } from './chromium';
import { hook, phase, throttledPage, toTable, waitSettled } from './web-driver';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? (process.argv[process.argv.indexOf(`--${name}`) + 1] ?? fallback) : fallback;
const DIST = resolve(ROOT, arg('dist', 'dist'));
const PLAYS = Number(arg('plays', '6'));
const TOP = 18;

interface Summary {
  byFunction: [string, number][];
  byFile: [string, number][];
  /** The game's own functions (not Phaser's, not the browser's) with everything they called. */
  inclusive: [string, number][];
  busyMs: number;
}

const fileOf = (frame: ProfileNode['callFrame']) =>
  frame.url
    .split('/')
    .at(-1)
    ?.replace(/-[\w-]{8}\.js$/, '.js') || frame.functionName;
const keyOf = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${fileOf(frame)}:${frame.lineNumber + 1}`;

/** Self time by function and by file, in ms, largest first; idle and the profiler itself left out. */
function summarize(profiles: Profile[]): Summary {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const profile of profiles) {
    const node = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    profile.samples.forEach((id, i) => {
      const frame = node.get(id)?.callFrame;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      const file = fileOf(frame);
      const key = keyOf(frame);
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
      busy += ms;
      // Each of the game's functions on the stack once, however deep it recurses.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = node.get(at)?.callFrame;
        if (!f?.functionName || !/\/assets\//.test(f.url) || /phaser/.test(f.url)) continue;
        seen.add(keyOf(f));
      }
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    });
  }
  const top = (m: Map<string, number>, n = TOP) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { byFunction: top(byFunction), byFile: top(byFile), inclusive: top(inclusive, 30), busyMs: busy };
}

function print(title: string, profiles: Profile[]): void {
  const { byFunction, byFile, inclusive, busyMs } = summarize(profiles);
  const lines = [`\n## ${title}: ${busyMs.toFixed(0)} ms busy (idle and (program) left out)`, 'self ms  function'];
  for (const [key, ms] of byFunction) lines.push(`${ms.toFixed(0).padStart(7)}  ${key}`);
  lines.push('self ms  file');
  for (const [key, ms] of byFile) lines.push(`${ms.toFixed(0).padStart(7)}  ${key}`);
  lines.push("incl ms  the game's own function, with what it called");
  for (const [key, ms] of inclusive) lines.push(`${ms.toFixed(0).padStart(7)}  ${key}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function profiled(cdp: CDPSession, work: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

/**
 * Steps on to the decision phase, then plays `PLAYS` open cards, two a round; each play (number
 * key, Enter, up to Enter's next frame) goes through `around`, the rest does not.
 */
async function playCards(page: Page, around: (play: () => Promise<void>) => Promise<void>): Promise<void> {
  for (let played = 0; played < PLAYS; ) {
    const now = await phase(page);
    if (now !== 'decide') {
      await page.keyboard.press('n');
      await page.waitForFunction(`window.redLines.probe().phase !== ${JSON.stringify(now)}`, null, { polling: 50 });
      await waitSettled(page);
      continue;
    }
    const n = (await page.evaluate(
      `[...document.querySelectorAll('#hand-controls .overlay-button')].findIndex((b) => b.dataset.status === 'playable') + 1`,
    )) as number;
    const before = (await hook(page, 'probe().played')) as number;
    if (n < 1 || n > 9 || before >= 2) {
      await page.keyboard.press('e');
      await page.waitForFunction(`window.redLines.probe().phase !== 'decide'`, null, { polling: 50 });
      await waitSettled(page);
      continue;
    }
    const framed = (await page.evaluate('window.__bench.latencies.length')) as number;
    await page.evaluate('window.__bench.armed = true');
    await around(async () => {
      await page.keyboard.press(String(n));
      await page.keyboard.press('Enter');
      await page.waitForFunction(`window.__bench.latencies.length > ${framed}`, null, { polling: 10 });
    });
    await page.waitForFunction(`window.redLines.probe().played > ${before}`, null, {
      polling: 50,
    });
    await waitSettled(page);
    played++;
  }
}

async function main(): Promise<void> {
  const [preview, browser] = await Promise.all([startPreview({ outDir: DIST }), launchChromium()]);
  try {
    const { page, cdp, close } = await throttledPage(browser);
    const load = await profiled(cdp, async () => {
      await page.goto(`${preview.url}?test`);
      await toTable(page, 1);
    });
    print('From navigation to the table’s first frame', [load]);
    await waitSettled(page);
    const plays = await profiled(cdp, () => playCards(page, (play) => play()));
    print(`${PLAYS} card plays, each to its animation settled`, [plays]);
    await close();
    // A new game in a new tab, so that the game is not over before the plays are.
    const fresh = await throttledPage(browser);
    await fresh.page.goto(`${preview.url}?test`);
    await toTable(fresh.page, 1);
    await waitSettled(fresh.page);
    const inputs: Profile[] = [];
    await playCards(fresh.page, async (play) => {
      inputs.push(await profiled(fresh.cdp, play));
    });
    print(`The same ${PLAYS} card plays alone: number key and Enter, to Enter's next frame`, inputs);
    await fresh.close();
  } finally {
    await browser.close();
    await preview.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
