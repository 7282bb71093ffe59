import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema, read, and committed. drizzle-kit never
// emits CREATE EXTENSION, so 0000 is a custom migration that creates pg_trgm (STACK.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
});
