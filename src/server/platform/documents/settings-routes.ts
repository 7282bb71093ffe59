import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../context';
import { fileUploadBody, jsonBody, jsonOk, newRouter, problemResponses } from '../http/route-helpers';
import { readUpload } from '../http/read-upload';
import { sendFile, storedFileResponse } from '../http/send-file';
import { AppError } from '../errors';
import { LetterheadInput, LetterheadView, SigningCertificateState } from '../../../shared/settings';
import { getLetterhead, logoMimeTypes, readLetterheadLogo, removeLetterheadLogo, setLetterheadLines, setLetterheadLogo } from './letterhead-service';
import { getSigningCertificate, installSigningCertificate } from './signing-certificate-service';

const certificateUpload = {
  body: {
    content: {
      'multipart/form-data': {
        schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }), password: z.string() }).meta({ id: 'CertificateUpload' }),
      },
    },
    required: true,
  },
};

const binary = { schema: z.any().meta({ type: 'string', format: 'binary' }) };
const logoResponse = { description: 'PNG or JPEG, as uploaded', headers: storedFileResponse.headers, content: { 'image/png': binary, 'image/jpeg': binary } };

/** The letterhead and the signing certificate of the documents the tenant issues. */
export function documentSettingsRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/letterhead', tags: ['documents'], summary: 'The letterhead printed on issued documents', responses: { 200: jsonOk(LetterheadView), ...problemResponses } }),
      async (c) => c.json(await getLetterhead(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'put', path: '/letterhead', tags: ['documents'], summary: 'Set the letterhead lines (the Pemda, the office, its address)', request: jsonBody(LetterheadInput), responses: { 200: jsonOk(LetterheadView), ...problemResponses } }),
      async (c) => c.json(await setLetterheadLines(deps.db, c.get('ctx'), c.req.valid('json').lines), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/letterhead/logo', tags: ['documents'], summary: 'The letterhead logo', responses: { 200: logoResponse, ...problemResponses } }),
      async (c) => {
        const logo = await readLetterheadLogo(deps.db, deps, c.get('ctx'));
        if (!logo) throw new AppError('NOT_FOUND', 404, { entity: 'logo' });
        return sendFile(c, logo);
      },
    )
    .openapi(
      createRoute({ method: 'put', path: '/letterhead/logo', tags: ['documents'], summary: 'Upload the letterhead logo (PNG or JPEG)', request: fileUploadBody, responses: { 200: jsonOk(LetterheadView), ...problemResponses } }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: logoMimeTypes });
        return c.json(await setLetterheadLogo(deps.db, deps, c.get('ctx'), upload), 200);
      },
    )
    .openapi(
      createRoute({ method: 'delete', path: '/letterhead/logo', tags: ['documents'], summary: 'Remove the letterhead logo', responses: { 200: jsonOk(LetterheadView), ...problemResponses } }),
      async (c) => c.json(await removeLetterheadLogo(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/signing-certificate', tags: ['documents'], summary: 'The certificate documents are signed with: subject, issuer, serial, validity', responses: { 200: jsonOk(SigningCertificateState), ...problemResponses } }),
      async (c) => c.json(await getSigningCertificate(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/signing-certificate', tags: ['documents'], summary: 'Install a PKCS#12 (.p12/.pfx) certificate with its password, e.g. one issued by BSrE; refused when expired, not yet valid or the password is wrong', request: certificateUpload, responses: { 200: jsonOk(SigningCertificateState), ...problemResponses } }),
      async (c) => {
        const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
        const file = body.file;
        if (!(file instanceof File)) throw new AppError('FILE_REQUIRED', 422, {}, { file: 'FILE_REQUIRED' });
        if (file.size > deps.config.MAX_UPLOAD_BYTES) throw new AppError('FILE_TOO_LARGE', 413, { limit: deps.config.MAX_UPLOAD_BYTES }, { file: 'FILE_TOO_LARGE' });
        const password = typeof body.password === 'string' ? body.password : '';
        const content = Buffer.from(await file.arrayBuffer());
        return c.json(await installSigningCertificate(deps.db, deps, c.get('ctx'), { content, password }), 200);
      },
    );
}
