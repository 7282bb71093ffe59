import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { AppError } from '../../src/server/platform/errors';
import { buildApplicationInput, createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { createApplication, updateApplication } from '../../src/server/modules/applications/service';
import { findApplicationRules } from '../../src/server/modules/applications/rules-for-tenant';
import { sdlcStagesByRegulation } from '../../src/regulations/sdlc-stages';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const palu = { primaryDomain: 'palukota.go.id', regulations: [{ regulation: 'palu-14-2022' as const, effectiveFrom: '2022-06-01', effectiveUntil: null }] };
const dumaiBoth = {
  regulations: [
    { regulation: 'dumai-18-2019' as const, effectiveFrom: '2019-04-29', effectiveUntil: null },
    { regulation: 'dumai-67-2022' as const, effectiveFrom: '2022-07-01', effectiveUntil: null },
  ],
};
const allFour = { operatedBeforeCommon: true, costBenefitStudy: true, alignedWithCommonProcess: true, ministerConsidered: true };

describe('registry rules follow the regulations in force', () => {
  it('Dumai 18/2019 Ps 14(2): a second application for the same function needs a justification', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const first = await createApplication(db, admin, buildApplicationInput(agency.id, { name: 'SIMPEG Lama', businessFunction: 'Pengelolaan Kepegawaian' }));
    const err = await refusal(createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: '  pengelolaan   KEPEGAWAIAN ' })));
    expect(err).toMatchObject({ code: 'APPLICATION_DUPLICATE_FUNCTION', status: 409, params: { existing: first.name }, fields: { duplicateJustification: 'APPLICATION_DUPLICATE_FUNCTION' } });
    const second = await createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Pengelolaan Kepegawaian', duplicateJustification: 'Masa transisi migrasi data ke SIMPEG baru' }));
    expect(second.duplicateJustification).toBe('Masa transisi migrasi data ke SIMPEG baru');
    // another agency may run an application for the same function
    const other = await createTestAgency(db, admin);
    await expect(createApplication(db, admin, buildApplicationInput(other.id, { businessFunction: 'Pengelolaan Kepegawaian' }))).resolves.toMatchObject({ ownerAgencyId: other.id });
  });

  it('Dumai 18/2019 Ps 14(2) is not enforced for a Pemda whose profile lacks it (Palu only)', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db, palu);
    expect((await findApplicationRules(db, tenantId)).duplicateFunctionRule).toBe(false);
    const agency = await createTestAgency(db, admin);
    await createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Persuratan', stage: 'development' }));
    await expect(createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Persuratan', stage: 'development' }))).resolves.toMatchObject({ businessFunction: 'Persuratan' });
  });

  it('Dumai 67/2022 Ps 34: from 2022-07-01 the revoked Dumai 18/2019 Ps 14(2) and Ps 13(3) stages no longer apply', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db, dumaiBoth);
    const before = await findApplicationRules(db, tenantId, '2022-06-30');
    expect(before).toMatchObject({ duplicateFunctionRule: true, stages: sdlcStagesByRegulation['dumai-18-2019'] });
    const today = await findApplicationRules(db, tenantId);
    expect(today).toMatchObject({ duplicateFunctionRule: false, commonApplicationRule: true, stages: sdlcStagesByRegulation['dumai-67-2022'] });
    const agency = await createTestAgency(db, admin);
    await createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Perizinan', stage: 'implementation' }));
    await expect(createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Perizinan', stage: 'implementation' }))).resolves.toMatchObject({ stage: 'implementation' });
  });

  it('Dumai 18/2019 Ps 13(3) vs Dumai 67/2022 Ps 18(3): the stage must be in the list of the regulation in force', async () => {
    const { db } = database;
    const old = await createTestTenant(db);
    const oldAgency = await createTestAgency(db, old.admin);
    expect(await refusal(createApplication(db, old.admin, buildApplicationInput(oldAgency.id, { stage: 'needs_study' })))).toMatchObject({ code: 'APPLICATION_STAGE_INVALID', fields: { stage: 'APPLICATION_STAGE_INVALID' } });
    await expect(createApplication(db, old.admin, buildApplicationInput(oldAgency.id, { stage: 'system_design' }))).resolves.toMatchObject({ stage: 'system_design' });
    const current = await createTestTenant(db, dumaiBoth);
    const agency = await createTestAgency(db, current.admin);
    expect(await refusal(createApplication(db, current.admin, buildApplicationInput(agency.id, { stage: 'system_design' })))).toMatchObject({ code: 'APPLICATION_STAGE_INVALID' });
    await expect(createApplication(db, current.admin, buildApplicationInput(agency.id, { stage: 'needs_study' }))).resolves.toMatchObject({ stage: 'needs_study' });
  });

  it('Palu 14/2022 Ps 29(3)-(4): a specific application in a common category needs all four conditions', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, palu);
    const ict = await createTestAgency(db, admin);
    const agency = await createTestAgency(db, admin);
    const common = await createApplication(db, admin, buildApplicationInput(ict.id, { name: 'SIMPEG Kota', kind: 'common', commonCategory: 'staffing', stage: 'production' }));
    const candidate = (specificConditions: typeof allFour | null) =>
      buildApplicationInput(agency.id, { kind: 'specific', commonCategory: 'staffing', stage: 'production', specificConditions });
    expect(await refusal(createApplication(db, admin, candidate(null)))).toMatchObject({ code: 'APPLICATION_COMMON_EXISTS', status: 409, params: { existing: common.name }, fields: { specificConditions: 'APPLICATION_COMMON_EXISTS' } });
    for (const missing of Object.keys(allFour) as (keyof typeof allFour)[]) {
      expect(await refusal(createApplication(db, admin, candidate({ ...allFour, [missing]: false })))).toMatchObject({ code: 'APPLICATION_COMMON_EXISTS' });
    }
    await expect(createApplication(db, admin, candidate(allFour))).resolves.toMatchObject({ specificConditions: allFour });
    // a justification alone does not replace the four conditions under Palu
    const justified = { ...candidate(null), duplicateJustification: 'Sudah dipakai sebelum aplikasi umum ada' };
    expect(await refusal(createApplication(db, admin, justified))).toMatchObject({ code: 'APPLICATION_COMMON_EXISTS' });
  });

  it('Dumai 67/2022 Ps 18(7): where a common application exists, a specific one in its category needs a written justification', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, dumaiBoth);
    const ict = await createTestAgency(db, admin);
    const agency = await createTestAgency(db, admin);
    await createApplication(db, admin, buildApplicationInput(ict.id, { name: 'e-Planning Kota', kind: 'common', commonCategory: 'planning', stage: 'maintenance' }));
    const candidate = buildApplicationInput(agency.id, { commonCategory: 'planning', stage: 'maintenance' });
    expect(await refusal(createApplication(db, admin, candidate))).toMatchObject({ code: 'APPLICATION_COMMON_EXISTS', fields: { duplicateJustification: 'APPLICATION_COMMON_EXISTS' } });
    await expect(createApplication(db, admin, { ...candidate, duplicateJustification: 'Modul perencanaan teknis yang tidak ada di aplikasi umum' })).resolves.toMatchObject({ commonCategory: 'planning' });
  });

  it('an update is checked against the same rules (Dumai 18/2019 Ps 14(2), Ps 13(3), subdomain under the city domain)', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const agency = await createTestAgency(db, admin);
    const a = await createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Pelayanan Perizinan' }));
    const b = await createApplication(db, admin, buildApplicationInput(agency.id, { businessFunction: 'Pengaduan Masyarakat', subdomain: 'lapor.dumaikota.go.id' }));
    expect(b.subdomain).toBe('lapor.dumaikota.go.id');
    expect(await refusal(updateApplication(db, admin, b.id, { businessFunction: 'pelayanan perizinan' }))).toMatchObject({ code: 'APPLICATION_DUPLICATE_FUNCTION', params: { existing: a.name } });
    expect(await refusal(updateApplication(db, admin, b.id, { stage: 'needs_study' }))).toMatchObject({ code: 'APPLICATION_STAGE_INVALID' });
    for (const subdomain of ['lapor.example.com', 'laporandumaikota.go.id']) {
      expect(await refusal(updateApplication(db, admin, b.id, { subdomain }))).toMatchObject({ code: 'APPLICATION_SUBDOMAIN_OUTSIDE', params: { domain: 'dumaikota.go.id' } });
    }
    // editing one field keeps the others, and does not trip the rules on itself
    const edited = await updateApplication(db, admin, b.id, { description: 'Kanal pengaduan warga' });
    expect(edited).toMatchObject({ description: 'Kanal pengaduan warga', subdomain: 'lapor.dumaikota.go.id', businessFunction: 'Pengaduan Masyarakat', hosting: b.hosting });
  });
});
