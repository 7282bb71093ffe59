import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AppDeps } from './platform/context';
import type { AppEnv } from './platform/http/env';
import { authMiddleware, bodyLimits, contextMiddleware, csrfMiddleware, securityHeaders } from './platform/http/pipeline';
import { handleError, problemResponse } from './platform/http/problem';
import { refuseNulCharacters } from './platform/http/refuse-nul';
import { idempotencyMiddleware } from './platform/http/idempotency';
import { defaultHook } from './platform/http/validation-hook';
import { apiDocsRoutes } from './platform/http/api-docs';
import { tenantRoutes } from './modules/tenants/routes';
import { publicTenantRoutes } from './modules/tenants/public-routes';
import { peopleRoutes } from './modules/people/routes';
import { passwordResetRoutes } from './modules/people/password-reset-routes';
import { agencyRoutes } from './modules/agencies/routes';
import { applicationRoutes } from './modules/applications/routes';
import { ictAssetRoutes } from './modules/ict-assets/routes';
import { auditTrailRoutes } from './modules/audit-trail/routes';
import { recordNameProviders } from './record-name-providers';
import { datasetRoutes } from './modules/datasets/routes';
import { domainRoutes } from './modules/domains/routes';
import { openDataRoutes } from './modules/open-data/routes';
import { registerOpenDataPaths } from './modules/open-data/openapi-paths';
import { evaluationRoutes } from './modules/evaluations/routes';
import { internalPolicyRoutes } from './modules/internal-policies/routes';
import { attestationRoutes } from './modules/attestations/routes';
import { periodicReportRoutes } from './modules/periodic-reports/routes';
import { documentRoutes } from './platform/documents/routes';
import { complianceRoutes } from './modules/compliance/routes';
import { requestRoutes } from './modules/requests/routes';
import { holidayRoutes } from './modules/requests/holiday-routes';
import { notificationRoutes } from './modules/notifications/routes';
import { outboxRoutes } from './modules/notifications/outbox-routes';
import { tenantSettingsRoutes } from './modules/tenants/settings-routes';
import { documentSettingsRoutes } from './platform/documents/settings-routes';
import { homeRoutes } from './modules/home/routes';
import { searchRoutes } from './modules/search/routes';
import { searchProviders } from './search-providers';

/**
 * The whole HTTP app: the same pipeline on every API route (context → body limit → auth →
 * CSRF → idempotency key → validation → handler → problem details), the modules' routes under /api/v1, the
 * OpenAPI document, and the built web app.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  app.use('*', securityHeaders(deps.config));
  app.use('*', contextMiddleware(deps));
  app.use('/api/*', bodyLimits(deps), authMiddleware(deps), csrfMiddleware());
  // after the body limit: it reads the JSON body, which must not be unbounded
  app.use('*', refuseNulCharacters());
  // after the NUL check, so a refused body is never kept as a first answer
  app.use('/api/*', idempotencyMiddleware(deps));
  app.onError(handleError);

  const api = new OpenAPIHono<AppEnv>({ defaultHook });
  api.route('/', tenantRoutes(deps));
  api.route('/', peopleRoutes(deps));
  api.route('/', passwordResetRoutes(deps));
  api.route('/', agencyRoutes(deps));
  api.route('/', applicationRoutes(deps));
  api.route('/', ictAssetRoutes(deps));
  api.route('/', auditTrailRoutes(deps, recordNameProviders));
  api.route('/', datasetRoutes(deps));
  api.route('/', domainRoutes(deps));
  api.route('/', evaluationRoutes(deps));
  api.route('/', internalPolicyRoutes(deps));
  api.route('/', periodicReportRoutes(deps));
  api.route('/', complianceRoutes(deps));
  api.route('/', attestationRoutes(deps));
  api.route('/', requestRoutes(deps));
  api.route('/', holidayRoutes(deps));
  api.route('/', notificationRoutes(deps));
  api.route('/', outboxRoutes(deps));
  api.route('/', tenantSettingsRoutes(deps));
  api.route('/', documentSettingsRoutes(deps));
  api.route('/', homeRoutes(deps));
  api.route('/', searchRoutes(deps, searchProviders));
  app.route('/api/v1', api);
  // no sign-in needed: public verification of signed documents
  app.route('/api/public', documentRoutes(deps));
  // no sign-in needed: the tenant's name and logo on its sign-in page
  app.route('/api/public', publicTenantRoutes(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'simpul_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  registerOpenDataPaths(app.openAPIRegistry);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Simpul API',
      version: '1',
      description:
        'REST JSON API of Simpul. Every write with a session cookie needs the X-CSRF-Token header from /api/v1/auth/session; machine clients use a bearer API token. Errors are RFC 9457 problem details in the language of Accept-Language (id, en).',
    },
    security: [{ session: [] }, { token: [] }],
  });
  app.route('/api/docs', apiDocsRoutes());
  app.route('/', openDataRoutes(deps));
  app.all('/api/*', (c) => problemResponse(c, 404, 'NOT_FOUND', { entity: 'route' }));

  const webDist = resolve(deps.config.WEB_DIST);
  if (existsSync(join(webDist, 'index.html'))) {
    const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root: relative(process.cwd(), webDist) || '.' }));
    // every other path belongs to the single-page app's router
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
