import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { loadConfig } from '../../src/server/platform/config';
import { roles } from '../../src/server/platform/policy/roles';
import { createTestAgency, createTestApplication, createTestTenant } from '../../src/server/testing/factories';
import { loadDemo, type LoadDemoResult } from '../../src/server/demo/load-demo';
import { listTenantTablesInDeleteOrder } from '../../src/server/demo/remove-demo-tenants';

let database: Database;
let first: Extract<LoadDemoResult, { status: 'loaded' }>;
const today = '2026-03-02';
const dataDir = mkdtempSync(join(tmpdir(), 'simpul-demo-'));
const deps = { config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), files: createDiskFileStore(join(dataDir, 'files')) };

beforeAll(async () => {
  database = await openTestDatabase();
  const result = await loadDemo(database.db, { reset: true, deps, today });
  if (result.status !== 'loaded') throw new Error('the demo did not load');
  first = result;
}, 300_000);
afterAll(async () => {
  await database.close();
});

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(database.db, query))[0];

describe('demo tenant', () => {
  it('is marked as demo, named [DEMO], with the Dumai regulation profile', async () => {
    const tenant = await one<{ is_demo: boolean; name: string; region_code: string; primary_domain: string }>(
      sql`SELECT is_demo, name, region_code, primary_domain FROM tenants WHERE id = ${first.tenantId}`,
    );
    expect(tenant).toEqual({ is_demo: true, name: '[DEMO] Pemerintah Kota Dumai', region_code: '14.72', primary_domain: 'dumaikota.go.id' });
    const regs = await queryRows<{ regulation: string; effective_from: string }>(
      database.db,
      sql`SELECT regulation, effective_from::text FROM tenant_regulations WHERE tenant_id = ${first.tenantId} ORDER BY effective_from`,
    );
    expect(regs).toEqual([
      { regulation: 'dumai-18-2019', effective_from: '2019-04-29' },
      { regulation: 'dumai-67-2022', effective_from: '2022-07-01' },
    ]);
  });

  it('has at least 35 agencies, every special role, and ICT-self-reliant agencies with a decree', async () => {
    const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM agencies WHERE tenant_id = ${first.tenantId}`);
    expect(n).toBeGreaterThanOrEqual(35);
    const special = await queryRows<{ role: string }>(database.db, sql`SELECT DISTINCT unnest(special_roles) AS role FROM agencies WHERE tenant_id = ${first.tenantId}`);
    expect(special.map((r) => r.role)).toEqual(
      expect.arrayContaining(['inspectorate', 'planning_office', 'asset_office', 'hr_office', 'ict_office', 'regional_secretariat', 'organisation_bureau']),
    );
    const selfReliant = await queryRows<{ decree: string }>(
      database.db,
      sql`SELECT ict_self_reliance_decree AS decree FROM agencies WHERE tenant_id = ${first.tenantId} AND ict_self_reliant`,
    );
    expect(selfReliant.length).toBeGreaterThanOrEqual(1);
    expect(selfReliant.every((a) => a.decree.length > 0)).toBe(true);
    const { subUnits } = await one<{ subUnits: number }>(sql`SELECT count(*)::int AS "subUnits" FROM agencies WHERE tenant_id = ${first.tenantId} AND parent_id IS NOT NULL`);
    expect(subUnits).toBeGreaterThanOrEqual(5);
  });

  it('gives every role to at least one person, named by office, on the city domain', async () => {
    const held = await queryRows<{ role: string }>(database.db, sql`SELECT DISTINCT role FROM role_assignments WHERE tenant_id = ${first.tenantId}`);
    expect(held.map((r) => r.role).sort()).toEqual([...roles].sort());
    const users = await queryRows<{ email: string; name: string }>(database.db, sql`SELECT email, name FROM users WHERE tenant_id = ${first.tenantId}`);
    expect(users.every((u) => u.email.endsWith('@dumaikota.go.id'))).toBe(true);
    expect(users.map((u) => u.name)).toEqual(expect.arrayContaining(['Sekretaris Daerah', 'Operator Dinas Kesehatan', 'Kepala Dinas Kesehatan']));
    expect(first.accounts.length).toBe(users.length);
  });

  it('prints one random password that opens every account, and a new one on every run', async () => {
    expect(first.password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const { verifyPassword } = await import('../../src/server/modules/people/passwords');
    const { hash } = await one<{ hash: string }>(sql`SELECT password_hash AS hash FROM users WHERE tenant_id = ${first.tenantId} AND email = 'sekda@dumaikota.go.id'`);
    expect(await verifyPassword(hash, first.password)).toBe(true);
  });

  it('registers at least 140 applications across at least 25 agencies', async () => {
    const { apps, owners } = await one<{ apps: number; owners: number }>(
      sql`SELECT count(*)::int AS apps, count(DISTINCT owner_agency_id)::int AS owners FROM applications WHERE tenant_id = ${first.tenantId}`,
    );
    expect(apps).toBeGreaterThanOrEqual(140);
    expect(owners).toBeGreaterThanOrEqual(25);
    expect(first.counts.applications).toBe(apps);
  });

  it('Dumai 18/2019 Ps 14(2): holds a second application for the same function, with its justification', async () => {
    const pairs = await queryRows<{ n: number; justified: number }>(
      database.db,
      sql`SELECT count(*)::int AS n, count(duplicate_justification)::int AS justified FROM applications
          WHERE tenant_id = ${first.tenantId} AND status = 'active' GROUP BY owner_agency_id, business_function_key HAVING count(*) > 1`,
    );
    expect(pairs.some((p) => p.justified >= 1)).toBe(true);
  });

  it('Dumai 67/2022 Ps 18(7): holds a specific application in a common category that has a common application', async () => {
    const { n } = await one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM applications s WHERE s.tenant_id = ${first.tenantId} AND s.kind = 'specific' AND s.common_category IS NOT NULL
          AND s.duplicate_justification IS NOT NULL
          AND EXISTS (SELECT 1 FROM applications c WHERE c.tenant_id = s.tenant_id AND c.kind = 'common' AND c.common_category = s.common_category)`,
    );
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('Dumai 18/2019 Ps 14(1), 15(5), 17(1): holds the planned gaps', async () => {
    const gaps = await one<Record<string, number>>(sql`
      SELECT
        count(*) FILTER (WHERE NOT ict_office_super_admin)::int AS "noSuperAdmin",
        count(*) FILTER (WHERE certificate_expires_at < ${today}::date)::int AS expired,
        count(*) FILTER (WHERE certificate_expires_at BETWEEN ${today}::date AND ${today}::date + 30)::int AS expiring,
        count(*) FILTER (WHERE last_service_evaluation_at < ${today}::date - 365)::int AS stale,
        count(*) FILTER (WHERE url IS NOT NULL AND url NOT LIKE '%.dumaikota.go.id%')::int AS outside
      FROM applications WHERE tenant_id = ${first.tenantId} AND status = 'active'`);
    expect(gaps.noSuperAdmin).toBeGreaterThanOrEqual(1);
    expect(gaps.expired).toBeGreaterThanOrEqual(1);
    expect(gaps.expiring).toBeGreaterThanOrEqual(1);
    expect(gaps.stale).toBeGreaterThanOrEqual(1);
    expect(gaps.outside).toBeGreaterThanOrEqual(1);
  });

  it('retires some applications with their reasons, and records handover documents on paper and as PDF', async () => {
    const retired = await queryRows<{ reason: string }>(
      database.db,
      sql`SELECT retired_reason AS reason FROM applications WHERE tenant_id = ${first.tenantId} AND status = 'retired'`,
    );
    expect(retired.length).toBeGreaterThanOrEqual(3);
    expect(retired.every((r) => r.reason.length > 10)).toBe(true);
    const docs = await one<{ paper: number; files: number }>(
      sql`SELECT count(*) FILTER (WHERE file_id IS NULL AND delivered_at IS NOT NULL)::int AS paper, count(file_id)::int AS files
          FROM application_documents WHERE tenant_id = ${first.tenantId}`,
    );
    expect(docs.paper).toBeGreaterThanOrEqual(10);
    expect(docs.files).toBeGreaterThanOrEqual(1);
  });
});

describe('demo loading is safe', () => {
  it('writes through the services: the audit chain verifies intact', async () => {
    const result = await verifyAuditChain(database.db, first.tenantId);
    expect(result.intact).toBe(true);
    expect(result.entries).toBeGreaterThan(first.counts.agencies + first.counts.applications);
  });

  it('refuses a second load without reset and leaves the demo as it is', async () => {
    const result = await loadDemo(database.db, { deps, today });
    expect(result).toEqual({ status: 'exists', tenants: [expect.objectContaining({ name: '[DEMO] Pemerintah Kota Dumai' })] });
    const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM tenants WHERE is_demo`);
    expect(n).toBe(1);
  });

  it('reset replaces the demo tenant with the same records in every module (seeded) and a new password, and leaves every other tenant untouched', async () => {
    const rows = (query: ReturnType<typeof sql>) => queryRows<Record<string, unknown>>(database.db, query);
    // every module's records, without ids and clock times: the seeded part of the demo
    const registry = async (tenantId: string) => ({
      applications: await rows(sql`SELECT name, stage, hosting, certificate_expires_at::text FROM applications WHERE tenant_id = ${tenantId} ORDER BY name`),
      datasets: await rows(sql`SELECT title, publication_status, classification, last_updated_at::text, next_release_at::text FROM datasets WHERE tenant_id = ${tenantId} ORDER BY title`),
      // an XLSX is a zip whose entries carry the time it was written: same content, same size, other bytes
      files: await rows(
        sql`SELECT f.file_name, CASE WHEN f.file_name LIKE '%.xlsx' THEN f.size::text ELSE f.sha256 END AS content
            FROM dataset_resources r JOIN files f ON f.tenant_id = r.tenant_id AND f.id = r.file_id WHERE r.tenant_id = ${tenantId} ORDER BY f.file_name`,
      ),
      subdomains: await rows(sql`SELECT fqdn, status, target FROM subdomains WHERE tenant_id = ${tenantId} ORDER BY fqdn, status`),
      requests: await rows(sql`SELECT number, type, state, title, due_at::text, submitted_at FROM requests WHERE tenant_id = ${tenantId} ORDER BY type, title`),
      indicators: await rows(sql`SELECT c.year, i.indicator_number, i.self_level, i.verified_level FROM evaluation_indicators i JOIN evaluation_cycles c ON c.tenant_id = i.tenant_id AND c.id = i.cycle_id WHERE i.tenant_id = ${tenantId} ORDER BY c.year, i.indicator_number`),
      reports: await rows(sql`SELECT a.code, s.period_start::text, s.submitted_at FROM periodic_report_submissions s JOIN agencies a ON a.tenant_id = s.tenant_id AND a.id = s.agency_id WHERE s.tenant_id = ${tenantId} ORDER BY a.code, s.period_start`),
    });
    const other = await createTestTenant(database.db);
    const agency = await createTestAgency(database.db, other.admin);
    await createTestApplication(database.db, other.admin, agency.id);
    const before = await verifyAuditChain(database.db, other.tenantId);
    const previous = first.tenantId;
    const previousRegistry = await registry(previous);

    const result = await loadDemo(database.db, { reset: true, deps, today });
    if (result.status !== 'loaded') throw new Error('the demo did not reload');
    expect(result.removed).toBe(1);
    expect(result.tenantId).not.toBe(previous);
    expect(await registry(result.tenantId)).toEqual(previousRegistry);
    expect(result.password).not.toBe(first.password);
    for (const table of listTenantTablesInDeleteOrder()) {
      const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = ${previous}`);
      expect(n).toBe(0);
    }
    expect(await verifyAuditChain(database.db, other.tenantId)).toEqual(before);
    const { apps } = await one<{ apps: number }>(sql`SELECT count(*)::int AS apps FROM applications WHERE tenant_id = ${other.tenantId}`);
    expect(apps).toBe(1);
    expect(await verifyAuditChain(database.db, result.tenantId)).toMatchObject({ intact: true });
  }, 300_000);
});
