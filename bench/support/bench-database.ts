import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres, type Database } from '../../src/server/platform/db/database';

/** A fresh, migrated database for one benchmark: PGlite in memory, or a throwaway PostgreSQL database. */
export async function openBenchDatabase(): Promise<{ database: Database; label: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openPglite(undefined);
    await migrateDatabase(database);
    return { database, label: 'PGlite (in memory)', drop: () => database.close() };
  }
  const name = `simpul_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 4);
  await migrateDatabase(database);
  const drop = async () => {
    await database.close();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  return { database, label: `PostgreSQL ${url.host}`, drop };
}

/** Nearest-rank percentile of durations in milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export async function timeRuns(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function formatRow(label: string, sorted: readonly number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(8);
  return `${label.padEnd(34)}${f(percentile(sorted, 50))}${f(percentile(sorted, 95))}${f(percentile(sorted, 99))}`;
}
