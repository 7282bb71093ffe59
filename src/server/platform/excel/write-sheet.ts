import ExcelJS from 'exceljs';
import type { Locale } from '../../../i18n/format';
import { headerOf, type SheetColumn } from './columns';

export type CellValue = string | number | boolean | Date | null | undefined;

/** One sheet with a bold, frozen header row and auto-filter, as agencies expect from Excel lists. */
export async function writeSheet(opts: {
  sheetName: string;
  columns: SheetColumn[];
  rows: Record<string, CellValue>[];
  locale: Locale;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  const ws = wb.addWorksheet(opts.sheetName.slice(0, 31));
  ws.columns = opts.columns.map((c) => ({ header: headerOf(c, opts.locale), key: c.key, width: c.width ?? 24 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of opts.rows) ws.addRow(row);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: opts.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
