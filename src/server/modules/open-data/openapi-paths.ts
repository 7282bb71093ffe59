import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/env';
import { storedFileResponse } from '../../platform/http/send-file';
import { PublicDataset, PublicDatasetPage, PublicDatasetQuery } from '../../../shared/open-data';

type Registry = OpenAPIHono<AppEnv>['openAPIRegistry'];

const TenantParam = z.object({ tenant: z.string().meta({ param: { name: 'tenant', in: 'path' }, description: "the Pemda's slug" }) });
const DatasetParams = TenantParam.extend({ name: z.string().meta({ param: { name: 'name', in: 'path' }, description: "the dataset's name (slug)" }) });
const ResourceParams = DatasetParams.extend({ resourceId: z.uuid().meta({ param: { name: 'resourceId', in: 'path' } }) });
const ActionParam = z.object({ action: z.string().meta({ param: { name: 'action', in: 'path' }, description: 'package_search, package_show, organization_list, …' }) });
const TenantQuery = z.object({ tenant: z.string().optional().meta({ description: "the Pemda's slug; may be left out when the server serves one Pemda" }) });

const CkanReply = z
  .object({ help: z.string(), success: z.boolean(), result: z.unknown().optional(), error: z.object({ message: z.string(), __type: z.string() }).optional() })
  .meta({ id: 'CkanReply' });
const notFound = { description: 'No such Pemda, dataset or file, or not public' };
const dcatResponse = {
  200: { description: 'DCAT-AP catalogue of the published public datasets', content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } } },
  404: notFound,
};
const ckanResponse = { 200: { description: 'CKAN Action API v3 reply', content: { 'application/json': { schema: CkanReply } } }, 400: { description: 'Unknown action or bad parameter' }, 404: notFound };

/**
 * The public data catalogue's routes are plain Hono handlers (CKAN and DCAT clients need their
 * exact shapes); they are declared here so the OpenAPI document lists every route Simpul
 * serves, files among them. No sign-in: `security: []`.
 */
export function registerOpenDataPaths(registry: Registry) {
  const open = { tags: ['open-data'], security: [] };
  registry.registerPath({
    ...open,
    method: 'get',
    path: '/api/public/{tenant}/datasets',
    summary: 'Published public datasets of a Pemda (portal search)',
    request: { params: TenantParam, query: PublicDatasetQuery },
    responses: { 200: { description: 'A page of datasets', content: { 'application/json': { schema: PublicDatasetPage } } }, 404: notFound },
  });
  registry.registerPath({
    ...open,
    method: 'get',
    path: '/api/public/{tenant}/datasets/{name}',
    summary: 'One published public dataset with its resources',
    request: { params: DatasetParams },
    responses: { 200: { description: 'The dataset', content: { 'application/json': { schema: PublicDataset } } }, 404: notFound },
  });
  registry.registerPath({
    ...open,
    method: 'get',
    path: '/api/public/{tenant}/datasets/{name}/resources/{resourceId}/download',
    summary: "Download a published dataset's resource file (what CKAN and DCAT resource URLs point at)",
    request: { params: ResourceParams },
    responses: { 200: storedFileResponse, 404: notFound },
  });
  registry.registerPath({ ...open, method: 'get', path: '/api/public/{tenant}/catalog.jsonld', summary: 'DCAT-AP catalogue (JSON-LD)', request: { params: TenantParam }, responses: dcatResponse });
  registry.registerPath({ ...open, method: 'get', path: '/t/{tenant}/catalog.jsonld', summary: 'DCAT-AP catalogue (JSON-LD), per-Pemda address', request: { params: TenantParam }, responses: dcatResponse });
  registry.registerPath({ ...open, method: 'get', path: '/catalog.jsonld', summary: 'DCAT-AP catalogue (JSON-LD), Pemda by query', request: { query: TenantQuery }, responses: dcatResponse });
  registry.registerPath({ ...open, method: 'get', path: '/api/3/action/{action}', summary: 'CKAN Action API v3, Pemda by query', request: { params: ActionParam, query: TenantQuery }, responses: ckanResponse });
  registry.registerPath({
    ...open,
    method: 'get',
    path: '/t/{tenant}/api/3/action/{action}',
    summary: 'CKAN Action API v3, per-Pemda address',
    request: { params: TenantParam.extend(ActionParam.shape) },
    responses: ckanResponse,
  });
}
