import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { extractPdfText } from '../support/pdf-text';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { deliverHandoverDocuments, dumaiRegulations, handoverCodesExcept } from '../../src/server/testing/compliance-factories';
import { assembleReadModel } from '../../src/server/modules/compliance/read-model';
import { getComplianceReport, getDueCalendar, getObligationDetail, loadComplianceExport } from '../../src/server/modules/compliance/service';
import { exportComplianceWorkbook } from '../../src/server/modules/compliance/export-workbook';
import { createTestApp } from '../support/http';
import { verifySignedPdf } from '../../src/server/platform/documents/verify-pdf';
import { exportCompliancePdf } from '../../src/server/modules/compliance/export-pdf';
import { updateTenantProfile } from '../../src/server/modules/tenants/service';
import type { ComplianceReport } from '../../src/shared/compliance';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const sourceCodeObligation = 'dumai-18-2019/13-5-b';

function findRow(report: ComplianceReport, id: string) {
  return report.regulations.flatMap((r) => r.chapters.flatMap((c) => c.obligations)).find((o) => o.id === id);
}

/** A Dumai tenant under 18/2019 with an ICT office and one agency whose application lacks its source code. */
async function createDumaiTenantWithGap() {
  const { db } = database;
  const tenant = await createTestTenant(db);
  const ict = await createTestAgency(db, tenant.admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
  const health = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
  const app = await createTestApplication(db, tenant.admin, health.id, { name: 'SIMPUS' });
  await deliverHandoverDocuments(db, tenant.admin, app.id, handoverCodesExcept(['dumai-18-2019'], ['source_code']));
  return { ...tenant, ict, health, app };
}

describe('compliance read model', () => {
  it('holds the tenant, its agencies and each application with its handover checklist', async () => {
    const { db } = database;
    const { tenantId, ict, health, app } = await createDumaiTenantWithGap();
    const { model, profile } = await assembleReadModel(db, tenantId, '2024-01-15');
    expect(profile.entries.map((e) => e.regulation)).toEqual(['dumai-18-2019']);
    expect(model.asOf).toBe('2024-01-15');
    expect(model.tenant.id).toBe(tenantId);
    expect(model.agencies.map((a) => a.id).sort()).toEqual([ict.id, health.id].sort());
    expect(model.agencies.find((a) => a.id === ict.id)?.specialRoles).toEqual(['ict_office']);
    expect(model.applications).toHaveLength(1);
    const read = model.applications?.[0];
    expect(read).toMatchObject({ id: app.id, name: 'SIMPUS', ownerAgencyId: health.id, stage: 'system_implementation', status: 'active' });
    const present = read?.handoverDocuments.filter((d) => d.present).map((d) => d.code).sort();
    expect(present).toEqual(handoverCodesExcept(['dumai-18-2019'], ['source_code']).sort());
    // Dumai 18/2019 Ps 13(5): the documents its handover asks for
    expect(model.params.requiredHandoverDocuments).toContain('source_code');
  });
});

describe('compliance evaluation', () => {
  it('Dumai 18/2019 Ps 13(5) huruf b: an application handed over without its source code is not met until the document is delivered', async () => {
    const { db } = database;
    const { admin, app, health } = await createDumaiTenantWithGap();
    const before = await getComplianceReport(db, admin, { date: '2024-01-15' });
    expect(findRow(before, sourceCodeObligation)).toMatchObject({ status: 'not_met', findings: 1 });
    const agency = before.agencies.find((a) => a.agencyId === health.id);
    expect(agency?.notMet.map((g) => g.obligationId)).toContain(sourceCodeObligation);
    const detail = await getObligationDetail(db, admin, sourceCodeObligation, { date: '2024-01-15' });
    expect(detail.missing).toEqual([expect.objectContaining({ recordType: 'application', recordId: app.id, agencyName: 'Dinas Kesehatan' })]);
    expect(detail.missing[0].message).toContain('SIMPUS');
    // the code is shown as its label, not as source_code
    expect(detail.missing[0].message).not.toContain('source_code');
    expect(detail.remedy).toBeTruthy();

    await deliverHandoverDocuments(db, admin, app.id, ['source_code']);
    const after = await getComplianceReport(db, admin, { date: '2024-01-15' });
    expect(findRow(after, sourceCodeObligation)?.status).toBe('met');
  });

  it('Dumai 67/2022 Ps 34: a Dumai tenant follows 18/2019 on 30 June 2022 and 67/2022 from 1 July 2022', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, { regulations: dumaiRegulations });
    const june = await getComplianceReport(db, admin, { date: '2022-06-30' });
    const july = await getComplianceReport(db, admin, { date: '2022-07-01' });
    expect(june.regulationsInForce.map((r) => r.id)).toEqual(['dumai-18-2019']);
    expect(june.regulations.map((r) => r.regulation)).toEqual(['dumai-18-2019']);
    expect(july.regulationsInForce.map((r) => r.id)).toEqual(['dumai-67-2022']);
    expect(july.regulations.map((r) => r.regulation)).toEqual(['dumai-67-2022']);
    expect(findRow(july, sourceCodeObligation)).toBeUndefined();
    const detail = await getObligationDetail(db, admin, sourceCodeObligation, { date: '2022-07-01' });
    expect(detail).toMatchObject({ inForce: false, status: null });
  });

  it('follows the tenant profile as soon as it is changed', async () => {
    const { db } = database;
    const { admin, input } = await createTestTenant(db);
    expect((await getComplianceReport(db, admin, { date: '2024-01-15' })).regulationsInForce.map((r) => r.id)).toEqual(['dumai-18-2019']);
    await updateTenantProfile(db, admin, {
      name: input.name,
      kind: input.kind,
      regionCode: input.regionCode,
      primaryDomain: 'palukota.go.id',
      regulations: [{ regulation: 'palu-14-2022', effectiveFrom: '2022-03-01', effectiveUntil: null }],
    });
    const report = await getComplianceReport(db, admin, { date: '2024-01-15' });
    expect(report.regulationsInForce.map((r) => r.id)).toEqual(['palu-14-2022']);
  });

  it('Dumai 67/2022 Ps 31(3) and Lampiran I huruf I: the obligation page shows both citations of the audit-cadence conflict', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, { regulations: dumaiRegulations });
    const detail = await getObligationDetail(db, admin, 'dumai-67-2022/31-3', { date: '2024-01-15' });
    expect(detail.conflicts).toHaveLength(1);
    expect(detail.conflicts[0].weaker.citation.label).toBe('Perwako Dumai 67/2022 Pasal 31 ayat (3)');
    expect(detail.conflicts[0].stricter.citation.label).toContain('Lampiran I huruf I');
    expect(detail.conflicts[0].note).not.toBe('reg-dumai-67-2022.conflict.ictAuditCadence');
  });

  it('an agency role sees the tenant-level view but only its own agency’s findings', async () => {
    const { db } = database;
    const { admin, health } = await createDumaiTenantWithGap();
    const school = await createTestAgency(db, admin, { name: 'Dinas Pendidikan' });
    await createTestApplication(db, admin, school.id, { name: 'SIPENDIK' });
    const { ctx: operator } = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: school.id }]);

    const whole = await getObligationDetail(db, admin, sourceCodeObligation, { date: '2024-01-15' });
    expect(whole.missing).toHaveLength(2);
    const scoped = await getObligationDetail(db, operator, sourceCodeObligation, { date: '2024-01-15' });
    expect(scoped.status).toBe('not_met');
    expect(scoped.missing.map((f) => f.agencyId)).toEqual([school.id]);
    expect(scoped.hiddenFindings).toBe(1);

    const report = await getComplianceReport(db, operator, { date: '2024-01-15' });
    expect(report.agencyScope).toEqual([school.id]);
    expect(report.agencies.map((a) => a.agencyId)).toEqual([school.id]);
    expect(findRow(report, sourceCodeObligation)).toMatchObject({ findings: 1, hiddenFindings: 1 });
    expect(JSON.stringify(report)).not.toContain(health.id);
  });

  it('Dumai 18/2019 Ps 17(1): the calendar shows a certificate expiring within 12 months, with its application', async () => {
    const { db } = database;
    const { admin, health } = await createDumaiTenantWithGap();
    await createTestApplication(db, admin, health.id, { name: 'E-Sertifikat', hasCertificate: true, certificateExpiresAt: '2024-06-30' });
    const calendar = await getDueCalendar(db, admin, { date: '2024-01-15', months: 12 });
    expect(calendar).toMatchObject({ from: '2024-01-15', until: '2025-01-15' });
    const expiry = calendar.events.find((e) => e.kind === 'certificate_expiry');
    expect(expiry).toMatchObject({ date: '2024-06-30', recordName: 'E-Sertifikat', agencyName: 'Dinas Kesehatan', overdue: false });
    expect(expiry?.citation.label).toBe('Perwako Dumai 18/2019 Pasal 17 ayat (1)');
  });
});

describe('compliance exports', () => {
  it('writes a workbook with a summary, agencies and findings sheet', async () => {
    const { db } = database;
    const { admin } = await createDumaiTenantWithGap();
    const { evaluation, report, scope } = await loadComplianceExport(db, admin, { date: '2024-01-15' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportComplianceWorkbook(evaluation, report, 'id', scope)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Perangkat Daerah', 'Temuan', 'Pernyataan']);
    const summary = wb.getWorksheet('Ringkasan');
    expect(summary?.rowCount).toBe(1 + report.regulations.reduce((n, r) => n + r.chapters.reduce((m, c) => m + c.obligations.length, 0), 0));
    const findings = wb.getWorksheet('Temuan');
    const texts: string[] = [];
    findings?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.some((t) => t.includes('SIMPUS') && t.includes('Pasal 13 ayat (5) huruf b'))).toBe(true);
  });

  it('writes a signed PDF report naming the tenant, the regulation and the unmet handover obligation', async () => {
    const { db } = database;
    const { admin, input } = await createDumaiTenantWithGap();
    const { report } = await loadComplianceExport(db, admin, { date: '2024-01-15' });
    const { deps } = createTestApp(db);
    const pdf = await exportCompliancePdf(db, deps, admin, report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(verifySignedPdf(pdf)).toMatchObject({ signed: true, valid: true, signer: input.name });
    const text = extractPdfText(pdf);
    expect(text).toContain('Laporan Kepatuhan Regulasi SPBE');
    expect(text).toContain(input.name.slice(0, 20));
    expect(text).toContain('Perwako Dumai 18/2019');
    expect(text).toContain('Lengkapi dokumen serah terima');
  });
});
