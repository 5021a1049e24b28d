/**
 * `npm run icons`: renders the installable app's PNG icons from the SVGs drawn for the game
 * (`public/icon.svg`, and `public/icon-maskable.svg` whose emblem stays inside the central
 * circle a launcher may crop to), in headless Chromium, so every icon comes from one drawing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, ROOT } from '../src/cli/chromium';

const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // Home screens that round the corners themselves take a square, opaque icon.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const icon of ICONS) {
      const context = await browser.newContext({ viewport: { width: icon.size, height: icon.size } });
      const page = await context.newPage();
      const svg = readFileSync(`${ROOT}public/${icon.svg}`, 'utf8');
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`,
      );
      writeFileSync(`${ROOT}public/${icon.png}`, await page.screenshot({ omitBackground: true }));
      await context.close();
      process.stdout.write(`public/${icon.png} (${icon.size}×${icon.size})\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
