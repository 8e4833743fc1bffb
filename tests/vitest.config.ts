import { defineProject } from 'vitest/config';

/** Cross-workspace suites: app package and infra checks, and browser tests in the Teams host simulator. */
export default defineProject({
  test: {
    name: 'tests',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests wait for the state they check (expect.poll, locators), never for a fixed time.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    // Browser suites share one machine of 2 cores; running their files one at a time keeps them steady.
    fileParallelism: false,
  },
});
