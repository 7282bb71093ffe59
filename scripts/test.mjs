#!/usr/bin/env node
// The whole test suite, as `npm test` and CI run it:
//   1. typecheck, and build the web app (the browser tests drive the built app in Debian's Chromium);
//   2. every test (unit, service, HTTP, browser) on embedded PGlite;
//   3. the database tests (test/services, test/http) again on the PostgreSQL server, when one
//      is reachable at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
//   4. the process layer (test/process, vitest.process.config.ts): Simpul started as users start
//      it (`npm run demo`, then `npm start`), once on PGlite and once on the PostgreSQL server;
//   5. one closing line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'simpul-results-'));
const totals = { passed: 0, failed: 0 };
// the names of what failed, printed again just above the closing line: a CI log keeps only its tail
const failures = [];
let broken = false;

function run(label, args, env) {
  const out = join(dir, `${label}.json`);
  console.log(`\n=== ${label} ===`);
  const res = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (!existsSync(out)) {
    console.error(`${label}: the test run produced no report (exit ${res.status})`);
    failures.push(`${label}: produced no report (exit ${res.status})`);
    broken = true;
    totals.failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // a file that failed to load counts as a failure even though no test in it ran
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  totals.failed += brokenFiles.length;
  for (const file of report.testResults) {
    const where = file.name.replace(process.cwd() + '/', '');
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${label}: ${where} (did not load)`);
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(`${label}: ${where} › ${test.fullName}`);
    }
  }
  // an error outside every test (a global setup that failed, an unhandled rejection) fails the
  // layer even when no test did: count it, and name it, so the closing line never says 0 failed
  if (res.status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) {
    totals.failed++;
    failures.push(`${label}: ended with exit ${res.status} outside any test (${report.numTotalTests} tests ran; see the "Unhandled Error" above)`);
  }
}

async function postgresReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

console.log('=== typecheck ===');
const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.error('typecheck failed');
  failures.push('typecheck failed');
  totals.failed++;
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('web build failed');
  failures.push('web build failed');
  broken = true;
  totals.failed++;
}

run('pglite', extra, { TEST_DB: 'pglite' });

const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgReachable = await postgresReachable(pgUrl);
if (pgReachable) run('postgres', ['test/services', 'test/http', ...extra], { TEST_DB: 'pg', DATABASE_URL: pgUrl });

// one server per database kind, shared by the layer's files; a file filter in `extra` may match none of them
const processLayer = ['--config', 'vitest.process.config.ts', '--passWithNoTests', ...extra];
run('process-pglite', processLayer, { TEST_DB: 'pglite' });
if (pgReachable) run('process-postgres', processLayer, { TEST_DB: 'pg', DATABASE_URL: pgUrl });

if (!pgReachable && process.env.CI) {
  console.error(`PostgreSQL is not reachable at ${pgUrl}; CI requires it`);
  totals.failed++;
} else if (!pgReachable) {
  console.log(`\n(PostgreSQL not reachable at ${pgUrl}: database and process tests ran on PGlite only)`);
}

if (failures.length > 0) {
  console.log('\nFailed:');
  for (const failure of failures) console.log(`  ${failure}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
