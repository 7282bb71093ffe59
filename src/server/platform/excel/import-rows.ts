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

/** The record a row names (by id or natural code) and the fields the row changes in it. */
export interface RowMatch {
  id: string;
  changes: Record<string, unknown>;
}

export type RowParse<T> = { ok: true; value: T; label: string; match?: RowMatch } | { ok: false; label: string; errors: RowError[] };

/** The fields of `wanted` that differ from `current` (compared as JSON: arrays and objects by value). */
export function changedFields(wanted: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const norm = (v: unknown) => JSON.stringify(v ?? null);
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => v !== undefined && norm(v) !== norm(current[k])));
}

/**
 * Validates every row and reports each one. A row that names an existing record updates it
 * (only what it changes), or is reported unchanged; other rows create. With `commit`, saves
 * in one transaction, each row in its own savepoint so a row the database refuses (say, a
 * duplicate code) is reported and the others still land. Without `commit`, nothing is written.
 */
export async function importRows<T>(opts: {
  db: DB;
  rows: SheetRow[];
  locale: Locale;
  commit: boolean;
  parse: (row: SheetRow, tx: Tx | DB) => Promise<RowParse<T>>;
  save: (tx: Tx, value: T) => Promise<void>;
  update?: (tx: Tx, match: RowMatch, value: T) => Promise<void>;
}): Promise<ImportReport> {
  const message = (code: string, params: Record<string, unknown> = {}) => {
    for (const ns of ['validation', 'errors']) {
      const text = t(opts.locale, `${ns}.${code}`, params);
      if (text !== `${ns}.${code}`) return text;
    }
    return t(opts.locale, 'validation.invalid');
  };
  const run = async (db: Tx | DB) => {
    const report: ImportReport = { committed: opts.commit, total: opts.rows.length, valid: 0, invalid: 0, imported: 0, created: 0, updated: 0, unchanged: 0, rows: [] };
    for (const row of opts.rows) {
      const parsed = await opts.parse(row, db);
      if (!parsed.ok) {
        report.invalid++;
        report.rows.push({ row: row.row, status: 'invalid', label: parsed.label, errors: parsed.errors.map(({ column, code, params }) => ({ column, code, message: message(code, params) })) });
        continue;
      }
      report.valid++;
      const match = parsed.match;
      if (match && Object.keys(match.changes).length === 0) {
        report.unchanged++;
        report.rows.push({ row: row.row, status: 'unchanged', label: parsed.label, errors: [] });
        continue;
      }
      if (!opts.commit) {
        report.rows.push({ row: row.row, status: match ? 'update' : 'valid', label: parsed.label, errors: [] });
        continue;
      }
      try {
        await (db as Tx).transaction((sp) => (match ? opts.update!(sp, match, parsed.value) : opts.save(sp, parsed.value)));
        report.imported++;
        if (match) report.updated++;
        else report.created++;
        report.rows.push({ row: row.row, status: match ? 'updated' : 'imported', label: parsed.label, errors: [] });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        report.valid--;
        report.invalid++;
        const column = Object.keys(err.fields)[0] ?? '_';
        report.rows.push({ row: row.row, status: 'invalid', label: parsed.label, errors: [{ column, code: err.code, message: message(err.code, err.params) }] });
      }
    }
    return report;
  };
  return opts.commit ? opts.db.transaction((tx) => run(tx)) : run(opts.db);
}
