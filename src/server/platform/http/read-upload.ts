import type { Context } from 'hono';
import { AppError } from '../errors';
import { detectMimeType } from '../files/detect-type';
import type { AppEnv } from './env';

export interface Upload {
  content: Buffer;
  fileName: string;
  mimeType: string;
}

/** The `file` field of a multipart body, checked by size and by its real content type. */
export async function readUpload(c: Context<AppEnv>, opts: { maxBytes: number; allowed: string[] }): Promise<Upload> {
  const body = await c.req.parseBody().catch(() => {
    throw new AppError('FILE_REQUIRED', 422, {}, { file: 'FILE_REQUIRED' });
  });
  const file = body.file;
  if (!(file instanceof File)) throw new AppError('FILE_REQUIRED', 422, {}, { file: 'FILE_REQUIRED' });
  if (file.size > opts.maxBytes) throw new AppError('FILE_TOO_LARGE', 413, { limit: opts.maxBytes }, { file: 'FILE_TOO_LARGE' });
  const content = Buffer.from(await file.arrayBuffer());
  const mimeType = detectMimeType(content, file.name);
  if (!mimeType || !opts.allowed.includes(mimeType)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', 415, { allowed: opts.allowed.map((m) => m.split('/')[1].split('.').pop()).join(', ') }, { file: 'FILE_TYPE_NOT_ALLOWED' });
  }
  return { content, fileName: file.name.replace(/[\\/\0]/g, '_').slice(0, 200), mimeType };
}

export const xlsxOnly = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
