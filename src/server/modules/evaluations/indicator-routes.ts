import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { EvidenceFileInput, EvidenceLinkInput, EvidenceRecordOption, EvidenceUrlInput, IndicatorDetail, ReturnInput, SelfAssessmentInput, SubmitInput, VerificationInput } from '../../../shared/evaluations';
import { listEvidenceRecordOptions } from './options-service';
import { addEvidenceFile, addEvidenceLink, addEvidenceUrl, getIndicator, readEvidenceFile, removeEvidence, returnIndicator, selfAssess, submitIndicator, verifyIndicator } from './assessment-service';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';

const IndicatorParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  number: z.coerce.number().int().min(1).max(200).meta({ param: { name: 'number', in: 'path' } }),
});
const EvidenceParams = IndicatorParams.extend({ evidenceId: z.uuid().meta({ param: { name: 'evidenceId', in: 'path' } }) });
const base = '/evaluations/{id}/indicators/{number}';
const evidenceFileBody = {
  body: {
    content: { 'multipart/form-data': { schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }), level: z.string().optional() }).meta({ id: 'EvidenceFileUpload' }) } },
    required: true,
  },
};

export function evaluationIndicatorRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: base, tags: ['evaluations'], summary: 'One indicator: question, level criteria, answer, verification, evidence, suggested evidence', request: { params: IndicatorParams }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await getIndicator(deps.db, c.get('ctx'), p.id, p.number), 200);
      },
    )
    .openapi(
      createRoute({ method: 'put', path: `${base}/self-assessment`, tags: ['evaluations'], summary: "The responsible agency's level and explanation", request: { params: IndicatorParams, ...jsonBody(SelfAssessmentInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await selfAssess(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'put', path: `${base}/verification`, tags: ['evaluations'], summary: "An assessor agrees or adjusts the level with a note (Ps 33(5))", request: { params: IndicatorParams, ...jsonBody(VerificationInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await verifyIndicator(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: `${base}/submit`, tags: ['evaluations'], summary: 'The agency sends its answer to the assessors (again after a return, with its answer)', request: { params: IndicatorParams, ...jsonBody(SubmitInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await submitIndicator(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: `${base}/return`, tags: ['evaluations'], summary: 'An assessor returns the answer to the agency with a note', request: { params: IndicatorParams, ...jsonBody(ReturnInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await returnIndicator(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: `${base}/evidence/file`, tags: ['evaluations'], summary: 'Upload an evidence file (stored by SHA-256); an optional form field `level` names the level it supports', request: { params: IndicatorParams, ...evidenceFileBody }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        const { level } = await c.req.parseBody();
        const input = EvidenceFileInput.parse({ level: typeof level === 'string' && level !== '' ? level : null });
        return c.json(await addEvidenceFile(deps.db, c.get('ctx'), deps.files, p.id, p.number, upload, input), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: `${base}/evidence/link`, tags: ['evaluations'], summary: 'Cite a Simpul record as evidence (an application, an internal policy)', request: { params: IndicatorParams, ...jsonBody(EvidenceLinkInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await addEvidenceLink(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: `${base}/evidence/url`, tags: ['evaluations'], summary: 'Cite a web address as evidence', request: { params: IndicatorParams, ...jsonBody(EvidenceUrlInput) }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await addEvidenceUrl(deps.db, c.get('ctx'), p.id, p.number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: `${base}/record-options`, tags: ['evaluations'], summary: 'The Simpul records the responsible agency may cite (applications, recorded internal policies)', request: { params: IndicatorParams }, responses: { 200: jsonOk(z.array(EvidenceRecordOption)), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await listEvidenceRecordOptions(deps.db, c.get('ctx'), p.id, p.number), 200);
      },
    )
    .openapi(
      createRoute({ method: 'delete', path: `${base}/evidence/{evidenceId}`, tags: ['evaluations'], summary: 'Take evidence off an indicator (the audit trail keeps it)', request: { params: EvidenceParams }, responses: { 200: jsonOk(IndicatorDetail), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await removeEvidence(deps.db, c.get('ctx'), p.id, p.number, p.evidenceId), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: `${base}/evidence/{evidenceId}/file`, tags: ['evaluations'], summary: 'Download an evidence file (integrity-checked)', request: { params: EvidenceParams }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readEvidenceFile(deps.db, c.get('ctx'), deps.files, p.id, p.number, p.evidenceId));
      },
    );
}
