import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { addPolicyReview, listInternalPolicies, setInternalPolicy } from '../../src/server/modules/internal-policies/service';
import { internalPoliciesSection } from '../../src/server/modules/internal-policies/compliance-section';
import { getOverview, recordWarning, setSchedule, submitReport } from '../../src/server/modules/periodic-reports/service';
import { periodicReportsSection } from '../../src/server/modules/periodic-reports/compliance-section';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { findEntityHistory } from '../../src/server/modules/audit-trail/service';
import { addMonths } from '../../src/regulations/checks/dates';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const store = createDiskFileStore(mkdtempSync(join(tmpdir(), 'simpul-evidence-')));
const pdf = { content: Buffer.from('%PDF-1.4\n% laporan\n'), fileName: 'laporan.pdf', mimeType: 'application/pdf' };

describe('internal policy register (Dumai 67/2022 Lampiran BAB II.A–J)', () => {
  it('Dumai 67/2022 Lampiran: lists the ten policies and five documents, with review due dates from the decree and the latest review', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const before = await listInternalPolicies(db, admin, '2026-05-01');
    expect(before).toHaveLength(15);
    expect(before.filter((p) => p.kind === 'policy').map((p) => [p.code, p.indicator])).toEqual([
      ['architecture', 1], ['roadmap', 2], ['data_management', 3], ['application_development', 4], ['data_center', 5],
      ['intranet', 6], ['integration_service', 7], ['information_security', 8], ['ict_audit', 9], ['coordination_team', 10],
    ]);
    expect(before[0].review).toEqual({ state: 'not_enacted', dueDate: null });

    await setInternalPolicy(db, admin, 'architecture', { title: 'Perwal Arsitektur SPBE', decreeNumber: 'Perwal 12/2024', decreeDate: '2024-03-01' });
    const enacted = (await listInternalPolicies(db, admin, '2026-05-01')).find((p) => p.code === 'architecture')!;
    expect(enacted.review).toEqual({ state: 'overdue', dueDate: '2025-03-01' });

    await addPolicyReview(db, admin, 'architecture', { reviewedAt: '2026-04-20', summary: 'Direviu; referensi arsitektur diperbarui', followUp: 'Perwal perubahan' });
    const reviewed = (await listInternalPolicies(db, admin, '2026-05-01')).find((p) => p.code === 'architecture')!;
    expect(reviewed.review).toEqual({ state: 'current', dueDate: '2027-04-20' });
    expect(reviewed.reviews).toMatchObject([{ reviewedAt: '2026-04-20', followUp: 'Perwal perubahan' }]);
    await expect(addPolicyReview(db, admin, 'architecture', { reviewedAt: '2023-01-01', summary: 'terlalu awal', followUp: null })).rejects.toMatchObject({ code: 'INTERNAL_POLICY_REVIEW_BEFORE_DECREE' });
    await expect(addPolicyReview(db, admin, 'roadmap', { reviewedAt: '2026-01-01', summary: 'belum ada', followUp: null })).rejects.toMatchObject({ code: 'INTERNAL_POLICY_NOT_RECORDED' });

    expect(await internalPoliciesSection.load(db, { tenantId, asOf: '2026-05-01' })).toEqual([{ code: 'architecture', decreeRef: 'Perwal 12/2024', enactedAt: '2024-03-01', lastReviewedAt: '2026-04-20' }]);
    const history = await findEntityHistory(db, tenantId, 'internalPolicy', reviewed.id!);
    expect(history.map((h) => h.action)).toEqual(['internalPolicy.review', 'internalPolicy.set']);
  });

  it('only the ICT office and the Sekda keep the register', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const operator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: agency.id }]);
    await expect(setInternalPolicy(db, operator.ctx, 'roadmap', { title: null, decreeNumber: 'x', decreeDate: '2024-01-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listInternalPolicies(db, operator.ctx))[0].abilities.manage).toBe(false);
  });
});

describe('periodic agency reports (Jambi 10/2017 Ps 22)', () => {
  it('Jambi 10/2017 Ps 22(3): an agency that did not report after the deadline is listed, and the teguran is recorded and audited', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const reporting = await createTestAgency(db, admin);
    const silent = await createTestAgency(db, admin);
    const operator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: reporting.id }]);
    const today = new Date().toISOString().slice(0, 10);
    const startsOn = addMonths(today, -12);
    const overview = await setSchedule(db, admin, { periodMonths: 3, deadlineDays: 15, startsOn });
    const first = overview.periods[0];
    expect(overview.periods.length).toBeGreaterThanOrEqual(4);

    await submitReport(db, operator.ctx, store, { agencyId: reporting.id, periodStart: first.start, notes: 'Triwulan I' }, pdf);
    await expect(submitReport(db, operator.ctx, store, { agencyId: silent.id, periodStart: first.start, notes: null }, pdf)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitReport(db, operator.ctx, store, { agencyId: reporting.id, periodStart: first.start, notes: null }, pdf)).rejects.toMatchObject({ code: 'PERIODIC_REPORT_EXISTS' });

    const listed = await getOverview(db, admin);
    const missingFirst = listed.missing.filter((m) => m.period.start === first.start);
    expect(missingFirst.map((m) => [m.agencyId, m.warned])).toEqual([[silent.id, false]]);

    await expect(recordWarning(db, operator.ctx, { agencyId: silent.id, periodStart: first.start, number: '1', issuedOn: today, text: 'Teguran' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordWarning(db, admin, { agencyId: reporting.id, periodStart: first.start, number: '1', issuedOn: today, text: 'Teguran' })).rejects.toMatchObject({ code: 'PERIODIC_REPORT_WAS_SUBMITTED' });
    const warned = await recordWarning(db, admin, { agencyId: silent.id, periodStart: first.start, number: '800/45/Diskominfo', issuedOn: today, text: 'Teguran atas laporan triwulan yang tidak disampaikan' });
    expect(warned.warnings).toMatchObject([{ agencyId: silent.id, periodStart: first.start, number: '800/45/Diskominfo' }]);
    expect(warned.missing.find((m) => m.agencyId === silent.id && m.period.start === first.start)?.warned).toBe(true);
    await expect(recordWarning(db, admin, { agencyId: silent.id, periodStart: first.start, number: '2', issuedOn: today, text: 'Lagi' })).rejects.toMatchObject({ code: 'PERIODIC_REPORT_ALREADY_WARNED' });
    const current = warned.periods[warned.periods.length - 1];
    await expect(recordWarning(db, admin, { agencyId: silent.id, periodStart: current.start, number: '3', issuedOn: today, text: 'Terlalu dini' })).rejects.toMatchObject({ code: 'PERIODIC_REPORT_NOT_DUE' });

    const history = await findEntityHistory(db, tenantId, 'periodicReportWarning', warned.warnings[0].id);
    expect(history).toMatchObject([{ action: 'periodicReport.warn', after: { agencyId: silent.id, number: '800/45/Diskominfo' } }]);

    // an agency sees only its own reports and gaps
    const own = await getOverview(db, operator.ctx);
    expect(new Set(own.missing.map((m) => m.agencyId))).toEqual(new Set([reporting.id]));
    expect(own.warnings).toEqual([]);

    const section = await periodicReportsSection.load(db, { tenantId, asOf: today });
    expect(section?.find((r) => r.agencyId === reporting.id && r.periodEnd === first.end)?.submittedAt).not.toBeNull();
    expect(section?.find((r) => r.agencyId === silent.id && r.periodEnd === first.end)?.submittedAt).toBeNull();
  });
});
