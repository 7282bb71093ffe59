import { and, eq } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { authorize } from '../../platform/policy/can';
import { appendAudit } from '../../platform/audit/append-audit';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import type { SheetColumn } from '../../platform/excel/columns';
import { readSheet, type ImportLimits, type SheetRow } from '../../platform/excel/read-sheet';
import { readCsv } from '../../platform/excel/read-csv';
import { t } from '../../../i18n/server';
import type { ImportReport } from '../../../shared/imports';
import { evaluationOfficialResults } from './tables';
import { loadCycle } from './load-cycle';
import { parseOfficialRow, type OfficialEntry } from './official-result-rows';

export const officialColumns: SheetColumn[] = [
  { key: 'code', headerKey: 'evaluation-portal.official.column.code', required: true },
  { key: 'value', headerKey: 'evaluation-portal.official.column.value', required: true },
];

export async function findOfficialResult(db: Queryable, tenantId: string, cycleId: string) {
  const [row] = await db.select().from(evaluationOfficialResults).where(and(eq(evaluationOfficialResults.tenantId, tenantId), eq(evaluationOfficialResults.cycleId, cycleId)));
  return row ?? null;
}

function readRows(upload: Upload, limits: ImportLimits): Promise<SheetRow[]> | SheetRow[] {
  return upload.mimeType === 'text/csv' ? readCsv(upload.content, officialColumns, limits) : readSheet(upload.content, officialColumns, limits);
}

/** What the rows give, gathered into the stored shape. */
function collect(entries: OfficialEntry[]) {
  const levels: Record<string, number> = {};
  const domains: Record<string, number> = {};
  const aspects: Record<string, number> = {};
  let officialIndex: number | null = null;
  let predicate: string | null = null;
  for (const e of entries) {
    if (e.kind === 'indicator') levels[e.number] = e.level;
    else if (e.kind === 'domain') domains[e.number] = e.value;
    else if (e.kind === 'aspect') aspects[e.number] = e.value;
    else if (e.kind === 'index') officialIndex = e.value;
    else predicate = e.key;
  }
  return { levels, domains, aspects, officialIndex, predicate };
}

/**
 * The official results of a cycle from the national evaluation's file (CSV or XLSX, columns
 * `kode` and `nilai`): a report per row first; with `commit` and no invalid row, the results
 * replace whatever an earlier import stored (one row per cycle), with the file kept and an audit
 * entry. The coordination team's to do (Dumai 67/2022 Ps 33(4)), also once the cycle is
 * submitted: the official result arrives after the Pemda's own is sent.
 */
export async function importOfficialResults(db: DB, ctx: RequestContext, store: FileStore, cycleId: string, upload: Upload, limits: ImportLimits, commit: boolean): Promise<ImportReport> {
  const loaded = await loadCycle(db, ctx, cycleId);
  authorize(ctx.actor, 'evaluation.manage', loaded.record);
  const rows = await readRows(upload, limits);
  const message = (code: string, params: Record<string, unknown> = {}) => t(ctx.locale, `errors.${code}`, params);
  const report: ImportReport = { committed: false, total: rows.length, valid: 0, invalid: 0, imported: 0, created: 0, updated: 0, unchanged: 0, rows: [] };
  const seen = new Map<string, number>();
  const entries: OfficialEntry[] = [];
  for (const row of rows) {
    const label = `${row.values.code ?? ''} ${row.values.value ?? ''}`.trim();
    const parsed = parseOfficialRow(loaded.framework, row.values.code, row.values.value);
    let errors = 'errors' in parsed ? parsed.errors : [];
    if ('entry' in parsed && seen.has(parsed.key)) errors = [{ column: 'code', code: 'OFFICIAL_RESULT_DUPLICATE', params: { code: row.values.code ?? '', row: seen.get(parsed.key)! } }];
    if (errors.length > 0 || !('entry' in parsed)) {
      report.invalid++;
      report.rows.push({ row: row.row, status: 'invalid', label, errors: errors.map((e) => ({ column: e.column, code: e.code, message: message(e.code, e.params) })) });
      continue;
    }
    seen.set(parsed.key, row.row);
    entries.push(parsed.entry);
    report.valid++;
    report.rows.push({ row: row.row, status: 'valid', label, errors: [] });
  }
  if (!entries.some((e) => e.kind === 'indicator')) throw new AppError('OFFICIAL_RESULTS_NO_INDICATOR', 422);
  // an official result is all or nothing: a file with a bad row is reported, never half stored
  if (!commit || report.invalid > 0) return report;
  const values = collect(entries);
  await db.transaction(async (tx) => {
    const before = await findOfficialResult(tx, ctx.tenantId, cycleId);
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor!.userId, upload);
    const now = new Date();
    const [after] = before
      ? await tx
          .update(evaluationOfficialResults)
          .set({ ...values, fileId: file.id, importedBy: ctx.actor!.userId, updatedAt: now })
          .where(and(eq(evaluationOfficialResults.tenantId, ctx.tenantId), eq(evaluationOfficialResults.id, before.id)))
          .returning()
      : await tx
          .insert(evaluationOfficialResults)
          .values({ tenantId: ctx.tenantId, id: newId(), cycleId, ...values, fileId: file.id, importedBy: ctx.actor!.userId, createdAt: now, updatedAt: now })
          .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.officialResults.import', entityType: 'evaluation', entityId: cycleId, before, after: { ...after, sha256: file.sha256 } });
  });
  report.committed = true;
  report.imported = entries.length;
  report.rows = report.rows.map((r) => ({ ...r, status: 'imported' }));
  return report;
}

/** The file the stored official results came from, for every reader of the cycle. */
export async function readOfficialResultsFile(db: Queryable, ctx: RequestContext, store: FileStore, cycleId: string) {
  await loadCycle(db, ctx, cycleId);
  const official = await findOfficialResult(db, ctx.tenantId, cycleId);
  if (!official) throw notFound('file');
  const file = await findFile(db, ctx.tenantId, official.fileId);
  return { file, content: await store.get(file.sha256) };
}
