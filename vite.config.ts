/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable, offline game: a service worker stores on the device everything a lesson can
 * need, so that after one load the game opens and plays with the network gone.
 *
 * Stored at install (precached): the page, every script chunk (Phaser, the scenarios, the class
 * screens, the debrief, the charts, the PDF maker and its helpers), every stylesheet (the two
 * Hangul font stylesheets among them, which the table imports when a scenario has Hangul), the
 * Latin letters of Noto Sans KR and the icons. The page starts storing only at a quiet moment
 * (src/app/quiet-moment.ts), never while a table loads.
 *
 * Stored on first need: the TrueType Noto Sans KR that every PDF handout embeds (about 6.2 MB,
 * two thirds of the whole): kept in its own cache the first time a PDF is made online, or when
 * the title's "Download the PDF font now" is pressed (src/app/pdf-font-store.ts).
 *
 * Not stored at install: the 240 Hangul letter slices of the web font (woff2, about 3.7 MB, and
 * their woff twins, which Chromium never asks for). The shipped scenario is in English and a
 * team's Hangul name falls back to the device's own Korean font; a Korean scenario played once
 * with the network keeps the slices it showed (cached on first use) for its lessons offline.
 */
const STORED = ['**/*.{html,js,css,svg,png}', 'assets/noto-sans-kr-latin*.woff2'];

/** The cache of the PDF font: src/app/pdf-font-store.ts names the same one. */
const PDF_FONT_CACHE = 'pdf-font';

type Checker = typeof import('./src/engine/scenario-parse') & typeof import('./src/engine/problems');

const CHECKED = /\/scenario\.json\?checked$/;
const source = (name: string) => fileURLToPath(new URL(`./src/engine/${name}.ts`, import.meta.url));

/** The engine's checker, run through Vite's own module runner (the config is loaded before any TypeScript is). */
async function loadChecker(): Promise<Checker> {
  const [parse, problems] = await Promise.all([
    runnerImport<typeof import('./src/engine/scenario-parse')>(source('scenario-parse')),
    runnerImport<typeof import('./src/engine/problems')>(source('problems')),
  ]);
  return { ...parse.module, ...problems.module };
}

/**
 * Checks every bundled scenario when the game is built (and when the dev server or a test loads
 * it), so that the page never needs the scenario schema for them: a module id
 * `…/scenario.json?checked` becomes the scenario as the schema returns it (defaults filled in) and
 * its content warnings, `{ scenario, warnings }`. A broken scenario stops the build with each
 * mistake named by its path. Files and saves opened in the page are still checked there.
 */
function checkedScenarios(): Plugin {
  let checker: Promise<Checker> | null = null;
  return {
    name: 'red-lines:checked-scenarios',
    enforce: 'pre',
    async load(id) {
      if (!CHECKED.test(id)) return null;
      const file = id.replace(/\?checked$/, '');
      this.addWatchFile(file);
      checker ??= loadChecker();
      const { parseScenarioText, formatProblem } = await checker;
      const parsed = parseScenarioText(readFileSync(file, 'utf8'));
      if (!parsed.ok) this.error(`${file}:\n${parsed.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
      // JSON is a JavaScript expression; the module is JavaScript, not JSON, whatever its name says.
      const json = JSON.stringify({ scenario: parsed.value, warnings: parsed.warnings });
      return { code: `export default ${json};`, moduleType: 'js' };
    },
  };
}

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1600 },
  plugins: [
    checkedScenarios(),
    VitePWA({
      // The page decides when a new build takes over (update-flow.ts): never in the middle of a round.
      registerType: 'prompt',
      injectRegister: false,
      // The icons are among the files stored already (STORED); the manifest is added by the plugin.
      includeManifestIcons: false,
      manifest: {
        name: 'Red Lines',
        short_name: 'Red Lines',
        description: 'A tabletop policy simulation for the classroom: decide how far to go, one step at a time.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#10251c',
        theme_color: '#10251c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: STORED,
        // Phaser (1.4 MB) is under Workbox's 2 MiB default; room for it to grow.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first build stored serves the page that stored it at once, so a network that drops
        // before any reload still leaves every part of the game at hand. Later builds wait for
        // the page to let them in (registerType 'prompt').
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: /\/assets\/NotoSansKR_400Regular-[^/]*\.ttf$/,
            handler: 'CacheFirst',
            options: { cacheName: PDF_FONT_CACHE, expiration: { maxEntries: 2 } },
          },
          {
            urlPattern: /\/assets\/noto-sans-kr-\d+-\d+-normal-[^/]*\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'hangul-letters', expiration: { maxEntries: 260 } },
          },
        ],
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/server/**', 'node_modules/**'],
    pool: 'threads',
    testTimeout: 60_000,
  },
});
