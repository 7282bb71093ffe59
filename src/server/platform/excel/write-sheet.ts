import type { Locale } from '../../../i18n/format';
import type { SheetColumn } from './columns';
import { writeWorkbook, type CellValue } from './write-workbook';

export type { CellValue } from './write-workbook';

/** One sheet with a bold, frozen header row and auto-filter, as agencies expect from Excel lists. */
export async function writeSheet(opts: {
  sheetName: string;
  columns: SheetColumn[];
  rows: Record<string, CellValue>[];
  locale: Locale;
}): Promise<Buffer> {
  return writeWorkbook({ sheets: [{ sheetName: opts.sheetName, columns: opts.columns, rows: opts.rows }], locale: opts.locale });
}
