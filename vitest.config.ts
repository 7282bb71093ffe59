import { defineConfig } from 'vitest/config';

// Pure rule tests live beside the code (src/**/*.test.ts); database, HTTP and browser tests
// live in test/. scripts/test.mjs runs everything on PGlite, then the database tests again on
// the PostgreSQL server (TEST_DB=pg), and prints one "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
