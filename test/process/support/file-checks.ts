import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { expect } from 'vitest';
import { simpul, type ApiSession } from './api';

/**
 * How the layer checks a downloaded file, each with a tool independent of Simpul's own code:
 * PDFs with poppler (pdfsig, pdftotext, pdfimages) and a QR decoder, workbooks with ExcelJS,
 * stored files by SHA-256 against what was uploaded.
 */

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export interface Download {
  status: number;
  contentType: string;
  fileName: string | null;
  headers: Headers;
  content: Buffer;
}

/** GET a file as a client would: status, type, the name in Content-Disposition, the bytes. */
export async function download(session: ApiSession | null, url: string): Promise<Download> {
  const res = await fetch(url.startsWith('http') ? url : `${simpul().baseUrl}${url}`, { headers: session ? { cookie: session.cookie } : {} });
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = disposition.match(/filename="([^"]+)"/)?.[1];
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    fileName: name ? decodeURIComponent(name) : null,
    headers: res.headers,
    content: Buffer.from(await res.arrayBuffer()),
  };
}

/** A stored file comes back byte for byte as it was uploaded, and says its SHA-256. */
export function expectSameFile(file: Download, uploaded: { content: Buffer; fileName: string; mimeType: string }) {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe(uploaded.mimeType);
  expect(file.fileName).toBe(uploaded.fileName);
  expect(sha256(file.content)).toBe(sha256(uploaded.content));
  expect(file.headers.get('x-content-sha256')).toBe(sha256(uploaded.content));
}

function withTempFile<T>(content: Buffer, name: string, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-check-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The URL in the first page's QR code, decoded from the embedded image (pdfimages → PPM → jsQR). */
function readQrCode(path: string, dir: string): string | null {
  execFileSync('pdfimages', ['-f', '1', '-l', '1', path, join(dir, 'img')]);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ppm')).sort()) {
    const ppm = readFileSync(join(dir, name));
    // binary PPM: "P6\n<width> <height>\n<max>\n" then RGB bytes
    const header = ppm.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) continue;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.set([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2], 255], i * 4);
    }
    const code = jsQR(rgba, width, height);
    if (code) return code.data;
  }
  return null;
}

export interface CheckedPdf {
  documentId: string;
  text: string;
}

/**
 * A signed PDF, checked as its receiver would: poppler's pdfsig finds one valid signature over
 * the whole document; the QR code points at PUBLIC_URL/verify/<id>, on the served port; the
 * public verification (what that page calls) knows the id and, given the bytes, says they are
 * exactly what Simpul issued.
 */
export async function expectSignedPdf(file: Download, expected: { title?: RegExp | string; text?: string[] } = {}): Promise<CheckedPdf> {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe('application/pdf');
  expect(file.fileName).toMatch(/\.pdf$/);
  expect(file.content.subarray(0, 5).toString()).toBe('%PDF-');
  const { signature, text, qr } = withTempFile(file.content, 'document.pdf', (path, dir) => {
    let out: string;
    try {
      out = execFileSync('pdfsig', [path], { encoding: 'utf8' });
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? err);
    }
    return { signature: out, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }), qr: readQrCode(path, dir) };
  });
  expect(signature).toContain('Signature #1:');
  expect(signature).not.toContain('Signature #2:');
  expect(signature).toContain('Signature Validation: Signature is Valid.');
  expect(signature).toContain('Total document signed');

  // the QR code names the URL people open: PUBLIC_URL, which follows PORT by default
  expect(qr).toMatch(new RegExp(`^${simpul().publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/verify/[0-9a-f-]{36}$`));
  if (simpul().publicUrlDefaulted) expect(qr!.startsWith(`http://localhost:${simpul().port}/`)).toBe(true);
  const documentId = qr!.split('/verify/')[1];
  // the printed footer says the same address (pdftotext may break the line at the slash)
  expect(text.replace(/\s+/g, '')).toContain(`${simpul().publicUrl}/verify/${documentId}`);
  for (const line of expected.text ?? []) expect(text).toContain(line);

  const facts = await fetch(`${simpul().baseUrl}/api/public/documents/${documentId}`);
  expect(facts.status).toBe(200);
  const publicFacts = (await facts.json()) as { id: string; sha256: string; title: string; tenantName: string };
  expect(publicFacts.id).toBe(documentId);
  expect(publicFacts.sha256).toBe(sha256(file.content));
  if (expected.title) expect(publicFacts.title).toMatch(expected.title);

  const form = new FormData();
  form.append('file', new File([new Uint8Array(file.content)], 'document.pdf', { type: 'application/pdf' }));
  const verified = await fetch(`${simpul().baseUrl}/api/public/documents/verify`, { method: 'POST', body: form });
  expect(verified.status).toBe(200);
  const verdict = (await verified.json()) as Record<string, any>;
  expect(verdict).toMatchObject({ signed: true, valid: true, digestMatches: true, signatureMatches: true, sha256: sha256(file.content), issued: { id: documentId } });

  // one changed byte inside the signed range: the public verification no longer vouches for it
  const tampered = Buffer.from(file.content);
  const at = tampered.indexOf('/Title');
  expect(at).toBeGreaterThan(0);
  tampered[at + 1] = 't'.charCodeAt(0);
  const tamperedForm = new FormData();
  tamperedForm.append('file', new File([new Uint8Array(tampered)], 'document.pdf', { type: 'application/pdf' }));
  const refused = (await (await fetch(`${simpul().baseUrl}/api/public/documents/verify`, { method: 'POST', body: tamperedForm })).json()) as Record<string, any>;
  expect(refused).toMatchObject({ valid: false, digestMatches: false, issued: null });
  return { documentId, text };
}

export interface CheckedWorkbook {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  header: string[];
  /** data rows (below the header row) that hold a value */
  rows: ExcelJS.Row[];
}

/** A workbook ExcelJS can open, with the expected sheet(s), header cells and data row count. */
export async function expectWorkbook(
  file: Download,
  expected: { sheets?: string[]; sheet?: string; header?: string[]; headerRow?: number; rows?: number; fileName?: RegExp },
): Promise<CheckedWorkbook> {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe(xlsxType);
  expect(file.fileName).toMatch(expected.fileName ?? /\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
  const names = workbook.worksheets.map((w) => w.name);
  if (expected.sheets) expect(names).toEqual(expected.sheets);
  const sheet = expected.sheet ? workbook.getWorksheet(expected.sheet)! : workbook.worksheets[0];
  expect(sheet, `sheet ${expected.sheet}`).toBeDefined();
  const headerRow = expected.headerRow ?? 1;
  const header = (sheet.getRow(headerRow).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  if (expected.header) expect(header.slice(0, expected.header.length)).toEqual(expected.header);
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > headerRow && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) rows.push(row);
  });
  if (expected.rows !== undefined) expect(rows.length).toBe(expected.rows);
  return { workbook, sheet, header, rows };
}

/** A small real PDF made by hand (no Simpul code), unique by its text. */
export function makePdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A ZIP as Debian's unzip reads it: the archive tests clean (`unzip -tq`), its entry names
 * (`zipinfo -1`), and the bytes of every entry (`unzip -p`).
 */
export function expectZip(file: Download, expected: { fileName: RegExp | string; names: string[] }) {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe('application/zip');
  if (typeof expected.fileName === 'string') expect(file.fileName).toBe(expected.fileName);
  else expect(file.fileName).toMatch(expected.fileName);
  return withTempFile(file.content, 'pack.zip', (path) => {
    expect(execFileSync('unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/^No errors detected/);
    const names = execFileSync('zipinfo', ['-1', path], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(names).toEqual([...expected.names].sort());
    return Object.fromEntries(names.map((name) => [name, execFileSync('unzip', ['-p', path, name])]));
  });
}
