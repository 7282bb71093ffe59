import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDirectory } from './data-dir-lock';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from '../../db/schema';

export type DB = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];
/** Either the database or an open transaction: named queries accept both. */
export type Queryable = DB | Tx;

export interface Database {
  db: DB;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** the PGlite instance, for tests that snapshot it */
  pglite?: PGlite;
}

export const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** PGlite needs its extensions passed every time a data directory is opened (STACK.md). */
export const pgliteExtensions = { pg_trgm };

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // one process per directory (data-dir-lock.ts); an in-memory database needs no lock
  const release = dataDir ? lockDataDirectory(dataDir) : () => {};
  const client = await PGlite.create({ dataDir, extensions: pgliteExtensions, loadDataDir }).catch((err: unknown) => {
    release();
    throw err;
  });
  const db = drizzlePglite(client, { schema }) as unknown as DB;
  return { db, kind: 'pglite', pglite: client, close: () => client.close().finally(release) };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  const db = drizzlePg(pool, { schema }) as unknown as DB;
  return { db, kind: 'postgres', close: () => pool.end() };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(join(resolve(opts.dataDir), 'db'));
}

/** Versioned SQL migrations, the same folder on both engines. Idempotent. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
  } else {
    await migratePg(database.db as never, { migrationsFolder });
  }
}
