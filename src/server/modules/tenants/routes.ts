import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { SetupInput, SetupStatus, TenantProfileInput, TenantView } from '../../../shared/tenants';
import { findTenant, listTenants, presentTenant, setupFirstTenant, updateTenantProfile } from './service';
import { authorize } from '../../platform/policy/can';

export function tenantRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/setup',
        tags: ['setup'],
        summary: 'Whether first-run setup is needed (no list of tenants: sign-in finds the tenant from the address)',
        responses: { 200: jsonOk(SetupStatus) },
      }),
      async (c) => {
        const tenants = await listTenants(deps.db);
        return c.json({ needsSetup: tenants.length === 0 }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/setup',
        tags: ['setup'],
        summary: 'First run: create the tenant and its first administrator (only while the database is empty)',
        request: jsonBody(SetupInput),
        responses: { 201: jsonOk(z.object({ slug: z.string() }), 'Created'), ...problemResponses },
      }),
      async (c) => {
        const created = await setupFirstTenant(deps.db, c.req.valid('json'));
        return c.json({ slug: created.slug }, 201);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/tenant', tags: ['tenant'], summary: 'The signed-in tenant and its regulation profile', responses: { 200: jsonOk(TenantView), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'tenant.read');
        return c.json(presentTenant(await findTenant(deps.db, ctx.tenantId)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/tenant',
        tags: ['tenant'],
        summary: 'Update the tenant profile and the regulations in force',
        request: jsonBody(TenantProfileInput),
        responses: { 200: jsonOk(TenantView), ...problemResponses },
      }),
      async (c) => c.json(await updateTenantProfile(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    );
}
