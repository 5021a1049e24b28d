/** The built game served and Chromium launched for one test file, both stopped after it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type Preview, startPreview } from './browser';

export interface Live {
  readonly preview: Preview;
  readonly browser: Browser;
}

/** Registers the file's set-up and tear-down; the fields are there once `beforeAll` has run. */
export function useBrowser(): Live {
  const live = {} as { preview: Preview; browser: Browser };
  beforeAll(async () => {
    [live.preview, live.browser] = await Promise.all([startPreview(), launchChromium()]);
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.preview?.stop();
  });
  return live;
}
