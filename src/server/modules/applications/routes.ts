import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, xlsxOnly } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { RetireInput } from '../../../shared/common';
import { ImportReport } from '../../../shared/imports';
import { AuditEntryView } from '../../../shared/audit';
import {
  ApplicationInput,
  ApplicationListQuery,
  ApplicationPage,
  ApplicationRules,
  ApplicationUpdate,
  ApplicationView,
  HandoverItemInput,
} from '../../../shared/applications';
import { authorize } from '../../platform/policy/can';
import { createApplication, findReadableApplication, getApplication, listApplications, retireApplication, updateApplication } from './service';
import { readHandoverFile, setHandoverItem, uploadHandoverFile } from './handover-service';
import { applicationTemplate, exportApplications, importApplications } from './import-export';
import { findApplicationRules } from './rules-for-tenant';
import { findEntityHistory } from '../audit-trail/service';
import { importLimits } from '../../platform/config';

const HandoverParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  code: z.string().max(60).meta({ param: { name: 'code', in: 'path' } }),
});
const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false') });

export function applicationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/applications', tags: ['applications'], summary: 'Applications: paging, sort, filters, full-text search', request: { query: ApplicationListQuery }, responses: { 200: jsonOk(ApplicationPage), ...problemResponses } }),
      async (c) => c.json(await listApplications(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/applications', tags: ['applications'], summary: 'Register an application', request: jsonBody(ApplicationInput), responses: { 201: jsonOk(ApplicationView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createApplication(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/applications/rules', tags: ['applications'], summary: "What the tenant's regulations in force ask of the registry today", responses: { 200: jsonOk(ApplicationRules), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'application.read');
        const { inForce: _inForce, ...rules } = await findApplicationRules(deps.db, ctx.tenantId);
        return c.json(rules, 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/applications/export', tags: ['applications'], summary: 'The filtered list as an Excel workbook', request: { query: ApplicationListQuery }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await exportApplications(deps.db, c.get('ctx'), c.req.valid('query')), 'aplikasi'),
    )
    .openapi(
      createRoute({ method: 'get', path: '/applications/template', tags: ['applications'], summary: 'The empty import template, with drop-down lists of allowed values', responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await applicationTemplate(deps.db, c.get('ctx')), 'templat-aplikasi'),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/applications/import',
        tags: ['applications'],
        summary: 'Import applications from Excel: a report per row; with commit=true only the valid rows are saved',
        request: { query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: xlsxOnly });
        return c.json(await importApplications(deps.db, c.get('ctx'), upload.content, c.req.valid('query').commit === 'true', importLimits(deps.config)), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/applications/{id}', tags: ['applications'], summary: 'One application with its handover checklist', request: { params: IdParam }, responses: { 200: jsonOk(ApplicationView), ...problemResponses } }),
      async (c) => c.json(await getApplication(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/applications/{id}', tags: ['applications'], summary: 'Edit an application', request: { params: IdParam, ...jsonBody(ApplicationUpdate) }, responses: { 200: jsonOk(ApplicationView), ...problemResponses } }),
      async (c) => c.json(await updateApplication(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/applications/{id}/retire', tags: ['applications'], summary: 'Retire an application with a reason', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(ApplicationView), ...problemResponses } }),
      async (c) => c.json(await retireApplication(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/applications/{id}/history', tags: ['applications'], summary: 'The audit trail of one application, newest first', request: { params: IdParam }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const app = await findReadableApplication(deps.db, ctx, c.req.valid('param').id);
        return c.json(await findEntityHistory(deps.db, ctx.tenantId, 'application', app.id), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/applications/{id}/handover/{code}',
        tags: ['applications'],
        summary: 'Mark a handover document delivered or not (for paper handovers)',
        request: { params: HandoverParams, ...jsonBody(HandoverItemInput) },
        responses: { 200: jsonOk(ApplicationView), ...problemResponses },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await setHandoverItem(deps.db, c.get('ctx'), p.id, p.code, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/applications/{id}/handover/{code}/file',
        tags: ['applications'],
        summary: 'Upload a handover document (PDF, office document, image or zip)',
        request: { params: HandoverParams, ...fileUploadBody },
        responses: { 200: jsonOk(ApplicationView), ...problemResponses, 413: problemResponses[422], 415: problemResponses[422] },
      }),
      async (c) => {
        const p = c.req.valid('param');
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        return c.json(await uploadHandoverFile(deps.db, c.get('ctx'), deps.files, p.id, p.code, upload), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/applications/{id}/handover/{code}/file',
        tags: ['applications'],
        summary: 'Download a handover document (integrity-checked)',
        request: { params: HandoverParams },
        responses: { 200: storedFileResponse, ...problemResponses },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readHandoverFile(deps.db, c.get('ctx'), deps.files, p.id, p.code));
      },
    );
}
