import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { HomeView } from '../../../shared/home';
import { getHome } from './service';

export function homeRoutes(deps: AppDeps) {
  return newRouter().openapi(
    createRoute({
      method: 'get',
      path: '/home',
      tags: ['home'],
      summary: "The signed-in person's home: the panels their roles call for (what needs them today, how the Pemda is doing)",
      responses: { 200: jsonOk(HomeView), ...problemResponses },
    }),
    async (c) => c.json(await getHome(deps.db, c.get('ctx')), 200),
  );
}
