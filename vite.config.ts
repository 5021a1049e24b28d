/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1600 },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/server/**', 'node_modules/**'],
    pool: 'threads',
    testTimeout: 60_000,
  },
});
