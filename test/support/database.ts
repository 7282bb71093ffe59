import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/server/platform/db/database';

/** The database for one test file: its own PGlite copy, or the run's PostgreSQL database. */
export async function openTestDatabase(): Promise<Database> {
  const url = inject('testDatabaseUrl');
  if (url) return openPostgres(url, 4);
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  return openPglite(undefined, new Blob([snapshot]));
}

export const databaseKind = () => (inject('testDatabaseUrl') ? 'postgres' : 'pglite');
