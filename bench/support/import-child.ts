/**
 * One Excel import in a process of its own, so its memory is not mixed with the benchmark's
 * (the export before it leaves the parent's RSS high): opens the database as the server does
 * (PGlite in a data directory on disk, or a throwaway PostgreSQL database with DATABASE_URL),
 * builds the asset city, then validates (commit=false) the workbook at argv[2] with a row report.
 * Prints one JSON line: wall time, RSS before, peak RSS sampled every 10 ms, and the process's
 * max RSS as the kernel counts it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openPglite, type Database } from '../../src/server/platform/db/database';
import { importIctAssets } from '../../src/server/modules/ict-assets/import-export';
import { actorOf, contextFor } from '../../src/server/testing/factories';
import { generateAssetCity } from './generate-assets';
import { openBenchDatabase } from './bench-database';

const [file, assets] = process.argv.slice(2);
const dir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'simpul-bench-'));
let database: Database;
let drop: () => Promise<void>;
if (dir) {
  database = await openPglite(join(dir, 'db'));
  await migrateDatabase(database);
  drop = () => database.close();
} else {
  ({ database, drop } = await openBenchDatabase());
}
try {
  const city = await generateAssetCity(database.db, { agencyCount: 60, assetCount: Number(assets) });
  const admin = contextFor(city.tenantId, await actorOf(database.db, city.tenantId, city.adminUserId));
  const content = readFileSync(file);
  const limits = { maxRows: 100_000, maxUncompressedBytes: 1024 * 1_048_576, timeoutMs: 600_000 };
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const report = await importIctAssets(database.db, admin, content, false, limits);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { total, valid, invalid, created, updated, unchanged } = report;
  process.stdout.write(`${JSON.stringify({ seconds, beforeMb: before / 1_048_576, peakMb: peak / 1_048_576, maxRssMb: process.resourceUsage().maxRSS / 1024, report: { total, valid, invalid, created, updated, unchanged, rows: report.rows.length } })}\n`);
} finally {
  await drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
