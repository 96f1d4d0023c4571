import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 90_000, // browser tests under full-suite load on 2 cores; unit tests finish in milliseconds
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
