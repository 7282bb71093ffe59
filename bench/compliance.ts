/**
 * Compliance for a city-size tenant (issue 3: ≤ 300 ms to evaluate every obligation for 60
 * agencies and 1,000 applications): read-model assembly (SQL and mapping), the raw SQL alone,
 * the pure evaluation, the presentation, and the whole report end to end, each over N runs.
 * BENCH_RUNS sets N (default 30).
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/server/platform/db/query-rows';
import type { Queryable } from '../src/server/platform/db/database';
import { regulations } from '../src/regulations/catalogue';
import { conflicts } from '../src/regulations/conflicts';
import { evaluateCompliance } from '../src/regulations/engine';
import { assembleReadModel } from '../src/server/modules/compliance/read-model';
import { evaluateTenant, today } from '../src/server/modules/compliance/evaluate-tenant';
import { presentReport } from '../src/server/modules/compliance/present-report';
import { buildComplianceReport } from '../src/server/modules/compliance/service';
import { generateCityTenant } from './support/generate-city';
import { formatRow, openBenchDatabase, percentile, timeRuns } from './support/bench-database';

const targetMs = 300;

/** The statements the read model runs, as plain SQL, to show how much of assembly is the database. */
async function runRawQueries(db: Queryable, tenantId: string) {
  await queryRows(db, sql`SELECT * FROM tenants WHERE id = ${tenantId}`);
  await queryRows(db, sql`SELECT * FROM tenant_regulations WHERE tenant_id = ${tenantId}`);
  await queryRows(db, sql`SELECT * FROM agencies WHERE tenant_id = ${tenantId} ORDER BY name`);
  await queryRows(db, sql`SELECT tenant_id, id, created_at, updated_at, name, owner_agency_id, operator_agency_id, kind, common_category, business_function, business_function_key, stage, platforms, url, subdomain, hosting, repository_location, licence, copyright_owner, funding_source, sso, ict_office_super_admin, has_certificate, certificate_expires_at, last_service_evaluation_at, duplicate_justification, specific_conditions, recommendation_ref, status, retired_at, retired_reason FROM applications WHERE tenant_id = ${tenantId}`);
  await queryRows(db, sql`SELECT application_id, array_agg(code ORDER BY code), array_agg((file_id IS NOT NULL OR delivered_at IS NOT NULL) ORDER BY code) FROM application_documents WHERE tenant_id = ${tenantId} GROUP BY application_id`);
}

export async function runBenchmark() {
  const runs = Number(process.env.BENCH_RUNS ?? 30);
  const { database, label, drop } = await openBenchDatabase();
  try {
    const { db } = database;
    const city = await generateCityTenant(db, { agencyCount: 60, applicationCount: 1000 });
    const asOf = today();
    const sample = await evaluateTenant(db, city.tenantId, asOf);
    const measured = sample.results.filter((r) => r.result.status !== 'not_measurable').length;
    console.log(`${label}; ${city.agencies} agencies, ${city.applications} applications, ${city.handoverDocuments} handover documents`);
    console.log(`${sample.results.length} obligations in force on ${asOf} (${sample.inForce.join(', ')}), ${measured} measurable; ${runs} runs after 3 warm-up runs`);

    for (let i = 0; i < 3; i++) await buildComplianceReport(db, { tenantId: city.tenantId, date: asOf, locale: 'id' });
    const { profile, model } = await assembleReadModel(db, city.tenantId, asOf);
    const rows = [
      ['raw SQL (5 statements)', await timeRuns(runs, () => runRawQueries(db, city.tenantId))],
      ['read-model assembly (SQL + mapping)', await timeRuns(runs, () => assembleReadModel(db, city.tenantId, asOf))],
      // a fresh copy each run: the checks cache per read model object
      ['pure evaluation (every obligation)', await timeRuns(runs, () => evaluateCompliance({ profile, model: { ...model }, regulations, conflicts }))],
      ['presentation (summaries, messages)', await timeRuns(runs, () => presentReport(sample, 'id', null))],
      ['end to end (report)', await timeRuns(runs, () => buildComplianceReport(db, { tenantId: city.tenantId, date: asOf, locale: 'id' }))],
    ] as const;
    console.log(`${'ms'.padEnd(34)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}`);
    for (const [name, times] of rows) console.log(formatRow(name, times));
    const endToEnd = rows[rows.length - 1][1];
    const p95 = percentile(endToEnd, 95);
    console.log(`target ≤ ${targetMs} ms end to end: ${p95 <= targetMs ? 'met' : 'NOT met'} (p95 ${p95.toFixed(1)} ms)`);
  } finally {
    await drop();
  }
}
