import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, xlsxOnly } from '../../platform/http/read-upload';
import { ImportReport } from '../../../shared/imports';
import { AuditEntryView } from '../../../shared/audit';
import {
  ForecastQuery,
  IctAssetDisposal,
  IctAssetInput,
  IctAssetListQuery,
  IctAssetPage,
  IctAssetUpdate,
  IctAssetView,
  ReplacementForecastView,
  UsefulLifeInput,
  UsefulLifeView,
} from '../../../shared/ict-assets';
import { createIctAsset, disposeIctAsset, findReadableIctAsset, getIctAsset, listIctAssets, updateIctAsset } from './service';
import { exportIctAssets, ictAssetTemplate, importIctAssets } from './import-export';
import { getUsefulLives, setUsefulLives } from './useful-life-service';
import { getReplacementForecast } from './forecast-service';
import { findEntityHistory } from '../audit-trail/service';
import { importLimits } from '../../platform/config';

const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false') });
const tags = ['ict-assets'];

export function ictAssetRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets', tags, summary: 'ICT assets: paging, sort, filters, search', request: { query: IctAssetListQuery }, responses: { 200: jsonOk(IctAssetPage), ...problemResponses } }),
      async (c) => c.json(await listIctAssets(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/ict-assets', tags, summary: 'Register an ICT asset', request: jsonBody(IctAssetInput), responses: { 201: jsonOk(IctAssetView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createIctAsset(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets/export', tags, summary: 'The filtered inventory as an Excel workbook (KIB-style columns)', request: { query: IctAssetListQuery }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await exportIctAssets(deps.db, c.get('ctx'), c.req.valid('query')), 'aset-tik'),
    )
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets/template', tags, summary: 'The empty import template, with drop-down lists of allowed values', responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await ictAssetTemplate(c.get('ctx')), 'templat-aset-tik'),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/ict-assets/import',
        tags,
        summary: 'Import ICT assets from Excel: a report per row; with commit=true only the valid rows are saved',
        request: { query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: xlsxOnly });
        return c.json(await importIctAssets(deps.db, c.get('ctx'), upload.content, c.req.valid('query').commit === 'true', importLimits(deps.config)), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets/useful-life', tags, summary: "The tenant's useful life per category, with Simpul's defaults", responses: { 200: jsonOk(UsefulLifeView), ...problemResponses } }),
      async (c) => c.json(await getUsefulLives(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/ict-assets/useful-life', tags, summary: 'Set the useful life per category (null: back to the default)', request: jsonBody(UsefulLifeInput), responses: { 200: jsonOk(UsefulLifeView), ...problemResponses } }),
      async (c) => c.json(await setUsefulLives(deps.db, c.get('ctx'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/ict-assets/replacement-forecast',
        tags,
        summary: 'Replacements due in the next five years by agency and category, with estimated cost (Dumai 18/2019 Ps 19(5))',
        request: { query: ForecastQuery },
        responses: { 200: jsonOk(ReplacementForecastView), ...problemResponses },
      }),
      async (c) => c.json(await getReplacementForecast(deps.db, c.get('ctx'), c.req.valid('query').agencyId), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets/{id}', tags, summary: 'One ICT asset with its age and useful life', request: { params: IdParam }, responses: { 200: jsonOk(IctAssetView), ...problemResponses } }),
      async (c) => c.json(await getIctAsset(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/ict-assets/{id}', tags, summary: 'Edit an ICT asset (only the fields sent)', request: { params: IdParam, ...jsonBody(IctAssetUpdate) }, responses: { 200: jsonOk(IctAssetView), ...problemResponses } }),
      async (c) => c.json(await updateIctAsset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/ict-assets/{id}/dispose', tags, summary: 'Dispose of an ICT asset (penghapusan) with a day and a reason', request: { params: IdParam, ...jsonBody(IctAssetDisposal) }, responses: { 200: jsonOk(IctAssetView), ...problemResponses } }),
      async (c) => c.json(await disposeIctAsset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/ict-assets/{id}/history', tags, summary: 'The audit trail of one ICT asset, newest first', request: { params: IdParam }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const asset = await findReadableIctAsset(deps.db, ctx, c.req.valid('param').id);
        return c.json(await findEntityHistory(deps.db, ctx.tenantId, 'ictAsset', asset.id), 200);
      },
    );
}
