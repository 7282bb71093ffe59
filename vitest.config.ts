import { configDefaults, defineConfig } from 'vitest/config';

// Pure rule tests live beside the code (src/**/*.test.ts); database, HTTP and browser tests
// live in test/. scripts/test.mjs runs everything on PGlite, then the database tests again on
// the PostgreSQL server (TEST_DB=pg), then the process layer on both, and prints one
// "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the process layer has its own config (vitest.process.config.ts): it starts Simpul itself
    exclude: [...configDefaults.exclude, 'test/process/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
