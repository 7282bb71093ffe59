import { defineConfig } from 'vitest/config';

// Pure rule tests live beside the code (src/**/*.test.ts); database, HTTP and browser
// tests live in test/. scripts/test.mjs runs the database projects on PGlite and on the
// PostgreSQL server.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
