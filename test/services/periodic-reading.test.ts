import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';
import { setPeriodicReadingMonths } from '../../src/server/modules/tenants/settings-service';
import { addPolicyReview, listInternalPolicies, setInternalPolicy } from '../../src/server/modules/internal-policies/service';
import { getComplianceReport, getDueCalendar, getObligationDetail } from '../../src/server/modules/compliance/service';
import { addMonths } from '../../src/regulations/checks/dates';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const today = new Date().toISOString().slice(0, 10);
const policyReview = 'dumai-67-2022/lampiran-I-A-policy-review';

/** A Dumai 67/2022 tenant whose architecture policy was last reviewed eight months ago. */
async function tenantReviewedEightMonthsAgo() {
  const { db } = database;
  const { admin } = await createTestTenant(db, { regulations: [{ regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', effectiveUntil: null }] });
  await setInternalPolicy(db, admin, 'architecture', { title: 'Perwal Arsitektur SPBE', decreeNumber: 'Perwal 12/2022', decreeDate: '2022-08-01' });
  await addPolicyReview(db, admin, 'architecture', { reviewedAt: addMonths(today, -8), summary: 'Direviu, masih sesuai.', followUp: null });
  return admin;
}

describe('the tenant\'s reading of "secara periodik" changes results (Dumai 67/2022 Lampiran BAB II: "direviu dan dievaluasi secara periodik")', () => {
  it('12 months by default: the review eight months ago stands, and the obligation says the period is Simpul\'s reading', async () => {
    const { db } = database;
    const admin = await tenantReviewedEightMonthsAgo();
    const detail = await getObligationDetail(db, admin, policyReview, {});
    expect(detail.status).toBe('met');
    expect(detail.interpretation).toContain('12 bulan');
    expect(detail.interpretation).toContain('bacaan bawaan Simpul');
    expect(detail.attestationValidity).toEqual({ basis: 'interpretation', months: 12 });
    const architecture = (await listInternalPolicies(db, admin)).find((p) => p.code === 'architecture')!;
    expect(architecture.review).toEqual({ state: 'current', dueDate: addMonths(addMonths(today, -8), 12) });
  });

  it('6 months set by the administrator: the same review is overdue on the obligation, the register, the report and the calendar; the page names who set it and when', async () => {
    const { db } = database;
    const admin = await tenantReviewedEightMonthsAgo();
    await setPeriodicReadingMonths(db, admin, 6);
    const dueDate = addMonths(addMonths(today, -8), 6);

    const detail = await getObligationDetail(db, admin, policyReview, {});
    expect(detail).toMatchObject({ status: 'not_met', missing: [expect.objectContaining({ recordId: 'architecture' })] });
    expect(detail.interpretation).toContain('6 bulan');
    expect(detail.interpretation).toContain(`ditetapkan oleh ${admin.actor?.label}`);
    expect(detail.cadence).toBe('Paling sedikit sekali setiap 6 bulan');
    expect(detail.attestationValidity).toEqual({ basis: 'interpretation', months: 6 });

    const architecture = (await listInternalPolicies(db, admin)).find((p) => p.code === 'architecture')!;
    expect(architecture.review).toEqual({ state: 'overdue', dueDate });

    const report = await getComplianceReport(db, admin, {});
    const row = report.regulations.flatMap((r) => r.chapters.flatMap((c) => c.obligations)).find((o) => o.id === policyReview)!;
    expect(row.status).toBe('not_met');
    expect(row.interpretation).toContain('6 bulan');

    const calendar = await getDueCalendar(db, admin, { months: 12 });
    expect(calendar.events.some((e) => e.recordId === 'architecture' && e.overdue)).toBe(true);
  });

  it('back to the default (null): the reading and its author are cleared, the review stands again', async () => {
    const { db } = database;
    const admin = await tenantReviewedEightMonthsAgo();
    await setPeriodicReadingMonths(db, admin, 6);
    const cleared = await setPeriodicReadingMonths(db, admin, null);
    expect(cleared).toMatchObject({ periodicReadingMonths: null, periodicReadingSetByName: null, periodicReadingSetAt: null });
    const detail = await getObligationDetail(db, admin, policyReview, {});
    expect(detail.status).toBe('met');
    expect(detail.interpretation).toContain('bacaan bawaan Simpul');
  });

  it('Dumai 67/2022 Lampiran I.C "setiap tahun": the guideline the text gives a period keeps 12 months and shows no interpretation', async () => {
    const { db } = database;
    const admin = await tenantReviewedEightMonthsAgo();
    await setPeriodicReadingMonths(db, admin, 6);
    const detail = await getObligationDetail(db, admin, 'dumai-67-2022/lampiran-I-C-guideline-review', {});
    expect(detail.interpretation).toBeNull();
    expect(detail.cadence).toBe('Paling sedikit sekali setiap 12 bulan');
  });
});
