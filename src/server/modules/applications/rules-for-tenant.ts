import type { Queryable } from '../../platform/db/database';
import { findRegulationProfile } from '../tenants/service';
import { regulationsInForce, resolveParams } from '../../../regulations/profiles';
import { commonApplicationCategoryCodes } from '../../../regulations/common-application-categories';

/** What the registry enforces for a tenant on a date, from the regulations in force. */
export async function findApplicationRules(db: Queryable, tenantId: string, date = new Date().toISOString().slice(0, 10)) {
  const profile = await findRegulationProfile(db, tenantId);
  const inForce = regulationsInForce(profile, date);
  const params = resolveParams(profile, date);
  return {
    inForce,
    stages: params.sdlcStages,
    requiredHandoverDocuments: params.requiredHandoverDocuments,
    commonCategories: [...commonApplicationCategoryCodes],
    cityDomain: params.cityDomain,
    // Dumai 18/2019 Ps 14(2); Palu 14/2022 Ps 29(3)-(4) and Dumai 67/2022 Ps 18(7)
    duplicateFunctionRule: inForce.includes('dumai-18-2019'),
    commonApplicationRule: inForce.includes('palu-14-2022') || inForce.includes('dumai-67-2022'),
  };
}
