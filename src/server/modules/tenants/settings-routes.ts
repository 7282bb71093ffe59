import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { TenantView } from '../../../shared/tenants';
import { PeriodicReadingInput, RegulationAddition, TenantProfilePatch } from '../../../shared/settings';
import { addRegulation, patchTenantProfile, setPeriodicReadingMonths } from './settings-service';

/** The administrator's settings of the Pemda after setup (docs/settings.md). */
export function tenantSettingsRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'patch', path: '/tenant', tags: ['tenant'], summary: 'Change some fields of the Pemda profile; the fields left out are kept', request: jsonBody(TenantProfilePatch), responses: { 200: jsonOk(TenantView), ...problemResponses } }),
      async (c) => c.json(await patchTenantProfile(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/tenant/regulations', tags: ['tenant'], summary: 'Add a regulation to the profile; when it replaces one, the revocation is recorded and the replaced one ends the day before', request: jsonBody(RegulationAddition), responses: { 200: jsonOk(TenantView), ...problemResponses } }),
      async (c) => c.json(await addRegulation(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/tenant/periodic-reading', tags: ['tenant'], summary: 'How many months Simpul reads "secara periodik" as (null: 12)', request: jsonBody(PeriodicReadingInput), responses: { 200: jsonOk(TenantView), ...problemResponses } }),
      async (c) => c.json(await setPeriodicReadingMonths(deps.db, c.get('ctx'), c.req.valid('json').months), 200),
    );
}
