import type { ComplianceReadModel, ReadAgency, ReadApplication } from '../types';

/**
 * Only active applications of active agencies count. An application whose owner is not in
 * the agency list still counts: dropping it would hide a record from every check.
 * Cached per read model, because every application check starts from this list.
 */
const activeApplicationsCache = new WeakMap<ComplianceReadModel, ReadApplication[]>();
const agencyMapCache = new WeakMap<ComplianceReadModel, Map<string, ReadAgency>>();

export function indexAgencies(model: ComplianceReadModel): Map<string, ReadAgency> {
  let agencies = agencyMapCache.get(model);
  if (!agencies) {
    agencies = new Map(model.agencies.map((a) => [a.id, a]));
    agencyMapCache.set(model, agencies);
  }
  return agencies;
}

export function isAgencyActive(model: ComplianceReadModel, agencyId: string): boolean {
  return indexAgencies(model).get(agencyId)?.status !== 'retired';
}

export function selectActiveApplications(model: ComplianceReadModel): ReadApplication[] {
  const apps = model.applications ?? [];
  let active = activeApplicationsCache.get(model);
  if (!active) {
    active = apps.filter((app) => app.status === 'active' && isAgencyActive(model, app.ownerAgencyId));
    activeApplicationsCache.set(model, active);
  }
  return active;
}

export function selectActiveAgencies(model: ComplianceReadModel): ReadAgency[] {
  return model.agencies.filter((a) => a.status === 'active');
}

/**
 * Stages in which an application is in service, in every regulation's SDLC vocabulary
 * (sdlc-stages.ts). Handover, certificate, address and service-evaluation duties concern
 * an application once it is handed over and running, not one still being analysed.
 */
export const inServiceStages: ReadonlySet<string> = new Set([
  'system_implementation',
  'system_maintenance',
  'implementation',
  'feasibility_test',
  'maintenance',
  'evaluation',
  'production',
]);

export function isInService(app: ReadApplication): boolean {
  return inServiceStages.has(app.stage);
}
