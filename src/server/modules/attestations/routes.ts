import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { documentMimeTypes } from '../../platform/files/detect-type';
import { readUpload } from '../../platform/http/read-upload';
import { fileUploadBody, IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { sendFile, storedFileResponse } from '../../platform/http/send-file';
import { AttestationInput, AttestationList, AttestationListQuery, AttestationNote, AttestationReturn, AttestationUpdate, AttestationView } from '../../../shared/attestations';
import { createAttestation, getAttestation, listAttestations, readAttestationFile, updateAttestation, uploadAttestationFile } from './service';
import { acceptAttestation, returnAttestation, submitAttestation } from './transition-service';

const tags = ['attestations'];
const ok = { 200: jsonOk(AttestationView), ...problemResponses };

export function attestationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/attestations', tags, summary: "Attestations the reader may see: the Inspectorate's queue (state=submitted) or one obligation's, with the parties it binds", request: { query: AttestationListQuery }, responses: { 200: jsonOk(AttestationList), ...problemResponses } }),
      async (c) => c.json(await listAttestations(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/attestations', tags, summary: "The bound party's head writes a statement (draft)", request: jsonBody(AttestationInput), responses: { 201: jsonOk(AttestationView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createAttestation(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/attestations/{id}', tags, summary: 'One attestation with its history', request: { params: IdParam }, responses: ok }),
      async (c) => c.json(await getAttestation(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/attestations/{id}', tags, summary: 'Rewrite a draft or returned statement', request: { params: IdParam, ...jsonBody(AttestationUpdate) }, responses: ok }),
      async (c) => c.json(await updateAttestation(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/attestations/{id}/file', tags, summary: 'Upload the evidence file', request: { params: IdParam, ...fileUploadBody }, responses: ok }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: documentMimeTypes });
        return c.json(await uploadAttestationFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id, upload), 200);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/attestations/{id}/file', tags, summary: 'Download the evidence file', request: { params: IdParam }, responses: { 200: storedFileResponse, ...problemResponses } }),
      async (c) => sendFile(c, await readAttestationFile(deps.db, c.get('ctx'), deps.files, c.req.valid('param').id)),
    )
    .openapi(
      createRoute({ method: 'post', path: '/attestations/{id}/submit', tags, summary: 'Hand the statement to the Inspectorate (a note answers a return)', request: { params: IdParam, ...jsonBody(AttestationNote) }, responses: ok }),
      async (c) => c.json(await submitAttestation(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/attestations/{id}/accept', tags, summary: 'The Inspectorate accepts the statement', request: { params: IdParam, ...jsonBody(AttestationNote) }, responses: ok }),
      async (c) => c.json(await acceptAttestation(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/attestations/{id}/return', tags, summary: 'The Inspectorate returns the statement with what is missing', request: { params: IdParam, ...jsonBody(AttestationReturn) }, responses: ok }),
      async (c) => c.json(await returnAttestation(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').note), 200),
    );
}
