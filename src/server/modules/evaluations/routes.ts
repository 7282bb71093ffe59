import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { AuditEntryView } from '../../../shared/audit';
import { AdvanceInput, AssignmentInput, CycleInput, CycleResults, CycleSummary, CycleView, TeamCandidate, TeamInput, WhatIfInput, WhatIfView, teamKinds } from '../../../shared/evaluations';
import { listTeamCandidates } from './options-service';
import { exportAssignmentTemplate, importAssignments } from './assignment-sheet';
import { ImportReport } from '../../../shared/imports';
import { xlsxOnly } from '../../platform/http/read-upload';
import { findEntityHistory } from '../audit-trail/service';
import { advanceCycle, assignIndicators, createCycle, getCycle, listCycles, readTeamDecree, setTeam, uploadTeamDecree } from './service';
import { getResults, runWhatIf } from './results-service';
import { loadCycle } from './load-cycle';
import { exportEvaluationPdf } from './export-pdf';
import { exportEvaluationWorkbook } from './export-workbook';
import { evaluationIndicatorRoutes } from './indicator-routes';
import { evaluationPortalRoutes } from './portal-routes';
import { sendFile, sendPdf, pdfResponse, storedFileResponse } from '../../platform/http/send-file';

const TeamParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  kind: z.enum(teamKinds).meta({ param: { name: 'kind', in: 'path' } }),
});
const ImportQuery = z.object({ commit: z.enum(['true', 'false']).default('false').meta({ description: 'false: report only; true: save the valid rows' }) });
const CycleListItem = CycleSummary.extend({ index: z.number(), predicate: z.string(), complete: z.boolean(), uncertain: CycleView.shape.frameworkUncertain }).meta({ id: 'EvaluationCycleListItem' });

export function evaluationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/evaluations', tags: ['evaluations'], summary: 'Every yearly evaluation cycle, newest first, with its index so far', responses: { 200: jsonOk(z.array(CycleListItem)), ...problemResponses } }),
      async (c) => c.json(await listCycles(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/evaluations', tags: ['evaluations'], summary: "Open the year's evaluation cycle (Dumai 67/2022 Ps 33(2))", request: jsonBody(CycleInput), responses: { 201: jsonOk(CycleView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createCycle(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}', tags: ['evaluations'], summary: 'A cycle with its teams and every indicator', request: { params: IdParam }, responses: { 200: jsonOk(CycleView), ...problemResponses } }),
      async (c) => c.json(await getCycle(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/history', tags: ['evaluations'], summary: 'The audit trail of a cycle, newest first', request: { params: IdParam }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const { cycle } = await loadCycle(deps.db, ctx, c.req.valid('param').id);
        return c.json(await findEntityHistory(deps.db, ctx.tenantId, 'evaluation', cycle.id), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/team-candidates', tags: ['evaluations'], summary: 'The people a coordinator may put on a team', request: { params: IdParam }, responses: { 200: jsonOk(z.array(TeamCandidate)), ...problemResponses } }),
      async (c) => c.json(await listTeamCandidates(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/evaluations/{id}/teams/{kind}', tags: ['evaluations'], summary: 'Set the coordination team or the internal assessor team and its decree (Ps 33(4)–(5))', request: { params: TeamParams, ...jsonBody(TeamInput) }, responses: { 200: jsonOk(CycleView), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await setTeam(deps.db, c.get('ctx'), p.id, p.kind, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/evaluations/{id}/teams/{kind}/decree-file', tags: ['evaluations'], summary: "Upload the team's decree", request: { params: TeamParams, ...fileUploadBody }, responses: { 200: jsonOk(CycleView), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        return c.json(await uploadTeamDecree(deps.db, c.get('ctx'), deps.files, p.id, p.kind, upload), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/teams/{kind}/decree-file', tags: ['evaluations'], summary: "Download the team's decree (integrity-checked)", request: { params: TeamParams }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readTeamDecree(deps.db, c.get('ctx'), deps.files, p.id, p.kind));
      },
    )
    .openapi(
      createRoute({ method: 'put', path: '/evaluations/{id}/assignments', tags: ['evaluations'], summary: 'Assign indicators to the agencies that answer for them', request: { params: IdParam, ...jsonBody(AssignmentInput) }, responses: { 200: jsonOk(CycleView), ...problemResponses } }),
      async (c) => c.json(await assignIndicators(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/assignments/template', tags: ['evaluations'], summary: 'The assignment template: every indicator with an agency drop-down, filled as assigned now', request: { params: IdParam }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => {
        const { content, year } = await exportAssignmentTemplate(deps.db, c.get('ctx'), c.req.valid('param').id);
        return sendXlsx(c, content, `penugasan-indikator-${year}`);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/evaluations/{id}/assignments/import',
        tags: ['evaluations'],
        summary: 'Assignments from the filled template: a report per row; with commit=true the valid rows are saved',
        request: { params: IdParam, query: ImportQuery, ...fileUploadBody },
        responses: { 200: jsonOk(ImportReport), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: xlsxOnly });
        return c.json(await importAssignments(deps.db, c.get('ctx'), c.req.valid('param').id, upload.content, c.req.valid('query').commit === 'true'), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/evaluations/{id}/advance', tags: ['evaluations'], summary: 'Close the self-assessment, close the verification, or submit (then read-only)', request: { params: IdParam, ...jsonBody(AdvanceInput) }, responses: { 200: jsonOk(CycleView), ...problemResponses } }),
      async (c) => c.json(await advanceCycle(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').to), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/results', tags: ['evaluations'], summary: 'Index, domain and aspect indices, predicate, priorities and the change from earlier years', request: { params: IdParam }, responses: { 200: jsonOk(CycleResults), ...problemResponses } }),
      async (c) => c.json(await getResults(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/evaluations/{id}/what-if', tags: ['evaluations'], summary: 'The index if some indicators had other levels (nothing is saved)', request: { params: IdParam, ...jsonBody(WhatIfInput) }, responses: { 200: jsonOk(WhatIfView), ...problemResponses } }),
      async (c) => c.json(await runWhatIf(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').changes), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/export/pdf', tags: ['evaluations'], summary: 'The evaluation report as PDF', request: { params: IdParam }, responses: { 200: pdfResponse, ...problemResponses } }),
      async (c) => {
        const { content, year } = await exportEvaluationPdf(deps.db, deps, c.get('ctx'), c.req.valid('param').id);
        return sendPdf(c, content, `evaluasi-spbe-${year}`);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/evaluations/{id}/export/xlsx', tags: ['evaluations'], summary: "The answers in the national questionnaire's layout", request: { params: IdParam }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => {
        const { content, year } = await exportEvaluationWorkbook(deps.db, c.get('ctx'), c.req.valid('param').id);
        return sendXlsx(c, content, `kuesioner-spbe-${year}`);
      },
    )
    .route('/', evaluationIndicatorRoutes(deps))
    .route('/', evaluationPortalRoutes(deps));
}
