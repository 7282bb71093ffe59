import { AppError } from '../errors';
import { headerAliases, type SheetColumn } from './columns';
import { fromCell } from './cell-values';
import type { ImportLimits, SheetRow } from './read-sheet';

/** Splits CSV text into records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
function splitRecords(text: string, delimiter: string, maxRecords: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      if (records.length > maxRecords) throw new AppError('IMPORT_TOO_MANY_ROWS', 422, { limit: maxRecords - 1 });
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Reads a CSV file the way readSheet reads a workbook: row 1 is the header, matched to columns
 * by either language or key. The delimiter is the header's: a semicolon (as Excel writes CSV in
 * an Indonesian locale) or a comma. The same limits hold: IMPORT_MAX_ROWS data rows and
 * IMPORT_MAX_UNCOMPRESSED_BYTES of text.
 */
export function readCsv(content: Buffer, columns: SheetColumn[], limits: ImportLimits): SheetRow[] {
  if (content.length > limits.maxUncompressedBytes) throw new AppError('IMPORT_TOO_LARGE', 413, { limit: Math.round(limits.maxUncompressedBytes / 1_048_576) });
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const [header = [], ...data] = splitRecords(text, delimiter, limits.maxRows + 1);
  const positions = new Map<string, number>();
  header.forEach((value, index) => {
    const column = columns.find((c) => headerAliases(c).includes(value.trim().toLowerCase()));
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) throw new AppError('IMPORT_HEADER_MISSING', 422, { columns: missing.map((c) => c.key).join(', ') });
  const present: ReadonlySet<string> = new Set(positions.keys());
  const rows: SheetRow[] = [];
  data.forEach((record, index) => {
    const values: Record<string, string | null> = Object.fromEntries(columns.map((c) => [c.key, null]));
    let any = false;
    for (const [key, position] of positions) {
      const cell = (record[position] ?? '').trim();
      values[key] = fromCell(columns.find((c) => c.key === key)!, cell === '' ? null : cell);
      if (values[key] !== null) any = true;
    }
    // row numbers as a spreadsheet shows the file: the header is row 1
    if (any) rows.push({ row: index + 2, values, present });
  });
  return rows;
}
