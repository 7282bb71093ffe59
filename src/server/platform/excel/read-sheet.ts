import ExcelJS from 'exceljs';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { headerAliases, type SheetColumn } from './columns';
import { fromCell } from './cell-values';
import { declaredUncompressedSize } from './zip-entry-sizes';

export interface SheetRow {
  /** 1-based row number as Excel shows it */
  row: number;
  values: Record<string, string | null>;
  /** the columns the sheet has (a column it leaves out is not a request to clear the field) */
  present: ReadonlySet<string>;
}

/** How much of an uploaded workbook an import reads (config: IMPORT_MAX_ROWS, IMPORT_MAX_UNCOMPRESSED_BYTES). */
export interface ImportLimits {
  maxRows: number;
  maxUncompressedBytes: number;
  /** a read taking longer is stopped: the file is refused as too large */
  timeoutMs?: number;
}

export const defaultImportLimits: ImportLimits = { maxRows: 5000, maxUncompressedBytes: 50 * 1_048_576 };

// the worker's heap: a workbook within the limits fits many times over; a lying zip bomb does not
const workerHeapMb = 256;

function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim() || null; // hyperlink
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue); // formula
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim() || null;
    return null;
  }
  const text = String(value).trim();
  return text === '' ? null : text;
}

type WorkerAnswer = { rows: { number: number; values: ExcelJS.CellValue[] }[] } | { error: string };

/**
 * Reads the first worksheet as a stream in a worker thread, so a large upload neither
 * blocks other requests on the event loop nor holds the whole unpacked workbook in memory,
 * and stops as soon as a limit is passed.
 */
function readRowsInWorker(content: Buffer, limits: ImportLimits): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-rows-worker.mjs', import.meta.url), {
      workerData: { content, maxRows: limits.maxRows, maxChars: limits.maxUncompressedBytes },
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
      execArgv: [],
    });
    let settled = false;
    const finish = (answer: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ error: 'IMPORT_TOO_LARGE' }), limits.timeoutMs ?? 60_000);
    worker.once('message', (answer: WorkerAnswer) => finish(answer));
    // out of memory (a zip bomb that lied about its sizes) or a crash
    worker.once('error', (err: Error & { code?: string }) => finish({ error: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'IMPORT_TOO_LARGE' : 'IMPORT_FILE_INVALID' }));
    worker.once('exit', () => finish({ error: 'IMPORT_FILE_INVALID' }));
  });
}

function refuse(code: string, limits: ImportLimits): never {
  if (code === 'IMPORT_TOO_MANY_ROWS') throw new AppError(code, 422, { limit: limits.maxRows });
  if (code === 'IMPORT_TOO_LARGE') throw new AppError(code, 413, { limit: Math.round(limits.maxUncompressedBytes / 1_048_576) });
  throw new AppError('IMPORT_FILE_INVALID', 422);
}

/** Reads the first sheet: row 1 is the header, matched to columns by either language or key. */
export async function readSheet(content: Buffer, columns: SheetColumn[], limits: ImportLimits = defaultImportLimits): Promise<SheetRow[]> {
  const declared = declaredUncompressedSize(content);
  if (declared === null) refuse('IMPORT_FILE_INVALID', limits);
  if (declared > limits.maxUncompressedBytes) refuse('IMPORT_TOO_LARGE', limits);
  const answer = await readRowsInWorker(content, limits);
  if ('error' in answer) refuse(answer.error, limits);
  const [header, ...data] = answer.rows;
  const positions = new Map<string, number>();
  if (header?.number === 1) {
    header.values.forEach((value, index) => {
      const text = (cellText(value) ?? '').toLowerCase();
      const column = columns.find((c) => headerAliases(c).includes(text));
      if (column && !positions.has(column.key)) positions.set(column.key, index);
    });
  }
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) throw new AppError('IMPORT_HEADER_MISSING', 422, { columns: missing.map((c) => c.key).join(', ') });
  const present: ReadonlySet<string> = new Set(positions.keys());
  const rows: SheetRow[] = [];
  for (const row of header?.number === 1 ? data : answer.rows) {
    // a column the sheet leaves out reads as empty, like an empty cell, so parsers see null
    const values: Record<string, string | null> = Object.fromEntries(columns.map((c) => [c.key, null]));
    let any = false;
    for (const [key, index] of positions) {
      const column = columns.find((c) => c.key === key)!;
      values[key] = fromCell(column, cellText(row.values[index] ?? null));
      if (values[key] !== null) any = true;
    }
    if (any) rows.push({ row: row.number, values, present });
  }
  return rows;
}
