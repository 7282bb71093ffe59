import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from './env';

export const pdfResponse = { description: 'PDF document', content: { 'application/pdf': { schema: z.any().meta({ type: 'string', format: 'binary' }) } } };

/**
 * OpenAPI for a download of a stored file: it comes back in the type it was uploaded with, so
 * any media type, with its SHA-256 in a header. Declaring it keeps the document truthful for
 * client generators and lets the process tests find every route that returns a file.
 */
export const storedFileResponse = {
  description: 'The stored file, in the type it was uploaded with (integrity-checked on read)',
  headers: { 'X-Content-SHA256': { description: 'SHA-256 of the content, hex', schema: { type: 'string' as const } } },
  content: { '*/*': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

/** A stored file as a download, with its SHA-256 in a header so the receiver can check it. */
export function sendFile(c: Context<AppEnv>, found: { file: { mimeType: string; fileName: string; sha256: string }; content: Buffer }) {
  return c.body(new Uint8Array(found.content), 200, {
    'content-type': found.file.mimeType,
    'content-disposition': `attachment; filename="${encodeURIComponent(found.file.fileName)}"`,
    'x-content-sha256': found.file.sha256,
  });
}

export function sendPdf(c: Context<AppEnv>, content: Buffer, baseName: string) {
  return c.body(new Uint8Array(content), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${baseName}.pdf"`,
  });
}

export const zipResponse = { description: 'ZIP archive', content: { 'application/zip': { schema: z.any().meta({ type: 'string', format: 'binary' }) } } };

export function sendZip(c: Context<AppEnv>, content: Buffer, baseName: string) {
  return c.body(new Uint8Array(content), 200, {
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename="${baseName}.zip"`,
  });
}
