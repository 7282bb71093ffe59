import { defineConfig } from 'vitest/config';

// The process layer (test/process/): tests against Simpul started as users start it
// (`npm run demo`, then `npm start` as a child process), one process per run shared by the
// layer's files. scripts/test.mjs runs it on PGlite and again on PostgreSQL (TEST_DB=pg).
export default defineConfig({
  test: {
    include: ['test/process/**/*.test.ts'],
    globalSetup: ['test/process/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
