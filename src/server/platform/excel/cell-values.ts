import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { choiceLabel, type SheetColumn } from './columns';
import type { CellValue } from './write-workbook';

/**
 * What a user sees in a cell: labels instead of stored codes, real dates, Ya/Tidak. Reading
 * turns a label (in either language) or a code back into the code, so a workbook exported
 * by Simpul, a template filled in by hand, and a sheet typed with codes all import alike.
 */
export function toCell(column: SheetColumn, value: unknown, locale: Locale): CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'date':
      return typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : (value as Date);
    case 'boolean':
      return t(locale, value ? 'excel.yes' : 'excel.no');
    case 'choice':
      return column.choices ? choiceLabel(column.choices, String(value), locale) : String(value);
    case 'choices':
      return (value as string[]).map((v) => (column.choices ? choiceLabel(column.choices, v, locale) : v)).join(', ');
    default:
      return Array.isArray(value) ? value.join(', ') : (value as CellValue);
  }
}

const truthy = new Set(['ya', 'yes', 'y', 'true', '1']);
const falsy = new Set(['tidak', 'no', 'n', 'false', '0']);

function codeOf(column: SheetColumn, text: string): string {
  const wanted = text.trim().toLowerCase();
  if (!column.choices) return wanted;
  for (const code of column.choices.codes) {
    if (code.toLowerCase() === wanted) return code;
    for (const locale of ['id', 'en'] as const) if (choiceLabel(column.choices, code, locale).toLowerCase() === wanted) return code;
  }
  // unknown: left as typed, so validation names the cell
  return text.trim();
}

/** A cell's text as the code (or comma-separated codes, 'true'/'false') the row parsers read. */
export function fromCell(column: SheetColumn, text: string | null): string | null {
  if (text === null) return null;
  switch (column.type) {
    case 'boolean': {
      const v = text.toLowerCase();
      return truthy.has(v) ? 'true' : falsy.has(v) ? 'false' : text;
    }
    case 'choice':
      return codeOf(column, text);
    case 'choices':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => codeOf(column, s))
        .join(', ');
    default:
      return text;
  }
}
