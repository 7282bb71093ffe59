/**
 * Plain data for the workflow tests: a small tenant with a requesting agency, the ICT
 * office, a data steward agency and the regional secretariat, and the people in them.
 */
import type { Actor, RequestSnapshot, RoleGrant } from './types';
import { buildWorkingDayCalendar } from './working-days';

export const agencies = {
  requester: 'agency-health',
  ict: 'agency-ict',
  steward: 'agency-population',
  secretariat: 'agency-secretariat',
  other: 'agency-education',
} as const;

const agencySpecialRoles: Record<string, string[]> = {
  [agencies.ict]: ['ict_office'],
  [agencies.secretariat]: ['regional_secretariat'],
};

function buildActor(userId: string, roles: RoleGrant[]): Actor {
  return { userId, roles, agencySpecialRoles };
}

export const requesterUserId = 'user-requester';

export const actors = {
  requester: buildActor(requesterUserId, [{ role: 'agency_operator', agencyId: agencies.requester }]),
  /** the same person as the requester, who also holds every deciding role */
  requesterWithDecidingRoles: buildActor(requesterUserId, [
    { role: 'agency_operator', agencyId: agencies.requester },
    { role: 'regional_secretary', agencyId: null },
    { role: 'agency_head', agencyId: agencies.ict },
    { role: 'agency_head', agencyId: agencies.steward },
  ]),
  requesterAgencyHead: buildActor('user-health-head', [{ role: 'agency_head', agencyId: agencies.requester }]),
  ictHead: buildActor('user-ict-head', [{ role: 'agency_head', agencyId: agencies.ict }]),
  ictOperator: buildActor('user-ict-operator', [{ role: 'agency_operator', agencyId: agencies.ict }]),
  stewardHead: buildActor('user-steward-head', [{ role: 'agency_head', agencyId: agencies.steward }]),
  stewardOperator: buildActor('user-steward-operator', [{ role: 'agency_operator', agencyId: agencies.steward }]),
  regionalSecretary: buildActor('user-sekda', [{ role: 'regional_secretary', agencyId: null }]),
  secretariatRegionalSecretary: buildActor('user-sekda-2', [{ role: 'regional_secretary', agencyId: agencies.secretariat }]),
  otherAgencyHead: buildActor('user-education-head', [{ role: 'agency_head', agencyId: agencies.other }]),
  tenantAdmin: buildActor('user-admin', [{ role: 'admin', agencyId: null }]),
  tenantWideOperator: buildActor('user-tenant-operator', [
    { role: 'agency_operator', agencyId: null },
    { role: 'agency_head', agencyId: null },
  ]),
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof actors;

export function buildRequest(overrides: Partial<RequestSnapshot> = {}): RequestSnapshot {
  return {
    type: 'data_access',
    state: 'draft',
    requesterUserId,
    requesterAgencyId: agencies.requester,
    requesterAgencyIctSelfReliant: false,
    stewardAgencyId: agencies.steward,
    fields: {},
    outcome: {},
    attachmentCount: 0,
    dueAt: null,
    ...overrides,
  };
}

/** A complete data-access form (Dumai 18/2019 Ps 12(2), Palu 14/2022 Ps 9(6)). */
export const validDataAccessFields = {
  responsiblePerson: { name: 'dr. Siti Rahmawati', position: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit' },
  workUnit: 'Bidang Pencegahan dan Pengendalian Penyakit',
  purpose: {
    intent: 'Memetakan sasaran imunisasi',
    objective: 'Menyusun jadwal imunisasi per kelurahan',
    use: 'Perencanaan layanan kesehatan',
  },
  requestedData: { kind: 'Jumlah penduduk usia 0–5 tahun per kelurahan', form: 'Layanan API melalui Sistem Penghubung Layanan' },
};

/** Thursday 15 August 2024, 10:00 in Jakarta. */
export const now = new Date('2024-08-15T03:00:00Z');

export const calendar = buildWorkingDayCalendar([]);
