import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import type { ReadSubdomain } from '../../../regulations/types';
import { subdomains } from './tables';

/** The domain registry's section of the compliance read model: every subdomain, by its full name. */
export async function findSubdomainsForReadModel(db: Queryable, tenantId: string): Promise<ReadSubdomain[]> {
  return db
    .select({ id: subdomains.id, name: subdomains.fqdn, ownerAgencyId: subdomains.ownerAgencyId, decreeRef: subdomains.decreeRef, status: subdomains.status })
    .from(subdomains)
    .where(eq(subdomains.tenantId, tenantId));
}
