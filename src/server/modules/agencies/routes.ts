import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, xlsxOnly } from '../../platform/http/read-upload';
import { RetireInput } from '../../../shared/common';
import { ImportReport } from '../../../shared/imports';
import { AgencyInput, AgencyListQuery, AgencyPage, AgencyUpdate, AgencyView } from '../../../shared/agencies';
import { createAgency, getAgency, listAgencies, retireAgency, updateAgency } from './service';
import { exportAgencies, agencyTemplate, importAgencies } from './import-export';
import { importLimits } from '../../platform/config';

const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false').meta({ description: 'false: report only; true: save the valid rows' }) });

export function agencyRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/agencies', tags: ['agencies'], summary: 'Agencies, paged and filtered', request: { query: AgencyListQuery }, responses: { 200: jsonOk(AgencyPage), ...problemResponses } }),
      async (c) => c.json(await listAgencies(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/agencies', tags: ['agencies'], summary: 'Create an agency', request: jsonBody(AgencyInput), responses: { 201: jsonOk(AgencyView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createAgency(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/agencies/export', tags: ['agencies'], summary: 'All agencies as an Excel workbook', responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await exportAgencies(deps.db, c.get('ctx')), 'perangkat-daerah'),
    )
    .openapi(
      createRoute({ method: 'get', path: '/agencies/template', tags: ['agencies'], summary: 'The empty import template, with drop-down lists of allowed values', responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await agencyTemplate(c.get('ctx')), 'templat-perangkat-daerah'),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/agencies/import',
        tags: ['agencies'],
        summary: 'Import agencies from Excel: a report per row; with commit=true the valid rows are saved',
        request: { query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: xlsxOnly });
        return c.json(await importAgencies(deps.db, c.get('ctx'), upload.content, c.req.valid('query').commit === 'true', importLimits(deps.config)), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/agencies/{id}', tags: ['agencies'], summary: 'One agency', request: { params: IdParam }, responses: { 200: jsonOk(AgencyView), ...problemResponses } }),
      async (c) => c.json(await getAgency(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/agencies/{id}', tags: ['agencies'], summary: 'Edit an agency', request: { params: IdParam, ...jsonBody(AgencyUpdate) }, responses: { 200: jsonOk(AgencyView), ...problemResponses } }),
      async (c) => c.json(await updateAgency(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/agencies/{id}/retire', tags: ['agencies'], summary: 'Retire an agency with a reason', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(AgencyView), ...problemResponses } }),
      async (c) => c.json(await retireAgency(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    );
}
