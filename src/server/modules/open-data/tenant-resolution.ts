import type { Queryable } from '../../platform/db/database';
import { listTenants } from '../tenants/service';

export interface PublicTenant {
  id: string;
  slug: string;
  name: string;
}

/**
 * Which tenant a public (no sign-in) request is about. Harvesters call `<base>/api/3/action/…`,
 * so each tenant gets its own base URL `/t/<slug>`; the slug may also come as `?tenant=<slug>`;
 * a server holding exactly one tenant answers the plain paths for it. Null when none applies.
 */
export async function resolvePublicTenant(db: Queryable, slug: string | undefined): Promise<PublicTenant | null> {
  const all = await listTenants(db);
  if (slug) return all.find((t) => t.slug === slug) ?? null;
  return all.length === 1 ? all[0] : null;
}
