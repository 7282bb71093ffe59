import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../context';
import { fileUploadBody, IdParam, jsonOk, newRouter, problemResponses } from '../http/route-helpers';
import { readUpload } from '../http/read-upload';
import { AppError } from '../errors';
import { sha256Hex } from '../files/file-store';
import { DocumentVerification, PublicDocument } from '../../../shared/documents';
import { findPublicDocument, findPublicDocumentBySha } from './issue-document';
import { verifySignedPdf } from './verify-pdf';

function presentPublic(row: NonNullable<Awaited<ReturnType<typeof findPublicDocument>>>) {
  return { ...row, issuedAt: row.issuedAt.toISOString() };
}

/** The public verification of signed documents: anyone holding a letter can check it. */
export function documentRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/documents/{id}',
        tags: ['public'],
        summary: 'Public facts about an issued, signed document (the QR code on every page points here)',
        request: { params: IdParam },
        responses: { 200: jsonOk(PublicDocument), ...problemResponses },
      }),
      async (c) => {
        const row = await findPublicDocument(deps.db, c.req.valid('param').id);
        if (!row) throw new AppError('NOT_FOUND', 404, { entity: 'document' });
        return c.json(presentPublic(row), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/documents/verify',
        tags: ['public'],
        summary: 'Upload a PDF: checks its signature and whether Simpul issued exactly these bytes',
        request: fileUploadBody,
        responses: { 200: jsonOk(DocumentVerification), ...problemResponses },
      }),
      async (c) => {
        const upload = await readUpload(c, { maxBytes: deps.config.MAX_UPLOAD_BYTES, allowed: ['application/pdf'] });
        const check = verifySignedPdf(upload.content);
        const sha256 = sha256Hex(upload.content);
        const issued = await findPublicDocumentBySha(deps.db, sha256);
        return c.json(
          {
            signed: check.signed,
            valid: check.signed ? check.valid : false,
            digestMatches: check.signed ? check.digestMatches : false,
            signatureMatches: check.signed ? check.signatureMatches : false,
            signer: check.signed ? check.signer : null,
            signedAt: check.signed ? check.signedAt : null,
            sha256,
            issued: issued ? presentPublic(issued) : null,
          },
          200,
        );
      },
    );
}
