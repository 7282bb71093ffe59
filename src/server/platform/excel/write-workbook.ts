import ExcelJS from 'exceljs';
import type { Locale } from '../../../i18n/format';
import { headerOf, type SheetColumn } from './columns';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetSpec {
  sheetName: string;
  columns: SheetColumn[];
  rows: Record<string, CellValue>[];
}

/** A workbook of sheets, each with a bold, frozen header row and auto-filter, as agencies expect from Excel lists. */
export async function writeWorkbook(opts: { sheets: SheetSpec[]; locale: Locale }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  for (const sheet of opts.sheets) {
    const ws = wb.addWorksheet(sheet.sheetName.slice(0, 31));
    ws.columns = sheet.columns.map((c) => ({ header: headerOf(c, opts.locale), key: c.key, width: c.width ?? 24 }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) ws.addRow(row);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
