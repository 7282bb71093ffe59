import ExcelJS from 'exceljs';
import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { choiceLabel, headerOf, type SheetColumn } from './columns';
import { toCell } from './cell-values';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetSpec {
  sheetName: string;
  columns: SheetColumn[];
  /** records as stored (codes, ISO dates, booleans); typed columns are shown as users see them */
  rows: Record<string, unknown>[];
  /** rows below the header that get the drop-down lists (a template: the rows people fill in) */
  validationRows?: number;
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * Drop-down lists for the choice and yes/no columns. The allowed labels sit in a hidden sheet
 * (a list typed into the rule itself is limited to 255 characters); a comma-separated list
 * column gets no rule, since Excel's list rule allows one value per cell.
 */
function addValidations(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, columns: SheetColumn[], rows: number, locale: Locale) {
  const lists = wb.addWorksheet(t(locale, 'excel.choicesSheet'), { state: 'hidden' });
  let listColumn = 0;
  columns.forEach((column, index) => {
    const labels =
      column.type === 'boolean'
        ? [t(locale, 'excel.yes'), t(locale, 'excel.no')]
        : column.type === 'choice' && column.choices
          ? column.choices.codes.map((code) => choiceLabel(column.choices!, code, locale))
          : null;
    if (!labels) return;
    listColumn++;
    const letter = columnLetter(listColumn);
    labels.forEach((label, i) => (lists.getCell(`${letter}${i + 1}`).value = label));
    const target = columnLetter(index + 1);
    // ExcelJS supports range validations but its type declarations omit `dataValidations`
    (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${target}2:${target}${rows + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`'${lists.name}'!$${letter}$1:$${letter}$${labels.length}`],
      showErrorMessage: true,
      errorTitle: headerOf(column, locale),
      error: labels.join(', ').slice(0, 255),
    });
  });
}

/** A workbook of sheets, each with a bold, frozen header row and auto-filter, as agencies expect from Excel lists. */
export async function writeWorkbook(opts: { sheets: SheetSpec[]; locale: Locale }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  for (const sheet of opts.sheets) {
    const ws = wb.addWorksheet(sheet.sheetName.slice(0, 31));
    ws.columns = sheet.columns.map((c) => ({
      header: headerOf(c, opts.locale),
      key: c.key,
      width: c.width ?? 24,
      hidden: c.hidden ?? false,
      ...(c.type === 'date' && { style: { numFmt: 'yyyy-mm-dd' } }),
      ...(c.type === 'datetime' && { style: { numFmt: 'dd/mm/yyyy hh:mm:ss' } }),
    }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) {
      ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.key, toCell(c, row[c.key], opts.locale)])));
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    if (sheet.validationRows) addValidations(wb, ws, sheet.columns, sheet.validationRows, opts.locale);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
