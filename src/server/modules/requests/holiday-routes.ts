import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { HolidayInput, HolidayQuery, HolidayView } from '../../../shared/requests';
import { addHoliday, listHolidays, removeHoliday } from './calendar-service';

export function holidayRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/holidays', tags: ['requests'], summary: "A year's holidays: the fixed national ones and those the tenant entered (movable holidays, cuti bersama, regional)", request: { query: HolidayQuery }, responses: { 200: jsonOk(z.array(HolidayView)), ...problemResponses } }),
      async (c) => c.json(await listHolidays(deps.db, c.get('ctx'), c.req.valid('query').year), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/holidays', tags: ['requests'], summary: 'Enter a holiday or a day of cuti bersama (administrator)', request: jsonBody(HolidayInput), responses: { 201: jsonOk(HolidayView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await addHoliday(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'delete', path: '/holidays/{id}', tags: ['requests'], summary: 'Remove a holiday entered by mistake (administrator)', request: { params: IdParam }, responses: { 204: { description: 'Removed' }, ...problemResponses } }),
      async (c) => {
        await removeHoliday(deps.db, c.get('ctx'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
