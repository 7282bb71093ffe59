import { isUtf8 } from 'node:buffer';
/**
 * The type of an upload comes from its first bytes, not from the name or the header the
 * browser sends: a renamed executable must not pass as a PDF.
 */
const signatures: { mime: string; bytes: number[] }[] = [
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx/xlsx/odt
];

export function detectMimeType(content: Buffer, fileName: string): string | null {
  for (const sig of signatures) {
    if (sig.bytes.every((b, i) => content[i] === b)) {
      if (sig.mime === 'application/zip') {
        if (fileName.toLowerCase().endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        if (fileName.toLowerCase().endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      }
      return sig.mime;
    }
  }
  // text has no signature: a .csv is accepted as CSV when it is UTF-8 text without NUL bytes
  if (fileName.toLowerCase().endsWith('.csv') && !content.includes(0) && isUtf8(content)) return 'text/csv';
  return null;
}

/** Imports that read a table: an Excel workbook or a CSV file. */
export const tableMimeTypes = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** Evidence and handover documents: PDF, office documents, images, zip archives of source code. */
export const documentMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/zip',
  'image/png',
  'image/jpeg',
];
