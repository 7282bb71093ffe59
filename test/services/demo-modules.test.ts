import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { loadConfig } from '../../src/server/platform/config';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { actorOf, contextFor } from '../../src/server/testing/factories';
import { listIctAssets } from '../../src/server/modules/ict-assets/service';
import { getReplacementForecast } from '../../src/server/modules/ict-assets/forecast-service';
import { IctAssetListQuery } from '../../src/shared/ict-assets';
import { loadDemo, type LoadDemoResult } from '../../src/server/demo/load-demo';
import { listTenantTablesInDeleteOrder } from '../../src/server/demo/remove-demo-tenants';
import { demoDatasets } from '../../src/server/demo/create-demo-datasets';
import { demoRequests } from '../../src/server/demo/create-demo-requests';
import { listDemoHolidays } from '../../src/server/demo/demo-holidays';
import { readResourceContent } from '../../src/server/modules/datasets/resource-service';
import { searchPublicDatasets } from '../../src/server/modules/open-data/public-queries';
import { listInternalPolicies } from '../../src/server/modules/internal-policies/service';
import { listAttestations } from '../../src/server/modules/attestations/service';
import { getDueCalendar, getObligationDetail } from '../../src/server/modules/compliance/service';
import { getOverview } from '../../src/server/modules/periodic-reports/service';
import { loadWorkingDayCalendar } from '../../src/server/modules/requests/calendar-service';
import { listRequestTypes, deriveRequestTypeParams } from '../../src/workflow/types/index';
import { addWorkingDays, toCalendarDate } from '../../src/workflow/working-days';
import { listApplications } from '../../src/server/modules/applications/service';
import { listDatasets } from '../../src/server/modules/datasets/service';
import { listSubdomains } from '../../src/server/modules/domains/subdomain-service';
import { listRequests } from '../../src/server/modules/requests/inbox-service';
import { listCycles } from '../../src/server/modules/evaluations/service';
import { listNotifications } from '../../src/server/modules/notifications/service';
import { ApplicationListQuery } from '../../src/shared/applications';
import { DatasetListQuery, datasetClassifications, publicationStatuses } from '../../src/shared/datasets';
import { SubdomainListQuery } from '../../src/shared/domains';
import { RequestListQuery } from '../../src/shared/requests';
import { NotificationListQuery } from '../../src/shared/notifications';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { sealedTables } from '../../src/server/db/sealed-tables';

let database: Database;
let demo: Extract<LoadDemoResult, { status: 'loaded' }>;
// a fixed day, so that every assertion about dates is about the same demo
const today = '2026-03-02';
const now = new Date(`${today}T15:00:00+07:00`);
const dataDir = mkdtempSync(join(tmpdir(), 'simpul-demo-modules-'));
const files = createDiskFileStore(join(dataDir, 'files'));

beforeAll(async () => {
  // a database of its own: on PostgreSQL the run's database is shared, and demo.test.ts resets the demo there
  database = await openEmptyDatabase();
  const result = await loadDemo(database.db, { reset: true, deps: { config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), files }, today });
  if (result.status !== 'loaded') throw new Error('the demo did not load');
  demo = result;
}, 300_000);
afterAll(async () => {
  await database.close();
});

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);
const one = async <T>(query: ReturnType<typeof sql>) => (await rows<T>(query))[0];

/** A context to act as one of the demo's accounts, by the local part of its e-mail. */
async function as(mailbox: string) {
  const { id } = await one<{ id: string }>(sql`SELECT id FROM users WHERE tenant_id = ${demo.tenantId} AND email = ${`${mailbox}@dumaikota.go.id`}`);
  return contextFor(demo.tenantId, await actorOf(database.db, demo.tenantId, id, mailbox));
}

/**
 * Tables the demo leaves empty, each with the reason. Every other table of every module must
 * have demo rows: a module that lands without demo data fails this test until the demo fills it.
 */
const exemptTables: Record<string, string> = {
  // a session exists only once someone signs in; the loader signs nobody in
  sessions: 'filled by signing in',
  // the first answers to writes sent over HTTP with an Idempotency-Key; the loader calls the services directly
  idempotency_keys: 'filled by HTTP writes with an Idempotency-Key',
  // a reset link is a live secret sent to a real mailbox; a demo holds none
  password_resets: 'filled when someone asks for a new password by e-mail',
};

describe('every registry of the demo has rows', () => {
  it('each tenant table of the schema holds demo rows, except the listed ones', async () => {
    const empty: string[] = [];
    for (const table of listTenantTablesInDeleteOrder()) {
      const name = getTableConfig(table).name;
      const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = ${demo.tenantId}`);
      if (n === 0 && !(name in exemptTables)) empty.push(name);
    }
    expect(empty).toEqual([]);
  });

  it('names only tables that exist and are really empty in the demo', async () => {
    const names = listTenantTablesInDeleteOrder().map((t) => getTableConfig(t).name);
    for (const name of Object.keys(exemptTables)) {
      expect(names).toContain(name);
      const table = listTenantTablesInDeleteOrder().find((t) => getTableConfig(t).name === name)!;
      const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = ${demo.tenantId}`);
      expect(n, name).toBe(0);
    }
  });
});

describe('demo audit trail', () => {
  // Palu 14/2022 Ps 10(3): every row the demo wrote through the services matches its last audited state
  it('verifies intact: the chain and every sealed business row', async () => {
    const result = await verifyAuditChain(database.db, demo.tenantId);
    expect(result).toMatchObject({ intact: true });
    // the demo is written after every table was sealed: no row is left unjudged
    expect(result).not.toHaveProperty('notYetSealed');
    expect(result.entries).toBeGreaterThan(100);
  });

  // Palu 14/2022 Ps 10(3) "pendeteksian modifikasi": a row of any sealed table edited with SQL is
  // named (the tables sealed since issue 8: teams, exchanges, request parties/steps/attachments,
  // reviews, role grants, settings, the regulation profile, attestations, declarations)
  it.each(Object.values(sealedTables).flat().map((spec) => [spec.name, spec] as const))('names a %s row edited behind the application', async (name, spec) => {
    const [idColumn, tenantColumn] = [sql.identifier(spec.id.name), sql.identifier(spec.tenant.name)];
    const row = await one<{ id: string }>(sql`SELECT ${idColumn}::text AS id FROM ${spec.table} WHERE ${tenantColumn} = ${demo.tenantId} LIMIT 1`);
    expect(row, name).toBeDefined();
    const hasUpdatedAt = getTableConfig(spec.table).columns.some((c) => c.name === 'updated_at');
    // a change no service makes: one second later, or for a table without updated_at its start a day earlier
    const [tamper, undo] = hasUpdatedAt
      ? [sql`updated_at = updated_at + interval '1 second'`, sql`updated_at = updated_at - interval '1 second'`]
      : [sql`effective_from = effective_from - 1`, sql`effective_from = effective_from + 1`];
    const where = sql`${tenantColumn} = ${demo.tenantId} AND ${idColumn}::text = ${row.id}`;
    await database.db.execute(sql`UPDATE ${spec.table} SET ${tamper} WHERE ${where}`);
    try {
      const result = await verifyAuditChain(database.db, demo.tenantId);
      expect(result).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: name, rowId: row.id } });
    } finally {
      await database.db.execute(sql`UPDATE ${spec.table} SET ${undo} WHERE ${where}`);
    }
  });
});

describe('demo data catalogue', () => {
  it('Perpres 39/2019 Ps 21–22: holds datasets in every publication status and every classification, master and reference data', async () => {
    const found = await rows<{ publication_status: string; classification: string; master: boolean; reference: boolean }>(
      sql`SELECT publication_status, classification, is_master_data AS master, is_reference_data AS reference FROM datasets WHERE tenant_id = ${demo.tenantId}`,
    );
    expect(new Set(found.map((d) => d.publication_status))).toEqual(new Set(publicationStatuses));
    expect(new Set(found.map((d) => d.classification))).toEqual(new Set(datasetClassifications));
    expect(found.some((d) => d.master)).toBe(true);
    expect(found.some((d) => d.reference)).toBe(true);
    expect(found.length).toBe(demoDatasets.length);
  });

  it("Perpres 39/2019 Ps 21(1): the steward's review steps are recorded, returns with their notes", async () => {
    const reviews = await rows<{ action: string; notes: string | null }>(sql`SELECT action, notes FROM dataset_reviews WHERE tenant_id = ${demo.tenantId}`);
    expect(new Set(reviews.map((r) => r.action))).toEqual(new Set(['submit', 'publish', 'return', 'retire']));
    expect(reviews.filter((r) => r.action === 'return').every((r) => (r.notes ?? '').length > 10)).toBe(true);
  });

  it('Perpres 39/2019 Ps 9(2) huruf b: published resources are real CSV, XLSX and GeoJSON files with their columns', async () => {
    const resources = await rows<{ dataset_id: string; id: string; format: string }>(
      sql`SELECT r.dataset_id, r.id, r.format FROM dataset_resources r WHERE r.tenant_id = ${demo.tenantId} AND r.kind = 'file'`,
    );
    expect(new Set(resources.map((r) => r.format))).toEqual(new Set(['CSV', 'XLSX', 'GeoJSON']));
    for (const r of resources) {
      const { content } = await readResourceContent(database.db, demo.tenantId, files, r.dataset_id, r.id);
      if (r.format === 'CSV') {
        const [header, first] = content.toString('utf8').split('\r\n');
        expect(header.split(',').length).toBeGreaterThanOrEqual(2);
        expect(first.split(',').length).toBe(header.split(',').length);
      } else if (r.format === 'XLSX') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(content as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.rowCount).toBeGreaterThan(2);
        expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^[a-z_]+$/);
      } else {
        const geo = JSON.parse(content.toString('utf8'));
        expect(geo.type).toBe('FeatureCollection');
        expect(geo.features.length).toBeGreaterThan(0);
      }
    }
  });

  it('Dumai 18/2019 Ps 11(7): the open-data portal lists the published public datasets and nothing else', async () => {
    const portal = await searchPublicDatasets(database.db, demo.tenantId, { limit: 100, offset: 0, downloadUrl: () => '' });
    const { n } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM datasets WHERE tenant_id = ${demo.tenantId} AND publication_status = 'published' AND classification = 'public'`);
    expect(portal.total).toBe(n);
    expect(portal.total).toBeGreaterThanOrEqual(10);
  });
});

describe('demo domain registry', () => {
  it('Dumai 18/2019 Ps 15(5): registers every application address under the city domain as a subdomain of its owner', async () => {
    const missing = await rows<{ name: string }>(sql`
      SELECT a.name FROM applications a WHERE a.tenant_id = ${demo.tenantId} AND a.status = 'active' AND a.subdomain LIKE '%.dumaikota.go.id'
        AND NOT EXISTS (SELECT 1 FROM subdomains s WHERE s.tenant_id = a.tenant_id AND s.application_id = a.id AND s.owner_agency_id = a.owner_agency_id AND s.status = 'active')`);
    expect(missing).toEqual([]);
    const { retired } = await one<{ retired: number }>(sql`SELECT count(*)::int AS retired FROM subdomains WHERE tenant_id = ${demo.tenantId} AND status = 'retired' AND retired_reason IS NOT NULL`);
    expect(retired).toBeGreaterThanOrEqual(1);
  });

  it('Palu 14/2022 Ps 18(3): approved subdomain requests entered the registry, linked to their request', async () => {
    const fromRequests = await rows<{ fqdn: string; state: string }>(
      sql`SELECT s.fqdn, r.state FROM subdomains s JOIN requests r ON r.tenant_id = s.tenant_id AND r.id = s.request_id WHERE s.tenant_id = ${demo.tenantId}`,
    );
    expect(fromRequests.length).toBe(demoRequests.filter((r) => r.type === 'subdomain' && r.events.some((e) => e.event.do === 'step' && typeof e.event.input !== 'function' && e.event.input.transition === 'approve')).length);
    expect(fromRequests.every((s) => s.state === 'approved' && s.fqdn.endsWith('.dumaikota.go.id'))).toBe(true);
  });

  it("Palu 14/2022 Ps 11(2) huruf a: every agency has its official mailbox on the city domain", async () => {
    const { agencies, mailboxes } = await one<{ agencies: number; mailboxes: number }>(sql`
      SELECT (SELECT count(*)::int FROM agencies WHERE tenant_id = ${demo.tenantId}) AS agencies,
             (SELECT count(DISTINCT owner_agency_id)::int FROM mailboxes WHERE tenant_id = ${demo.tenantId} AND status = 'active' AND address LIKE '%@dumaikota.go.id') AS mailboxes`);
    expect(mailboxes).toBe(agencies);
  });
});

describe('demo requests', () => {
  it('Palu 14/2022 Ps 9, 18, 28, 30: every request type reaches every state it declares', async () => {
    const params = deriveRequestTypeParams(['dumai-67-2022'], 'dumaikota.go.id');
    const reached = await rows<{ type: string; state: string }>(sql`SELECT DISTINCT type, state FROM requests WHERE tenant_id = ${demo.tenantId}`);
    for (const def of listRequestTypes(params)) {
      const states = reached.filter((r) => r.type === def.code).map((r) => r.state).sort();
      expect(states, def.code).toEqual(def.states.map((s) => s.code).sort());
    }
  });

  it('UU 30/2014 Ps 53(2): an overdue request is past the deadline the working-day calendar gives its last step, and its people were told', async () => {
    const calendar = await loadWorkingDayCalendar(database.db, demo.tenantId);
    const overdue = await rows<{ id: string; due_at: string; entered: Date; notified: Date | null }>(sql`
      SELECT r.id, r.due_at::text, r.overdue_notified_at AS notified,
        (SELECT max(s.at) FROM request_steps s WHERE s.tenant_id = r.tenant_id AND s.request_id = r.id AND s.to_state = r.state) AS entered
      FROM requests r WHERE r.tenant_id = ${demo.tenantId} AND r.state IN ('submitted', 'recommended') AND r.due_at < ${today}::date`);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    for (const r of overdue) {
      expect(r.due_at).toBe(addWorkingDays(toCalendarDate(new Date(r.entered), calendar.timeZone), 5, calendar));
      expect(r.notified).not.toBeNull();
    }
    expect(demo.counts.overdue).toBe(overdue.length);
    const { told } = await one<{ told: number }>(sql`SELECT count(*)::int AS told FROM notifications WHERE tenant_id = ${demo.tenantId} AND kind = 'request.overdue'`);
    expect(told).toBeGreaterThanOrEqual(overdue.length);
  });

  it('Dumai 18/2019 Ps 16-17: approved and rejected requests carry their signed decision letters', async () => {
    const letters = await rows<{ decision: string; kind: string }>(sql`
      SELECT r.decision, d.kind FROM issued_documents d JOIN requests r ON r.tenant_id = d.tenant_id AND r.id = d.entity_id WHERE d.tenant_id = ${demo.tenantId}`);
    const decisions = letters.filter((l) => l.kind === 'request_decision_letter').map((l) => l.decision);
    expect(new Set(decisions)).toEqual(new Set(['approved', 'rejected']));
    expect(letters.some((l) => l.kind === 'request_letter')).toBe(true);
    expect(letters.length).toBe(demo.counts.letters);
  });

  it('the calendar holds the year’s movable holidays and cuti bersama, and the e-mail outbox the messages the steps caused', async () => {
    const holidays = await rows<{ date: string }>(sql`SELECT date::text FROM holidays WHERE tenant_id = ${demo.tenantId}`);
    expect(holidays.map((h) => h.date).sort()).toEqual(listDemoHolidays(2026).map((h) => h.date).sort());
    const { email } = await one<{ email: number }>(sql`SELECT count(*)::int AS email FROM notification_deliveries WHERE tenant_id = ${demo.tenantId} AND channel = 'email' AND status = 'pending'`);
    expect(email).toBeGreaterThan(0);
  });
});

describe('demo SPBE evaluation', () => {
  it('Dumai 67/2022 Ps 33: this year’s cycle runs on PermenPANRB 8/2026 with teams by decree, some answers verified, some set lower with a note, some still open', async () => {
    const [cycle] = await rows<{ id: string; framework_id: string; status: string }>(sql`SELECT id, framework_id, status FROM evaluation_cycles WHERE tenant_id = ${demo.tenantId} AND year = 2026`);
    expect(cycle).toMatchObject({ framework_id: 'permenpanrb-8-2026', status: 'open' });
    const teams = await rows<{ kind: string; decree_number: string | null; members: number }>(
      sql`SELECT kind, decree_number, cardinality(member_user_ids) AS members FROM evaluation_teams WHERE tenant_id = ${demo.tenantId} AND cycle_id = ${cycle.id}`,
    );
    expect(teams.every((t) => t.decree_number && t.members >= 3)).toBe(true);
    const indicators = await rows<{ agency_id: string | null; self_level: number | null; verification: string | null; verification_note: string | null }>(
      sql`SELECT agency_id, self_level, verification, verification_note FROM evaluation_indicators WHERE tenant_id = ${demo.tenantId} AND cycle_id = ${cycle.id}`,
    );
    expect(indicators.some((i) => i.agency_id === null)).toBe(true);
    expect(indicators.some((i) => i.agency_id && i.self_level === null)).toBe(true);
    expect(indicators.some((i) => i.self_level !== null && i.verification === null)).toBe(true);
    expect(indicators.some((i) => i.verification === 'agreed')).toBe(true);
    expect(indicators.filter((i) => i.verification === 'adjusted').every((i) => (i.verification_note ?? '').length > 10)).toBe(true);
    const states = await rows<{ submission: string | null; verification: string | null }>(sql`SELECT submission, verification FROM evaluation_indicators WHERE tenant_id = ${demo.tenantId} AND cycle_id = ${cycle.id} AND self_level IS NOT NULL`);
    // drafts, answers waiting for the assessors, returned ones and verified ones
    expect(new Set(states.map((i) => i.verification ?? i.submission))).toEqual(new Set(['draft', 'submitted', 'returned', 'agreed', 'adjusted']));
    const exchanges = await rows<{ kind: string; note: string | null }>(sql`SELECT kind, note FROM evaluation_exchanges WHERE tenant_id = ${demo.tenantId} AND cycle_id = ${cycle.id}`);
    expect(new Set(exchanges.map((x) => x.kind))).toEqual(new Set(['submitted', 'returned', 'verified']));
    expect(exchanges.filter((x) => x.kind === 'returned').every((x) => (x.note ?? '').length > 10)).toBe(true);
    const evidence = await rows<{ kind: string; record_type: string | null }>(sql`SELECT kind, record_type FROM evaluation_evidence WHERE tenant_id = ${demo.tenantId} AND cycle_id = ${cycle.id}`);
    expect(new Set(evidence.map((e) => e.record_type ?? e.kind))).toEqual(new Set(['file', 'application', 'internal_policy']));
  });

  it('Dumai 67/2022 Ps 33(6): the two previous years on PermenPANRB 59/2020 are complete and submitted with their result', async () => {
    const past = await rows<{ year: number; framework_id: string; status: string; index: string | null; open: number }>(sql`
      SELECT c.year, c.framework_id, c.status, c.submitted_result->'index'->>'reported' AS index,
        (SELECT count(*)::int FROM evaluation_indicators i WHERE i.tenant_id = c.tenant_id AND i.cycle_id = c.id AND i.verified_level IS NULL) AS open
      FROM evaluation_cycles c WHERE c.tenant_id = ${demo.tenantId} AND c.year < 2026 ORDER BY c.year`);
    expect(past.map((c) => [c.year, c.framework_id, c.status, c.open])).toEqual([
      [2024, 'permenpanrb-59-2020', 'submitted', 0],
      [2025, 'permenpanrb-59-2020', 'submitted', 0],
    ]);
    expect(past.every((c) => c.index !== null)).toBe(true);
  });

  it('the last submitted year has its official results imported (fictional), so the results page compares them', async () => {
    const official = await rows<{ year: number; levels: number; official_index: number | null; predicate: string | null; file_name: string }>(sql`
      SELECT c.year, (SELECT count(*)::int FROM jsonb_object_keys(o.levels)) AS levels, o.official_index, o.predicate, f.file_name
      FROM evaluation_official_results o JOIN evaluation_cycles c ON c.tenant_id = o.tenant_id AND c.id = o.cycle_id
      JOIN files f ON f.tenant_id = o.tenant_id AND f.id = o.file_id
      WHERE o.tenant_id = ${demo.tenantId}`);
    expect(official).toHaveLength(1);
    expect(official[0]).toMatchObject({ year: 2025, levels: 47, file_name: 'hasil-evaluasi-resmi-2025-contoh-fiktif.csv' });
    expect(official[0].official_index).toBeGreaterThan(0);
    expect(official[0].predicate).not.toBeNull();
  });

  it('PermenPANRB 59/2020 indicators 1–10: a level above 1 only where the internal policy was set by the end of that year', async () => {
    const answers = await rows<{ year: number; n: number; level: number; decree_date: string | null }>(sql`
      SELECT c.year, i.indicator_number AS n, i.self_level AS level, p.decree_date::text
      FROM evaluation_indicators i JOIN evaluation_cycles c ON c.tenant_id = i.tenant_id AND c.id = i.cycle_id
      LEFT JOIN internal_policies p ON p.tenant_id = i.tenant_id AND p.code = (ARRAY['architecture','roadmap','data_management','application_development','data_center','intranet','integration_service','information_security','ict_audit','coordination_team'])[i.indicator_number]
      WHERE i.tenant_id = ${demo.tenantId} AND c.framework_id = 'permenpanrb-59-2020' AND i.indicator_number <= 10`);
    expect(answers).toHaveLength(20);
    for (const a of answers) expect(a.level > 1, `${a.year} I${a.n}`).toBe(a.decree_date !== null && a.decree_date <= `${a.year}-12-31`);
  });
});

describe('demo internal policies and periodic reports', () => {
  it('Dumai 67/2022 Lampiran BAB II.A–J: the register shows the documented gaps and no others', async () => {
    const register = await listInternalPolicies(database.db, await as('admin.spbe'), today);
    const state = (s: string) => register.filter((p) => p.review.state === s).map((p) => p.code).sort();
    expect(state('not_enacted')).toEqual(['integration_service', 'integration_service_sop', 'intranet', 'intranet_sop']);
    expect(state('overdue')).toEqual(['application_development_guideline', 'data_center', 'roadmap']);
    expect(state('due_soon')).toEqual(['information_security']);
    expect(register.filter((p) => p.review.state === 'current').every((p) => p.reviews.length > 0)).toBe(true);
    // application development was first reviewed long after its first review fell due: late, then current
    const late = register.find((p) => p.code === 'application_development')!;
    expect(late.reviews[0].reviewedAt > addYear(late.decreeDate!)).toBe(true);
  });

  it('issue 8 §3: attestations in every state; the accepted one makes its obligation attested, the expired one falls due again', async () => {
    const inspector = await as('auditor.inspektorat');
    const { items } = await listAttestations(database.db, inspector, {});
    expect(new Set(items.map((a) => a.state))).toEqual(new Set(['draft', 'submitted', 'returned', 'accepted', 'expired']));
    expect(items.find((a) => a.state === 'returned')?.decisionNote).toBeTruthy();
    // Dumai 67/2022 Ps 15(1): nothing in a registry shows it; the accepted statement does
    expect((await getObligationDetail(database.db, inspector, 'dumai-67-2022/15-1', { date: today })).status).toBe('attested');
    // Dumai 67/2022 Ps 12(3): the statement has expired
    expect((await getObligationDetail(database.db, inspector, 'dumai-67-2022/12-3', { date: today })).status).toBe('not_measurable');
    const calendar = await getDueCalendar(database.db, inspector, { date: today, months: 12 });
    expect(calendar.events.some((e) => e.kind === 'attestation_renewal' && e.obligationId === 'dumai-67-2022/12-3' && e.overdue)).toBe(true);
  });

  it('Jambi 10/2017 Ps 22: reports on time and late, agencies that did not report, and teguran for some of them', async () => {
    const overview = await getOverview(database.db, await as('admin.spbe'), today);
    const deadline = new Map(overview.periods.map((p) => [p.start, p.deadline]));
    const late = overview.submissions.filter((s) => toCalendarDate(new Date(s.submittedAt)) > deadline.get(s.periodStart)!);
    expect(late.length).toBeGreaterThan(0);
    expect(overview.submissions.length - late.length).toBeGreaterThan(late.length);
    expect(overview.missing.some((m) => m.warned)).toBe(true);
    expect(overview.missing.some((m) => !m.warned)).toBe(true);
    expect(overview.warnings.length).toBe(demo.counts.warnings);
    expect(overview.submissions.every((s) => s.receivedAt === null || s.receivedAt > s.submittedAt)).toBe(true);
  });
});

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

describe('demo ICT asset registry', () => {
  it('Dumai 18/2019 Ps 19(5): the forecast has replacements due now and in later years; Ps 20(6) a device from the province; Palu Ps 41(2) disposals', async () => {
    const admin = await as('admin.spbe');
    const forecast = await getReplacementForecast(database.db, admin);
    expect(forecast.totals.overdue.count).toBeGreaterThan(0);
    expect(forecast.totals.byYear.filter((b) => b.count > 0).length).toBeGreaterThan(2);
    expect((await listIctAssets(database.db, admin, IctAssetListQuery.parse({ receivedFrom: 'any' }))).total).toBe(1);
    expect((await listIctAssets(database.db, admin, IctAssetListQuery.parse({ status: 'disposed' }))).total).toBe(2);
    // an agency sees its own devices only
    const operator = await as('operator.dinkes');
    const own = await listIctAssets(database.db, operator, IctAssetListQuery.parse({ pageSize: 200 }));
    expect(new Set(own.items.map((i) => i.agencyName))).toEqual(new Set(['Dinas Kesehatan']));
  });
});

describe('each demo role sees sensible lists', () => {
  const roles = ['admin.spbe', 'operator.dinkes', 'kepala.dinkes', 'sekda', 'perencana.bappeda', 'auditor.inspektorat', 'pemantau.spbe'];
  for (const mailbox of roles) {
    it(`${mailbox}: applications, datasets, subdomains, requests, evaluation cycles, internal policies, periodic reports and ICT assets are not empty`, async () => {
      const ctx = await as(mailbox);
      expect((await listApplications(database.db, ctx, ApplicationListQuery.parse({}))).total).toBeGreaterThan(0);
      expect((await listDatasets(database.db, ctx, DatasetListQuery.parse({}))).total).toBeGreaterThan(0);
      expect((await listSubdomains(database.db, ctx, SubdomainListQuery.parse({}))).total).toBeGreaterThan(0);
      expect((await listRequests(database.db, ctx, RequestListQuery.parse({ box: 'all' }), now)).total).toBeGreaterThan(0);
      expect((await listCycles(database.db, ctx)).length).toBe(3);
      expect((await listInternalPolicies(database.db, ctx, today)).some((p) => p.id)).toBe(true);
      expect((await getOverview(database.db, ctx, today)).submissions.length).toBeGreaterThan(0);
      expect((await listIctAssets(database.db, ctx, IctAssetListQuery.parse({}))).total).toBeGreaterThan(0);
    });
  }

  it('the offices that decide have requests waiting for them, and their notifications say so', async () => {
    for (const mailbox of ['sekda', 'kepala.diskominfo']) {
      const ctx = await as(mailbox);
      expect((await listRequests(database.db, ctx, RequestListQuery.parse({ box: 'to_act' }), now)).total, mailbox).toBeGreaterThan(0);
      expect((await listNotifications(database.db, ctx, NotificationListQuery.parse({}))).total, mailbox).toBeGreaterThan(0);
    }
  });
});
