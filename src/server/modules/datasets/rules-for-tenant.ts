import type { Queryable } from '../../platform/db/database';
import { findRegulationProfile } from '../tenants/service';
import { findAgenciesBySpecialRole } from '../agencies/service';
import { regulationsInForce } from '../../../regulations/profiles';
import { datasetCategories } from '../../../regulations/dataset-categories';

/**
 * The tenant's steward agency: the agency holding the data_steward role (Perpres 39/2019
 * Ps 21(2): one per Pemda; Jambi 10/2017 Ps 12(2): set by decree), else the ICT office, which
 * Palu 14/2022 Ps 13(5) names "sebagai wali data" and Jambi 10/2017 Ps 11(4) "sebagai pusat data".
 */
export async function findDefaultSteward(db: Queryable, tenantId: string): Promise<string | null> {
  const [steward] = await findAgenciesBySpecialRole(db, tenantId, 'data_steward');
  if (steward) return steward.id;
  const [ictOffice] = await findAgenciesBySpecialRole(db, tenantId, 'ict_office');
  return ictOffice?.id ?? null;
}

/** What the catalogue enforces for a tenant on a date, from the regulations in force. */
export async function findDatasetRules(db: Queryable, tenantId: string, date = new Date().toISOString().slice(0, 10)) {
  const [profile, defaultStewardAgencyId] = await Promise.all([findRegulationProfile(db, tenantId), findDefaultSteward(db, tenantId)]);
  const inForce = regulationsInForce(profile, date);
  return {
    categories: datasetCategories.map((c) => c.code),
    defaultStewardAgencyId,
    // Palu 14/2022 Ps 12(4)-(5), Jambi 10/2017 Ps 11(5)-(6): staffing on NIP, population on NIK
    keyIdentifierRule: inForce.includes('palu-14-2022') || inForce.includes('jambi-10-2017'),
    // Dumai 18/2019 Ps 11(4): no application producing data of a kind a producer already owns
    overlapRule: inForce.includes('dumai-18-2019'),
  };
}
