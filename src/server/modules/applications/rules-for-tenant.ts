import type { Queryable } from '../../platform/db/database';
import { findRegulationProfile } from '../tenants/service';
import { sdlcStagesByRegulation, defaultSdlcStages } from '../../../regulations/sdlc-stages';
import { requiredHandoverDocuments } from '../../../regulations/handover-documents';
import { commonApplicationCategoryCodes } from '../../../regulations/common-application-categories';
import type { RegulationId } from '../../../regulations/types';

function regulationsInForceOn(entries: { regulation: RegulationId; effectiveFrom: string; effectiveUntil: string | null }[], date: string): RegulationId[] {
  // Dumai 67/2022 Ps 34 revokes Dumai 18/2019 from the day 67/2022 takes effect.
  const revokedFrom = entries.find((e) => e.regulation === 'dumai-67-2022')?.effectiveFrom;
  return entries
    .filter((e) => e.effectiveFrom <= date && (!e.effectiveUntil || date <= e.effectiveUntil))
    .filter((e) => !(e.regulation === 'dumai-18-2019' && revokedFrom && date >= revokedFrom))
    .map((e) => e.regulation);
}

/** What the registry enforces for a tenant on a date, from the regulations in force. */
export async function findApplicationRules(db: Queryable, tenantId: string, date = new Date().toISOString().slice(0, 10)) {
  const profile = await findRegulationProfile(db, tenantId);
  const inForce = regulationsInForceOn(profile.entries, date);
  const withStages = inForce.find((r) => sdlcStagesByRegulation[r]);
  return {
    inForce,
    stages: [...(withStages ? sdlcStagesByRegulation[withStages]! : defaultSdlcStages)],
    requiredHandoverDocuments: requiredHandoverDocuments(inForce),
    commonCategories: commonApplicationCategoryCodes,
    cityDomain: profile.cityDomain,
    duplicateFunctionRule: inForce.includes('dumai-18-2019'),
    commonApplicationRule: inForce.includes('palu-14-2022') || inForce.includes('dumai-67-2022'),
  };
}
