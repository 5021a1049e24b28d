/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/** Browser tests: real Chromium against the built game; run one file at a time on two cores. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
