import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { headerAliases, type SheetColumn } from './columns';
import { fromCell } from './cell-values';

export interface SheetRow {
  /** 1-based row number as Excel shows it */
  row: number;
  values: Record<string, string | null>;
  /** the columns the sheet has (a column it leaves out is not a request to clear the field) */
  present: ReadonlySet<string>;
}

export const maxImportRows = 5000;

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

/** Reads the first sheet: row 1 is the header, matched to columns by either language or key. */
export async function readSheet(content: Buffer, columns: SheetColumn[]): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', 422);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_FILE_INVALID', 422);
  if (ws.actualRowCount - 1 > maxImportRows) throw new AppError('IMPORT_TOO_MANY_ROWS', 422, { limit: maxImportRows });
  const positions = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const header = (cellText(cell.value) ?? '').toLowerCase();
    const column = columns.find((c) => headerAliases(c).includes(header));
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) throw new AppError('IMPORT_HEADER_MISSING', 422, { columns: missing.map((c) => c.key).join(', ') });
  const present: ReadonlySet<string> = new Set(positions.keys());
  const rows: SheetRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    // a column the sheet leaves out reads as empty, like an empty cell, so parsers see null
    const values: Record<string, string | null> = Object.fromEntries(columns.map((c) => [c.key, null]));
    let any = false;
    for (const [key, col] of positions) {
      const column = columns.find((c) => c.key === key)!;
      values[key] = fromCell(column, cellText(row.getCell(col).value));
      if (values[key] !== null) any = true;
    }
    if (any) rows.push({ row: rowNumber, values, present });
  });
  return rows;
}
