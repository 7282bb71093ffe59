import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { SearchQuery, SearchResults } from '../../../shared/search';
import type { SearchProvider } from './provider';
import { searchEverything } from './service';

export function searchRoutes(deps: AppDeps, providers: readonly SearchProvider[]) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: ['search'],
      summary: 'Search across agencies, applications, datasets, domains, requests, obligations and people: what the reader may see, grouped by kind',
      request: { query: SearchQuery },
      responses: { 200: jsonOk(SearchResults), ...problemResponses },
    }),
    async (c) => c.json(await searchEverything(deps.db, c.get('ctx'), providers, c.req.valid('query')), 200),
  );
}
