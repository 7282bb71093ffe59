import type { DB, Tx } from '../db/database';
import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { AppError } from '../errors';
import type { SheetRow } from './read-sheet';
import type { ImportReport } from '../../../shared/imports';

/** A row's problem: the column, the error code, and the values its message names (e.g. {existing}). */
export interface RowError {
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

export type RowParse<T> = { ok: true; value: T; label: string } | { ok: false; label: string; errors: RowError[] };

/**
 * Validates every row and reports each one. With `commit`, saves the valid rows in one
 * transaction, each in its own savepoint so a row the database refuses (say, a duplicate
 * code) is reported and the others still land. Without `commit`, nothing is written.
 */
export async function importRows<T>(opts: {
  db: DB;
  rows: SheetRow[];
  locale: Locale;
  commit: boolean;
  parse: (row: SheetRow, tx: Tx | DB) => Promise<RowParse<T>>;
  save: (tx: Tx, value: T) => Promise<void>;
}): Promise<ImportReport> {
  const message = (code: string, params: Record<string, unknown> = {}) => {
    for (const ns of ['validation', 'errors']) {
      const text = t(opts.locale, `${ns}.${code}`, params);
      if (text !== `${ns}.${code}`) return text;
    }
    return t(opts.locale, 'validation.invalid');
  };
  const run = async (db: Tx | DB) => {
    const report: ImportReport = { committed: opts.commit, total: opts.rows.length, valid: 0, invalid: 0, imported: 0, rows: [] };
    for (const row of opts.rows) {
      const parsed = await opts.parse(row, db);
      if (!parsed.ok) {
        report.invalid++;
        report.rows.push({ row: row.row, status: 'invalid', label: parsed.label, errors: parsed.errors.map(({ column, code, params }) => ({ column, code, message: message(code, params) })) });
        continue;
      }
      report.valid++;
      if (!opts.commit) {
        report.rows.push({ row: row.row, status: 'valid', label: parsed.label, errors: [] });
        continue;
      }
      try {
        await (db as Tx).transaction((sp) => opts.save(sp, parsed.value));
        report.imported++;
        report.rows.push({ row: row.row, status: 'imported', label: parsed.label, errors: [] });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const code = err.code;
        report.valid--;
        report.invalid++;
        const column = Object.keys(err.fields)[0] ?? '_';
        report.rows.push({ row: row.row, status: 'invalid', label: parsed.label, errors: [{ column, code, message: message(code, err.params) }] });
      }
    }
    return report;
  };
  return opts.commit ? opts.db.transaction((tx) => run(tx)) : run(opts.db);
}
