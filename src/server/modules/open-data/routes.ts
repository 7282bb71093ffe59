import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../platform/context';
import type { AppEnv } from '../../platform/http/env';
import { problemResponse } from '../../platform/http/problem';
import { t } from '../../../i18n/server';
import { PublicDatasetQuery } from '../../../shared/open-data';
import { readResourceContent } from '../datasets/resource-service';
import { resolvePublicTenant, type PublicTenant } from './tenant-resolution';
import { findPublicDataset, findPublicDatasetId, searchPublicDatasets } from './public-queries';
import { ckanActions } from './ckan-actions';
import { buildDcatCatalog } from './dcat';

// Harvesters and portals fetch from other origins; everything here is public and read-only.
const openHeaders = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' };

/**
 * The public face of the data catalogue, no sign-in: the portal's JSON, file downloads, the
 * CKAN Action API v3 and the DCAT JSON-LD catalogue. Only published datasets classified
 * public are ever visible here.
 */
export function openDataRoutes(deps: AppDeps) {
  const base = deps.config.PUBLIC_URL.replace(/\/$/, '');
  const downloadUrl = (tenant: PublicTenant) => (datasetName: string, resourceId: string) =>
    `${base}/api/public/${tenant.slug}/datasets/${datasetName}/resources/${resourceId}/download`;
  const app = new Hono<AppEnv>();

  const withTenant = async (c: Context<AppEnv>, slug: string | undefined) => {
    const tenant = await resolvePublicTenant(deps.db, slug);
    if (!tenant) return { tenant: null, response: problemResponse(c, 404, 'NOT_FOUND', { entity: 'tenant' }) };
    return { tenant, response: null };
  };

  app.get('/api/public/:tenant/datasets', async (c) => {
    const { tenant, response } = await withTenant(c, c.req.param('tenant'));
    if (!tenant) return response;
    const query = PublicDatasetQuery.parse(c.req.query());
    const { total, items } = await searchPublicDatasets(deps.db, tenant.id, {
      q: query.q,
      category: query.category,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      downloadUrl: downloadUrl(tenant),
    });
    const strip = items.map(({ stewardId: _s, createdAt: _c, ...rest }) => rest);
    return c.json({ tenant: { slug: tenant.slug, name: tenant.name }, items: strip, total, page: query.page, pageSize: query.pageSize }, 200, openHeaders);
  });

  app.get('/api/public/:tenant/datasets/:name', async (c) => {
    const { tenant, response } = await withTenant(c, c.req.param('tenant'));
    if (!tenant) return response;
    const record = await findPublicDataset(deps.db, tenant.id, c.req.param('name'), downloadUrl(tenant));
    if (!record) return problemResponse(c, 404, 'NOT_FOUND', { entity: 'dataset' });
    const { stewardId: _s, createdAt: _c, ...rest } = record;
    return c.json(rest, 200, openHeaders);
  });

  app.get('/api/public/:tenant/datasets/:name/resources/:resourceId/download', async (c) => {
    const { tenant, response } = await withTenant(c, c.req.param('tenant'));
    if (!tenant) return response;
    const datasetId = await findPublicDatasetId(deps.db, tenant.id, c.req.param('name'));
    if (!datasetId || !/^[0-9a-f-]{36}$/i.test(c.req.param('resourceId'))) return problemResponse(c, 404, 'NOT_FOUND', { entity: 'file' });
    const { file, content } = await readResourceContent(deps.db, tenant.id, deps.files, datasetId, c.req.param('resourceId'));
    return c.body(new Uint8Array(content), 200, {
      ...openHeaders,
      'content-type': file.mimeType,
      'content-disposition': `attachment; filename="${encodeURIComponent(file.fileName)}"`,
      'x-content-sha256': file.sha256,
    });
  });

  const catalog = async (c: Context<AppEnv>, slug: string | undefined) => {
    const { tenant, response } = await withTenant(c, slug);
    if (!tenant) return response;
    const { items } = await searchPublicDatasets(deps.db, tenant.id, { limit: 100_000, offset: 0, sort: 'name', downloadUrl: downloadUrl(tenant) });
    const body = buildDcatCatalog({ catalogUrl: `${base}/t/${tenant.slug}/catalog.jsonld`, portalUrl: `${base}/data/${tenant.slug}`, tenantName: tenant.name, datasets: items });
    return c.body(JSON.stringify(body), 200, { ...openHeaders, 'content-type': 'application/ld+json; charset=utf-8' });
  };
  app.get('/api/public/:tenant/catalog.jsonld', (c) => catalog(c, c.req.param('tenant')));
  app.get('/t/:tenant/catalog.jsonld', (c) => catalog(c, c.req.param('tenant')));
  app.get('/catalog.jsonld', (c) => catalog(c, c.req.query('tenant')));

  const ckan = async (c: Context<AppEnv>, slug: string | undefined) => {
    const action = c.req.param('action') ?? '';
    const locale = c.get('ctx').locale;
    const help = `${base}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
    const fail = (status: 400 | 404 | 409, type: string, message: string) =>
      c.json({ help, success: false, error: { message, __type: type } }, status, openHeaders);
    // own keys only: `__proto__` or `constructor` is an unknown action, not an inherited function
    const handler = Object.hasOwn(ckanActions, action) ? ckanActions[action] : undefined;
    if (!handler) return fail(400, 'Bad Request', t(locale, 'open-data.ckan.unknownAction', { action }));
    const tenant = await resolvePublicTenant(deps.db, slug);
    if (!tenant) return fail(404, 'Not Found Error', t(locale, 'open-data.ckan.tenantUnknown'));
    const reply = await handler({ db: deps.db, tenant, params: c.req.query(), locale, downloadUrl: downloadUrl(tenant) });
    if (reply.status !== 200) return fail(reply.status, reply.type, reply.message);
    return c.json({ help, success: true, result: reply.result }, 200, openHeaders);
  };
  app.get('/api/3/action/:action', (c) => ckan(c, c.req.query('tenant')));
  app.get('/t/:tenant/api/3/action/:action', (c) => ckan(c, c.req.param('tenant')));

  return app;
}
