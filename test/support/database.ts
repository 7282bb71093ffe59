import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres, type Database } from '../../src/server/platform/db/database';

/** The database for one test file: its own PGlite copy, or the run's PostgreSQL database. */
export async function openTestDatabase(): Promise<Database> {
  const url = inject('testDatabaseUrl');
  if (url) return openPostgres(url, 4);
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  return openPglite(undefined, new Blob([snapshot]));
}

export const databaseKind = () => (inject('testDatabaseUrl') ? 'postgres' : 'pglite');

/**
 * A database with the schema and no tenant at all, for first-run setup: a fresh PGlite copy,
 * or a new PostgreSQL database (dropped on close) since the run's database is shared.
 */
export async function openEmptyDatabase(poolSize = 2): Promise<Database> {
  const url = inject('testDatabaseUrl');
  if (!url) return openTestDatabase();
  const name = `simpul_empty_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), poolSize);
  await migrateDatabase(database);
  return {
    ...database,
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
