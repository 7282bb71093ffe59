import type { ComplianceReadModel, ReadAgency } from '../../../regulations/types';
import { resolveParams, type RegulationProfile } from '../../../regulations/profiles';
import type { Queryable } from '../../platform/db/database';
import { listAllAgencies } from '../agencies/service';
import { findTenant, toRegulationProfile } from '../tenants/service';
import { readModelProviders, type ReadModelProvider, type ReadModelScope } from './read-model-providers';

export interface TenantReadModel {
  tenant: { id: string; slug: string; name: string };
  profile: RegulationProfile;
  model: ComplianceReadModel;
}

function toReadAgency(row: Awaited<ReturnType<typeof listAllAgencies>>[number]): ReadAgency {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    specialRoles: row.specialRoles,
    ictSelfReliant: row.ictSelfReliant,
    status: row.status,
  };
}

/**
 * The tenant's data as the pure checks read it, on `asOf`: the tenant with its regulation
 * profile (as the tenant profile currently holds it, so PUT /tenant takes effect at once),
 * every agency, and each registry's section from its provider, loaded side by side. The
 * records are the registries' current state; the date selects the regulations in force and
 * what is due.
 */
export async function assembleReadModel(
  db: Queryable,
  tenantId: string,
  asOf: string,
  providers: readonly ReadModelProvider[] = readModelProviders,
): Promise<TenantReadModel> {
  const scope: ReadModelScope = { tenantId, asOf };
  const [tenant, agencyRows, sections] = await Promise.all([
    findTenant(db, tenantId),
    listAllAgencies(db, tenantId),
    Promise.all(providers.map(async (p) => [p.section, await p.load(db, scope)] as const)),
  ]);
  const profile = toRegulationProfile(tenant);
  const model: ComplianceReadModel = {
    asOf,
    params: resolveParams(profile, asOf),
    tenant: { id: tenant.id, name: tenant.name, primaryDomain: tenant.primaryDomain },
    agencies: agencyRows.map(toReadAgency),
  };
  const filled = model as unknown as Record<string, unknown>;
  for (const [section, value] of sections) {
    if (value !== undefined) filled[section] = value;
  }
  return { tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name }, profile, model };
}
