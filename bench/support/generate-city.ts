import type { DB } from '../../src/server/platform/db/database';
import { newId } from '../../src/server/platform/ids';
import { agencies } from '../../src/server/modules/agencies/tables';
import { applicationDocuments, applications } from '../../src/server/modules/applications/tables';
import { createTenant } from '../../src/server/modules/tenants/service';
import { buildSetupInput } from '../../src/server/testing/factories';
import { handoverDocumentRules } from '../../src/regulations/handover-documents';
import { sdlcStagesByRegulation } from '../../src/regulations/sdlc-stages';
import { commonApplicationCategoryCodes } from '../../src/regulations/common-application-categories';

const specialRoles = ['ict_office', 'planning_office', 'inspectorate', 'regional_secretariat', 'hr_office', 'asset_office', 'organisation_bureau'];
const hostings = ['national_data_center', 'regional_data_center_colocation', 'regional_data_center_vps', 'agency_server', 'third_party_cloud'];

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A city-size tenant for the benchmark: the four regulations in its profile (so every
 * obligation not revoked is in force), `agencyCount` agencies (the first seven holding the
 * special roles), and `applicationCount` applications spread over them, with varied gaps
 * and a handover checklist each (about one in five missing a document). Rows are inserted
 * in bulk: the benchmark measures reading, not writing. A registry added later adds its
 * rows here so the benchmark keeps measuring every measurable obligation.
 */
export async function generateCityTenant(db: DB, opts: { agencyCount: number; applicationCount: number }) {
  const { tenantId } = await createTenant(
    db,
    buildSetupInput({
      name: `Kota Tolok Ukur ${Date.now().toString(36)}`,
      primaryDomain: 'dumaikota.go.id',
      regulations: [
        { regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: null },
        { regulation: 'palu-14-2022', effectiveFrom: '2022-03-01', effectiveUntil: null },
        { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', effectiveUntil: null },
        { regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', effectiveUntil: null },
      ],
    }),
  );
  const agencyRows = Array.from({ length: opts.agencyCount }, (_, i) => ({
    tenantId,
    id: newId(),
    code: `PD${String(i + 1).padStart(3, '0')}`,
    name: `Perangkat Daerah ${i + 1}`,
    kind: 'dinas',
    specialRoles: i < specialRoles.length ? [specialRoles[i]] : [],
  }));
  await insertInChunks(agencyRows, (chunk) => db.insert(agencies).values(chunk));

  const stages = sdlcStagesByRegulation['dumai-67-2022'] ?? [];
  const appRows = Array.from({ length: opts.applicationCount }, (_, i) => {
    const common = i % 25 === 0;
    return {
      tenantId,
      id: newId(),
      name: `Aplikasi ${i + 1}`,
      ownerAgencyId: agencyRows[i % agencyRows.length].id,
      kind: common ? ('common' as const) : ('specific' as const),
      commonCategory: common || i % 40 === 1 ? commonApplicationCategoryCodes[i % commonApplicationCategoryCodes.length] : null,
      businessFunction: `Fungsi ${i % 900}`,
      businessFunctionKey: `fungsi ${i % 900}`,
      stage: stages[i % stages.length],
      platforms: i % 30 === 0 ? ['desktop'] : ['web'],
      url: `https://app${i}.dumaikota.go.id`,
      subdomain: i % 17 === 0 ? `app${i}.example.com` : `app${i}.dumaikota.go.id`,
      hosting: hostings[i % hostings.length],
      repositoryLocation: i % 9 === 0 ? null : `https://git.dumaikota.go.id/app${i}`,
      licence: i % 11 === 0 ? null : 'GPL-3.0-or-later',
      copyrightOwner: 'tenant',
      fundingSource: 'apbd',
      sso: i % 3 !== 0,
      ictOfficeSuperAdmin: i % 13 !== 0,
      hasCertificate: i % 7 !== 0,
      certificateExpiresAt: i % 7 !== 0 ? `202${6 + (i % 3)}-0${1 + (i % 9)}-15` : null,
      lastServiceEvaluationAt: i % 5 === 0 ? null : `2025-0${1 + (i % 9)}-01`,
      recommendationRef: i % 6 === 0 ? null : `REK-${i}`,
    };
  });
  await insertInChunks(appRows, (chunk) => db.insert(applications).values(chunk));

  const documentRows = appRows.flatMap((app, i) =>
    handoverDocumentRules
      .filter((_, d) => !(i % 5 === 0 && d === i % handoverDocumentRules.length))
      .map((rule) => ({ tenantId, id: newId(), applicationId: app.id, code: rule.code, deliveredAt: '2024-01-02' })),
  );
  await insertInChunks(documentRows, (chunk) => db.insert(applicationDocuments).values(chunk), 1000);
  return { tenantId, agencies: agencyRows.length, applications: appRows.length, handoverDocuments: documentRows.length };
}
