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

/**
 * Dumai 67/2022 Ps 18(10), Palu 14/2022 Ps 15(4), 31(4), Dumai 18/2019 Ps 13(6): copyright,
 * the repository and the handover of code and documents concern applications "dibangun
 * dan/atau dikembangkan atas biaya" of the Pemda. An application a ministry, the province or
 * a vendor's service supplies is outside them. An application whose supplier is not recorded
 * stays in scope: an agency's application is the Pemda's unless the registry says otherwise.
 */
export function outsideBuiltAtPemdaCost(app: ReadApplication): string | undefined {
  if (app.supplier === 'central_government' || app.supplier === 'provincial_government') return 'compliance.notApplicable.suppliedByGovernment';
  if (app.supplier === 'vendor_service') return 'compliance.notApplicable.vendorService';
  return undefined;
}

/**
 * Dumai 18/2019 Ps 6(5) (and the recommendation duties after it): the recommendation concerns
 * the Pemda's own procurement. An application another government supplies was not procured by
 * the Pemda; a vendor's service it subscribes to was, so it stays in scope.
 */
export function outsidePemdaProcurement(app: ReadApplication): string | undefined {
  if (app.supplier === 'central_government' || app.supplier === 'provincial_government') return 'compliance.notApplicable.suppliedByGovernment';
  return undefined;
}
