/**
 * What every browser test file shares: the built game served by `vite preview` and Chromium
 * (from src/cli/chromium.ts, which `bench:web` uses too), pages with their errors collected.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export { CHROMIUM_ARGS, launchChromium, type Preview, ROOT, startPreview } from '../../../src/cli/chromium';

export const FIXTURE = fileURLToPath(new URL('../../fixtures/northsea-2031/scenario.json', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;

export interface PageOptions {
  size?: { width: number; height: number };
  /** Start with calm animations (the player's setting): tests that do not look at motion run faster. */
  calm?: boolean;
  /** 'block': a browser that cannot store the game (no service worker), to see what fails without it. */
  serviceWorkers?: 'allow' | 'block';
}

/** A page in a fresh context, with page errors collected for the test to check. */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.size ?? VIEWPORTS.laptop,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  if (options.calm)
    await context.addInitScript(() =>
      localStorage.setItem('red-lines.settings', JSON.stringify({ textSize: 'normal', calm: true })),
    );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return `${SCREENSHOTS}${name}.png`;
}

/** Screenshots the page at the laptop's size, then the projector's (`<name>-1366x768`, `<name>-1920x1080`), and leaves it at the laptop's. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`${name}-1366x768`) });
  await page.setViewportSize(VIEWPORTS.projector);
  await page.screenshot({ path: screenshotPath(`${name}-1920x1080`) });
  await page.setViewportSize(VIEWPORTS.laptop);
}
