import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { RequestCreateInput } from '../../shared/requests';
import { createTestAgency, createTestTenant, createTestUser } from './factories';
import { createRequest } from '../modules/requests/service';

/** Palu 14/2022 in force: the data steward recommends on data-use requests (Ps 9(8)). */
export const paluProfile = {
  primaryDomain: 'palukota.go.id',
  regionCode: '72.71',
  regulations: [{ regulation: 'palu-14-2022' as const, effectiveFrom: '2022-06-01', effectiveUntil: null }],
};

/** Dumai 18/2019 in force: the ICT office recommends on data-use requests (Ps 12(3)). */
export const dumaiProfile = {
  primaryDomain: 'dumaikota.go.id',
  regionCode: '14.72',
  regulations: [{ regulation: 'dumai-18-2019' as const, effectiveFrom: '2019-04-29', effectiveUntil: null }],
};

/**
 * A tenant with the agencies a request meets — the requesting health office, the ICT office,
 * the population office as data steward, another agency — and the people in them.
 */
export async function createRequestsWorld(db: DB, profile: typeof paluProfile | typeof dumaiProfile = paluProfile) {
  const tenant = await createTestTenant(db, profile);
  const { admin } = tenant;
  const health = await createTestAgency(db, admin, { name: 'Dinas Kesehatan' });
  const ict = await createTestAgency(db, admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
  const population = await createTestAgency(db, admin, { name: 'Dinas Kependudukan dan Pencatatan Sipil' });
  const education = await createTestAgency(db, admin, { name: 'Dinas Pendidikan' });
  const person = (grants: { role: 'agency_operator' | 'agency_head' | 'regional_secretary'; agencyId: string | null }[]) => createTestUser(db, admin, grants);
  const [requester, requesterHead, ictHead, ictOperator, stewardHead, stewardOperator, secretary, otherHead] = await Promise.all([
    person([{ role: 'agency_operator', agencyId: health.id }]),
    person([{ role: 'agency_head', agencyId: health.id }]),
    person([{ role: 'agency_head', agencyId: ict.id }]),
    person([{ role: 'agency_operator', agencyId: ict.id }]),
    person([{ role: 'agency_head', agencyId: population.id }]),
    person([{ role: 'agency_operator', agencyId: population.id }]),
    person([{ role: 'regional_secretary', agencyId: null }]),
    person([{ role: 'agency_head', agencyId: education.id }]),
  ]);
  return {
    ...tenant,
    agencies: { health, ict, population, education },
    people: { requester, requesterHead, ictHead, ictOperator, stewardHead, stewardOperator, secretary, otherHead },
  };
}

export type RequestsWorld = Awaited<ReturnType<typeof createRequestsWorld>>;

/** Dumai 18/2019 Ps 12(2), Palu 14/2022 Ps 9(6): the four items of a data-use request. */
export const dataAccessFields = {
  responsiblePerson: { name: 'dr. Siti Rahmawati', position: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit' },
  workUnit: 'Bidang Pencegahan dan Pengendalian Penyakit',
  purpose: { intent: 'Memetakan sasaran imunisasi', objective: 'Menyusun jadwal imunisasi per kelurahan', use: 'Perencanaan layanan kesehatan' },
  requestedData: { kind: 'Jumlah penduduk usia 0-5 tahun per kelurahan', form: 'Layanan API' },
};

export function buildRequestInput(type: string, overrides: Partial<RequestCreateInput> = {}): RequestCreateInput {
  const fields: Record<string, Record<string, unknown>> = {
    data_access: dataAccessFields,
    technical_recommendation: { subjectKind: 'application_development', title: 'Pembangunan aplikasi imunisasi', description: 'Aplikasi pencatatan imunisasi anak', fiscalYear: 2026, estimatedBudget: 150000000 },
    subdomain: { name: 'imunisasi', usage: 'spbe_application', description: 'Aplikasi imunisasi Dinas Kesehatan' },
    site_unblock: { url: 'https://example.org/jurnal', workReason: 'Rujukan jurnal kesehatan untuk kajian imunisasi' },
  };
  return { type, fields: fields[type] ?? {}, ...overrides };
}

export async function createTestRequest(db: DB, ctx: RequestContext, type: string, overrides: Partial<RequestCreateInput> = {}, now?: Date) {
  return createRequest(db, ctx, buildRequestInput(type, overrides), now);
}
