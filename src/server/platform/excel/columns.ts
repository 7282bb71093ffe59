import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';

/** Allowed values of a column: the codes the API stores and the i18n key of each code's label. */
export interface ColumnChoices {
  codes: readonly string[];
  /** i18n key of a code's label, `{code}` replaced, e.g. 'applications.hosting.{code}' */
  labelKey: string;
}

/**
 * A column of an exported or imported sheet. The header is an i18n key; an import accepts
 * the header in either language or the column's key, so a sheet exported in English can be
 * re-imported by a colleague working in Indonesian.
 */
export interface SheetColumn {
  key: string;
  headerKey: string;
  width?: number;
  required?: boolean;
  /** how cells are written and read: a real Excel date, yes/no, one choice, or a comma-separated list of choices */
  /** 'datetime' (exports only): a real Excel date and time; the value is already the reader's wall-clock time */
  type?: 'text' | 'date' | 'datetime' | 'boolean' | 'choice' | 'choices';
  choices?: ColumnChoices;
  /** the record's id: kept in the workbook (so a re-import updates the row) but out of the way */
  hidden?: boolean;
  /** written in exports only (a status): an import ignores it */
  exportOnly?: boolean;
}

export function headerOf(column: SheetColumn, locale: Locale): string {
  return t(locale, column.headerKey);
}

export function headerAliases(column: SheetColumn): string[] {
  return [column.key, t('id', column.headerKey), t('en', column.headerKey)].map((h) => h.trim().toLowerCase());
}

export function choiceLabel(choices: ColumnChoices, code: string, locale: Locale): string {
  return t(locale, choices.labelKey.replace('{code}', code));
}

/** The id column every registry sheet starts with. */
export const idColumn: SheetColumn = { key: 'id', headerKey: 'excel.id', width: 38, hidden: true };
