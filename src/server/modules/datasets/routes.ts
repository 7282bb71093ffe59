import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, xlsxOnly } from '../../platform/http/read-upload';
import { authorize } from '../../platform/policy/can';
import { RetireInput } from '../../../shared/common';
import { ImportReport } from '../../../shared/imports';
import { AuditEntryView } from '../../../shared/audit';
import {
  DatasetInput,
  DatasetListQuery,
  DatasetPage,
  DatasetRules,
  DatasetUpdate,
  DatasetView,
  OverlapMatch,
  OverlapQuery,
  ReturnInput,
  ReviewNotesInput,
  UrlResourceInput,
} from '../../../shared/datasets';
import { findDatasetHistory } from './history';
import { createDataset, findReadableDataset, getDataset, listDatasets, updateDataset } from './service';
import { publishDataset, retireDataset, returnDataset, submitDataset } from './review-service';
import { addUrlResource, readResourceFile, removeResource, uploadResourceFile } from './resource-service';
import { datasetTemplate, exportDatasets, importDatasets } from './import-export';
import { findOverlappingDatasets } from './overlaps';
import { findDatasetRules } from './rules-for-tenant';
import { readDataUpload } from './data-file-type';
import { importLimits } from '../../platform/config';

const ResourceParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  resourceId: z.uuid().meta({ param: { name: 'resourceId', in: 'path' } }),
});
const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false') });
const UploadQuery = z.object({ name: z.string().trim().max(200).optional() });

export function datasetRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/datasets', tags: ['datasets'], summary: 'Datasets: paging, filters, full-text search, the steward review queue', request: { query: DatasetListQuery }, responses: { 200: jsonOk(DatasetPage), ...problemResponses } }),
      async (c) => c.json(await listDatasets(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets', tags: ['datasets'], summary: 'Register a dataset (a draft of its producer)', request: jsonBody(DatasetInput), responses: { 201: jsonOk(DatasetView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createDataset(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/datasets/rules', tags: ['datasets'], summary: "What the tenant's regulations in force ask of the catalogue", responses: { 200: jsonOk(DatasetRules), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'dataset.read');
        return c.json(await findDatasetRules(deps.db, ctx.tenantId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/datasets/overlaps',
        tags: ['datasets'],
        summary: 'Datasets other producers own that look like the data an application draft would produce (Dumai 18/2019 Ps 11(4))',
        request: jsonBody(OverlapQuery),
        responses: { 200: jsonOk(z.array(OverlapMatch)), ...problemResponses },
      }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'dataset.read');
        return c.json(await findOverlappingDatasets(deps.db, ctx.tenantId, c.req.valid('json'), ctx.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/datasets/export', tags: ['datasets'], summary: 'The filtered list as an Excel workbook', request: { query: DatasetListQuery }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await exportDatasets(deps.db, c.get('ctx'), c.req.valid('query')), 'dataset'),
    )
    .openapi(
      createRoute({ method: 'get', path: '/datasets/template', tags: ['datasets'], summary: 'The empty import template, with drop-down lists of allowed values', responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await datasetTemplate(c.get('ctx')), 'templat-dataset'),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/datasets/import',
        tags: ['datasets'],
        summary: 'Import datasets from Excel: a report per row; with commit=true only the valid rows are saved',
        request: { query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: xlsxOnly });
        return c.json(await importDatasets(deps.db, c.get('ctx'), upload.content, c.req.valid('query').commit === 'true', importLimits(deps.config)), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/datasets/{id}', tags: ['datasets'], summary: 'One dataset with its resources (when the person may see the content) and review history', request: { params: IdParam }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await getDataset(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/datasets/{id}', tags: ['datasets'], summary: "Edit a dataset (its producer only); a published one goes back to review", request: { params: IdParam, ...jsonBody(DatasetUpdate) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await updateDataset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets/{id}/submit', tags: ['datasets'], summary: 'The producer hands the dataset to its steward (Perpres 39/2019 Ps 22(1) huruf c)', request: { params: IdParam, ...jsonBody(ReviewNotesInput) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await submitDataset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').notes), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets/{id}/publish', tags: ['datasets'], summary: 'The steward publishes the dataset (Perpres 39/2019 Ps 21(1) huruf b)', request: { params: IdParam, ...jsonBody(ReviewNotesInput) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await publishDataset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').notes), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets/{id}/return', tags: ['datasets'], summary: 'The steward returns the dataset with revision notes (Perpres 39/2019 Ps 21(1) huruf a)', request: { params: IdParam, ...jsonBody(ReturnInput) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await returnDataset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').notes), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets/{id}/retire', tags: ['datasets'], summary: 'Retire a dataset with a reason', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await retireDataset(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/datasets/{id}/history', tags: ['datasets'], summary: 'The audit trail of one dataset, newest first', request: { params: IdParam }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const dataset = await findReadableDataset(deps.db, ctx, c.req.valid('param').id);
        return c.json(await findDatasetHistory(deps.db, ctx.tenantId, dataset, ctx.actor), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/datasets/{id}/resources', tags: ['datasets'], summary: 'Add a link resource', request: { params: IdParam, ...jsonBody(UrlResourceInput) }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => c.json(await addUrlResource(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/datasets/{id}/resources/file',
        tags: ['datasets'],
        summary: 'Upload a data file (CSV, TSV, JSON, GeoJSON, XML, XLSX, PDF, ZIP), stored by SHA-256',
        request: { params: IdParam, query: UploadQuery, ...fileUploadBody },
        responses: { 200: jsonOk(DatasetView), ...problemResponses, 413: problemResponses[422], 415: problemResponses[422] },
      }),
      async (c) => {
        const upload = await readDataUpload(c, deps.config.MAX_UPLOAD_BYTES);
        return c.json(await uploadResourceFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id, upload, c.req.valid('query').name), 200);
      },
    )
    .openapi(
      createRoute({ method: 'delete', path: '/datasets/{id}/resources/{resourceId}', tags: ['datasets'], summary: 'Remove a resource', request: { params: ResourceParams }, responses: { 200: jsonOk(DatasetView), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await removeResource(deps.db, c.get('ctx'), p.id, p.resourceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/datasets/{id}/resources/{resourceId}/file',
        tags: ['datasets'],
        summary: "Download a resource file (integrity-checked); 404 to a steward for restricted data (Dumai 18/2019 Ps 11(7))",
        request: { params: ResourceParams },
        responses: { 200: storedFileResponse, ...problemResponses },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readResourceFile(deps.db, c.get('ctx'), deps.files, p.id, p.resourceId));
      },
    );
}
