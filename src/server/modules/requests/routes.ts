import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../../platform/context';
import type { AppEnv } from '../../platform/http/env';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { readUpload } from '../../platform/http/read-upload';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { authorize } from '../../platform/policy/can';
import { toCalendarDate } from '../../../workflow/working-days';
import {
  CommentInput,
  InboxCounts,
  RecommendationQuery,
  RecommendationView,
  RequestCreateInput,
  RequestListQuery,
  RequestPage,
  RequestStepInput,
  RequestTypeView,
  RequestUpdateInput,
  RequestView,
} from '../../../shared/requests';
import { deliverDueNotifications } from '../notifications/delivery';
import { createRequest, getRequest, updateRequest } from './service';
import { takeRequestStep } from './transition-service';
import { attachToRequest, commentOnRequest, readRequestAttachment } from './attachment-service';
import { countInbox, listRequests } from './inbox-service';
import { getRequestLetter } from './letters/letter-service';
import { getIssuedRecommendation } from './recommendations';
import { listTenantRequestTypes } from './request-types';
import { presentRequestType } from './present-type';

const AttachmentParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  attachmentId: z.uuid().meta({ param: { name: 'attachmentId', in: 'path' } }),
});
const LetterParams = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' } }),
  kind: z.enum(['request', 'decision']).meta({ param: { name: 'kind', in: 'path' } }),
});
const pdfResponse = { description: 'PDF letter', content: { 'application/pdf': { schema: z.any().meta({ type: 'string', format: 'binary' }) } } };

/** Sends the messages a write queued, after the response: a slow mail server never delays it. */
function sendQueued(deps: AppDeps, c: Context<AppEnv>) {
  const ctx = c.get('ctx');
  void deliverDueNotifications(deps.db, { tenantId: ctx.tenantId, log: ctx.log }).catch((err) => ctx.log.warn({ err }, 'notification delivery run failed'));
}

export function requestRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/request-types', tags: ['requests'], summary: "The request types under the tenant's regulations today: form (JSON Schema), states, steps and what each needs", responses: { 200: jsonOk(z.array(RequestTypeView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'request.read');
        const defs = await listTenantRequestTypes(deps.db, ctx.tenantId, toCalendarDate(new Date()));
        return c.json(defs.map(presentRequestType), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/inbox', tags: ['requests'], summary: 'Counts of my inbox: to act, waiting, copies, overdue, unread notifications', responses: { 200: jsonOk(InboxCounts), ...problemResponses } }),
      async (c) => c.json(await countInbox(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/requests', tags: ['requests'], summary: 'Requests I may see, by inbox box (to_act, mine, copies, overdue, all)', request: { query: RequestListQuery }, responses: { 200: jsonOk(RequestPage), ...problemResponses } }),
      async (c) => c.json(await listRequests(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/requests', tags: ['requests'], summary: 'Start a request as a draft of my agency', request: jsonBody(RequestCreateInput), responses: { 201: jsonOk(RequestView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createRequest(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/requests/recommendations', tags: ['requests'], summary: 'An issued technical recommendation by its number (what an application or budget item cites)', request: { query: RecommendationQuery }, responses: { 200: jsonOk(RecommendationView), ...problemResponses } }),
      async (c) => c.json(await getIssuedRecommendation(deps.db, c.get('ctx'), c.req.valid('query').number), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/requests/{id}', tags: ['requests'], summary: 'One request with its timeline, comments, attachments and the steps I may take', request: { params: IdParam }, responses: { 200: jsonOk(RequestView), ...problemResponses } }),
      async (c) => c.json(await getRequest(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/requests/{id}', tags: ['requests'], summary: 'Edit the form while it is a draft or returned for revision', request: { params: IdParam, ...jsonBody(RequestUpdateInput) }, responses: { 200: jsonOk(RequestView), ...problemResponses } }),
      async (c) => c.json(await updateRequest(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/requests/{id}/steps',
        tags: ['requests'],
        summary: 'Take a step: submit, recommend, return_for_revision, resubmit, withdraw, approve, reject (the engine decides who may)',
        request: { params: IdParam, ...jsonBody(RequestStepInput) },
        responses: { 200: jsonOk(RequestView), ...problemResponses },
      }),
      async (c) => {
        const view = await takeRequestStep(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json'));
        sendQueued(deps, c);
        return c.json(view, 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/requests/{id}/comments', tags: ['requests'], summary: 'Comment on a request', request: { params: IdParam, ...jsonBody(CommentInput) }, responses: { 200: jsonOk(RequestView), ...problemResponses } }),
      async (c) => {
        const view = await commentOnRequest(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').body);
        sendQueued(deps, c);
        return c.json(view, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/requests/{id}/attachments',
        tags: ['requests'],
        summary: 'Attach a document (PDF, office document, image or zip), stored by SHA-256',
        request: { params: IdParam, ...fileUploadBody },
        responses: { 200: jsonOk(RequestView), ...problemResponses, 413: problemResponses[422], 415: problemResponses[422] },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        return c.json(await attachToRequest(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id, upload), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/requests/{id}/attachments/{attachmentId}', tags: ['requests'], summary: 'Download an attachment (integrity-checked)', request: { params: AttachmentParams }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        return sendFile(c, await readRequestAttachment(deps.db, c.get('ctx'), deps.files, p.id, p.attachmentId));
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/requests/{id}/letters/{kind}', tags: ['requests'], summary: 'The letter of the request or of its decision: a signed PDF with a QR code to its public verification page', request: { params: LetterParams }, responses: { 200: pdfResponse, ...problemResponses } }),
      async (c) => {
        const p = c.req.valid('param');
        const letter = await getRequestLetter(deps.db, deps, c.get('ctx'), p.id, p.kind);
        return c.body(new Uint8Array(letter.content), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${letter.fileName}"`,
          'x-document-id': letter.documentId,
        });
      },
    );
}
