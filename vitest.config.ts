import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 240_000, // a ceiling for hung tests, not a speed target: HTTP and browser tests share 2 cores with the whole suite
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
