import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { importLimits } from '../../platform/config';
import { fileUploadBody, IdParam, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { tableMimeTypes } from '../../platform/files/detect-type';
import { sendFile, sendZip, storedFileResponse, zipResponse } from '../../platform/http/send-file';
import { ImportReport } from '../../../shared/imports';
import { OfficialComparison } from '../../../shared/evaluation-official';
import { exportEvidencePack } from './evidence-pack';
import { importOfficialResults, readOfficialResultsFile } from './official-results-service';
import { getOfficialComparison } from './official-comparison';

const IndicatorParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  number: z.coerce.number().int().min(1).max(200).meta({ param: { name: 'number', in: 'path' } }),
});
const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false').meta({ description: 'false: report only; true: store the results (only when no row is invalid)' }) });

/** What goes to and comes from the national evaluation portal: evidence packs out, official results in. */
export function evaluationPortalRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/evidence-pack', tags: ['evaluations'], summary: "Every indicator's evidence as one ZIP (a folder per indicator, files named by their code, a manifest)", request: { params: IdParam }, responses: { 200: zipResponse, ...problemResponses } }),
      async (c) => {
        const { content, baseName } = await exportEvidencePack(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id);
        return sendZip(c, content, baseName);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/indicators/{number}/evidence-pack', tags: ['evaluations'], summary: "One indicator's evidence as a ZIP for upload to the national portal: files named by their code, and a manifest", request: { params: IndicatorParams }, responses: { 200: zipResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        const { content, baseName } = await exportEvidencePack(deps.db, c.get('ctx'), deps.files, p.id, p.number);
        return sendZip(c, content, baseName);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/official-results', tags: ['evaluations'], summary: 'The official results as imported, per indicator beside the self-assessed and verified levels', request: { params: IdParam }, responses: { 200: jsonOk(OfficialComparison), ...problemResponses } }),
      async (c) => c.json(await getOfficialComparison(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/evaluations/{id}/official-results/import',
        tags: ['evaluations'],
        summary: 'The official results from a CSV or XLSX file (columns kode, nilai): a report per row; with commit=true and no invalid row they replace the stored ones',
        request: { params: IdParam, query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: tableMimeTypes });
        return c.json(await importOfficialResults(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id, upload, importLimits(deps.config), c.req.valid('query').commit === 'true'), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/official-results/file', tags: ['evaluations'], summary: 'The official results file as it was imported (integrity-checked)', request: { params: IdParam }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => sendFile(c, await readOfficialResultsFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id)),
    );
}
