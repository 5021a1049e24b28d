/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * Server tests: real server processes, Redis and PostgreSQL, one file at a time so they do not
 * crowd the two cores the other tests share; starting a database cluster can take a while.
 */
export default defineConfig({
  test: {
    include: ['test/server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
