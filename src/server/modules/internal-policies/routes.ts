import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { fileUploadBody, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { InternalPolicyInput, InternalPolicyView, PolicyReviewInput } from '../../../shared/internal-policies';
import { addPolicyReview, findPolicyView, listInternalPolicies, readPolicyFile, setInternalPolicy, uploadPolicyFile, uploadReviewFile } from './service';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';

const CodeParam = z.object({ code: z.string().max(60).meta({ param: { name: 'code', in: 'path' } }) });
const ReviewParams = CodeParam.extend({ reviewId: z.uuid().meta({ param: { name: 'reviewId', in: 'path' } }) });
const upload = (c: Parameters<typeof readUpload>[0], deps: AppDeps) => readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });

export function internalPolicyRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/internal-policies', tags: ['internal-policies'], summary: 'The internal policies of Dumai 67/2022 Lampiran, recorded or not, with reviews and the next review date', responses: { 200: jsonOk(z.array(InternalPolicyView)), ...problemResponses } }),
      async (c) => c.json(await listInternalPolicies(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/internal-policies/{code}', tags: ['internal-policies'], summary: 'One internal policy', request: { params: CodeParam }, responses: { 200: jsonOk(InternalPolicyView), ...problemResponses } }),
      async (c) => c.json(await findPolicyView(deps.db, c.get('ctx'), c.req.valid('param').code), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/internal-policies/{code}', tags: ['internal-policies'], summary: 'Record the decree that sets the policy, or a new one', request: { params: CodeParam, ...jsonBody(InternalPolicyInput) }, responses: { 200: jsonOk(InternalPolicyView), ...problemResponses } }),
      async (c) => c.json(await setInternalPolicy(deps.db, c.get('ctx'), c.req.valid('param').code, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/internal-policies/{code}/file', tags: ['internal-policies'], summary: 'Upload the decree', request: { params: CodeParam, ...fileUploadBody }, responses: { 200: jsonOk(InternalPolicyView), ...problemResponses } }),
      async (c) => c.json(await uploadPolicyFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').code, await upload(c, deps)), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/internal-policies/{code}/file', tags: ['internal-policies'], summary: 'Download the decree', request: { params: CodeParam }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => sendFile(c, await readPolicyFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').code)),
    )
    .openapi(
      createRoute({ method: 'post', path: '/internal-policies/{code}/reviews', tags: ['internal-policies'], summary: 'Record a review report (laporan hasil reviu dan evaluasi)', request: { params: CodeParam, ...jsonBody(PolicyReviewInput) }, responses: { 201: jsonOk(z.object({ id: z.uuid(), policy: InternalPolicyView }), 'Created'), ...problemResponses } }),
      async (c) => c.json(await addPolicyReview(deps.db, c.get('ctx'), c.req.valid('param').code, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'post', path: '/internal-policies/{code}/reviews/{reviewId}/file', tags: ['internal-policies'], summary: "Upload a review report's file", request: { params: ReviewParams, ...fileUploadBody }, responses: { 200: jsonOk(InternalPolicyView), ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await uploadReviewFile(deps.db, c.get('ctx'), deps.files, p.code, p.reviewId, await upload(c, deps)), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/internal-policies/{code}/reviews/{reviewId}/file', tags: ['internal-policies'], summary: "Download a review report's file", request: { params: ReviewParams }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readPolicyFile(deps.db, c.get('ctx'), deps.files, p.code, p.reviewId));
      },
    );
}
