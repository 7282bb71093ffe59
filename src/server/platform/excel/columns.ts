import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';

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
}

export function headerOf(column: SheetColumn, locale: Locale): string {
  return t(locale, column.headerKey);
}

export function headerAliases(column: SheetColumn): string[] {
  return [column.key, t('id', column.headerKey), t('en', column.headerKey)].map((h) => h.trim().toLowerCase());
}
