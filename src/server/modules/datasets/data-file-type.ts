import type { Context } from 'hono';
import { AppError } from '../../platform/errors';
import { detectMimeType } from '../../platform/files/detect-type';
import type { AppEnv } from '../../platform/http/env';
import type { Upload } from '../../platform/http/read-upload';

/**
 * Perpres 39/2019 Ps 9(2) huruf b: data is kept "dalam format terbuka yang dapat dibaca sistem
 * elektronik". Binary formats are known by their first bytes; text formats have none, so they
 * are accepted by extension only when the content is UTF-8 text (and JSON parses).
 */
const binaryTypes = ['application/pdf', 'application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const textTypes: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  geojson: 'application/geo+json',
  xml: 'application/xml',
};

export const dataFileFormats = ['CSV', 'TSV', 'JSON', 'GeoJSON', 'XML', 'XLSX', 'PDF', 'ZIP'];

function decodeUtf8(content: Buffer): string | null {
  if (content.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

export function detectDataFileType(content: Buffer, fileName: string): string | null {
  // detectMimeType also names a UTF-8 .csv (for table imports); text formats are checked below
  const detected = detectMimeType(content, fileName);
  const binary = detected && !Object.values(textTypes).includes(detected) ? detected : null;
  if (binary) return binaryTypes.includes(binary) ? binary : null;
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const mime = textTypes[extension];
  if (!mime) return null;
  const text = decodeUtf8(content);
  if (text === null) return null;
  if (extension === 'json' || extension === 'geojson') {
    try {
      JSON.parse(text);
    } catch {
      return null;
    }
  }
  return mime;
}

/** The format label a resource shows (CKAN `format`), from the detected type. */
export function formatOfMime(mime: string): string {
  const labels: Record<string, string> = {
    'text/csv': 'CSV',
    'text/tab-separated-values': 'TSV',
    'application/json': 'JSON',
    'application/geo+json': 'GeoJSON',
    'application/xml': 'XML',
    'application/pdf': 'PDF',
    'application/zip': 'ZIP',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  };
  return labels[mime] ?? 'BIN';
}

/** The `file` field of a multipart body, checked by size and by its content. */
export async function readDataUpload(c: Context<AppEnv>, maxBytes: number): Promise<Upload> {
  const body = await c.req.parseBody().catch(() => {
    throw new AppError('FILE_REQUIRED', 422, {}, { file: 'FILE_REQUIRED' });
  });
  const file = body.file;
  if (!(file instanceof File)) throw new AppError('FILE_REQUIRED', 422, {}, { file: 'FILE_REQUIRED' });
  if (file.size > maxBytes) throw new AppError('FILE_TOO_LARGE', 413, { limit: maxBytes }, { file: 'FILE_TOO_LARGE' });
  const content = Buffer.from(await file.arrayBuffer());
  const fileName = file.name.replace(/[\\/\0]/g, '_').slice(0, 200);
  const mimeType = detectDataFileType(content, fileName);
  if (!mimeType) throw new AppError('FILE_TYPE_NOT_ALLOWED', 415, { allowed: dataFileFormats.join(', ') }, { file: 'FILE_TYPE_NOT_ALLOWED' });
  return { content, fileName, mimeType };
}
