import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';
import { hasLetterheadLogo, readPublicLetterheadLogo } from '../../platform/documents/letterhead-service';
import { PublicTenantView } from '../../../shared/tenants';
import { resolvePublicTenant } from '../open-data/tenant-resolution';

const TenantParam = z.object({ tenant: z.string().min(1).max(100) });

async function findBySlug(deps: AppDeps, slug: string) {
  // an exact slug only: the sign-in page names one tenant, never "the only one"
  const tenant = await resolvePublicTenant(deps.db, slug);
  if (!tenant) throw new AppError('NOT_FOUND', 404, { entity: 'tenant' });
  return tenant;
}

/** The tenant's face on its public sign-in page /t/<slug>/login: its name and logo, nothing more. */
export function publicTenantRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{tenant}/profile',
        tags: ['public'],
        summary: "The tenant's name and whether it has a logo, for its sign-in page (no sign-in)",
        request: { params: TenantParam },
        responses: { 200: jsonOk(PublicTenantView), ...problemResponses },
      }),
      async (c) => {
        const tenant = await findBySlug(deps, c.req.valid('param').tenant);
        return c.json({ slug: tenant.slug, name: tenant.name, hasLogo: await hasLetterheadLogo(deps.db, tenant.id) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{tenant}/logo',
        tags: ['public'],
        summary: "The tenant's letterhead logo, for its sign-in page (no sign-in)",
        request: { params: TenantParam },
        responses: { 200: storedFileResponse, ...problemResponses },
      }),
      async (c) => {
        const tenant = await findBySlug(deps, c.req.valid('param').tenant);
        const logo = await readPublicLetterheadLogo(deps.db, deps, tenant.id);
        if (!logo) throw new AppError('NOT_FOUND', 404, { entity: 'logo' });
        return sendFile(c, logo);
      },
    );
}
