import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  fields?: Record<string, string>;
  messages?: Record<string, string>;
  requestId?: string;
}

/** Asserts an RFC 9457 problem response with the given status and code, and returns its body. */
export async function expectProblem(res: Response, status: number, code: string): Promise<ProblemBody> {
  const text = await res.text();
  expect({ status: res.status, body: text }).toMatchObject({ status });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(text) as ProblemBody;
  expect(body).toMatchObject({ status, code });
  expect(body.title.length).toBeGreaterThan(0);
  return body;
}

/** An .xlsx with the given header row and rows, for import tests. */
export async function buildWorkbook(header: string[], rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet of a workbook as objects keyed by the header row. */
export async function readWorkbook(content: ArrayBuffer | Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as ArrayBuffer);
  const ws = wb.worksheets[0];
  const header: string[] = [];
  ws.getRow(1).eachCell((cell, col) => (header[col] = String(cell.value)));
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const obj: Record<string, string> = {};
    row.eachCell((cell, col) => (obj[header[col]] = String(cell.value)));
    out.push(obj);
  });
  return out;
}

/** A multipart body with one `file` field. */
export function fileForm(name: string, content: Buffer | Uint8Array, type = 'application/octet-stream'): FormData {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(content)], name, { type }));
  return form;
}

/** The smallest bytes that pass as a PDF by signature. */
export const pdfBytes = (text = 'uji') => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export async function countAudit(db: Queryable, tenantId: string): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM audit_entries WHERE tenant_id = ${tenantId}`);
  return Number(row.n);
}

export async function countRows(db: Queryable, table: string, tenantId: string): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE tenant_id = ${tenantId}`);
  return Number(row.n);
}
