import type { Locale } from '../../../i18n/format';
import type { SheetColumn } from './columns';
import { writeWorkbook } from './write-workbook';

export type { CellValue } from './write-workbook';

/** One sheet with a bold, frozen header row and auto-filter, as agencies expect from Excel lists. */
export async function writeSheet(opts: { sheetName: string; columns: SheetColumn[]; rows: Record<string, unknown>[]; locale: Locale }): Promise<Buffer> {
  return writeWorkbook({ sheets: [{ sheetName: opts.sheetName, columns: opts.columns, rows: opts.rows }], locale: opts.locale });
}

/** The empty import template of a registry: its columns, drop-down lists of allowed values for 1,000 rows. */
export async function writeTemplate(opts: { sheetName: string; columns: SheetColumn[]; locale: Locale }): Promise<Buffer> {
  const columns = opts.columns.filter((c) => !c.exportOnly && !c.hidden);
  return writeWorkbook({ sheets: [{ sheetName: opts.sheetName, columns, rows: [], validationRows: 1000 }], locale: opts.locale });
}
