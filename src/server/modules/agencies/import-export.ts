import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { defaultImportLimits, readSheet, type ImportLimits, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet, writeTemplate } from '../../platform/excel/write-sheet';
import { changedFields, importRows, type RowParse } from '../../platform/excel/import-rows';
import { idColumn, type SheetColumn } from '../../platform/excel/columns';
import { AgencyInput } from '../../../shared/agencies';
import { agencyKinds, agencySpecialRoles } from '../../platform/policy/roles';
import { issueCode } from '../../platform/validation-messages';
import { t } from '../../../i18n/server';
import { createAgencyInTx, listAllAgencies, updateAgency } from './service';
import type { z } from 'zod';

const columns: SheetColumn[] = [
  idColumn,
  { key: 'code', headerKey: 'agencies.field.code', required: true, width: 14 },
  { key: 'name', headerKey: 'agencies.field.name', required: true, width: 48 },
  { key: 'kind', headerKey: 'agencies.field.kind', required: true, width: 14, type: 'choice', choices: { codes: agencyKinds, labelKey: 'agencies.kind.{code}' } },
  { key: 'parentCode', headerKey: 'agencies.field.parentCode', width: 14 },
  { key: 'specialRoles', headerKey: 'agencies.field.specialRoles', width: 30, type: 'choices', choices: { codes: agencySpecialRoles, labelKey: 'agencies.role.{code}' } },
  { key: 'ictSelfReliant', headerKey: 'agencies.field.ictSelfReliant', width: 14, type: 'boolean' },
  { key: 'ictSelfRelianceDecree', headerKey: 'agencies.field.ictSelfRelianceDecree', width: 30 },
  { key: 'email', headerKey: 'agencies.field.email', width: 30 },
  { key: 'status', headerKey: 'agencies.field.status', width: 12, type: 'choice', choices: { codes: ['active', 'retired'], labelKey: 'common.status.{code}' }, exportOnly: true },
];

// which input field each sheet column fills
const fieldOf: Record<string, string> = { parentCode: 'parentId' };

export async function exportAgencies(db: DB, ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'agency.read');
  const rows = await listAllAgencies(db, ctx.tenantId);
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return writeSheet({
    sheetName: t(ctx.locale, 'agencies.title'),
    columns,
    locale: ctx.locale,
    rows: rows.map((r) => ({ ...r, parentCode: r.parentId ? codeOf.get(r.parentId) : null })),
  });
}

export async function agencyTemplate(ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'agency.import');
  return writeTemplate({ sheetName: t(ctx.locale, 'agencies.title'), columns, locale: ctx.locale });
}

type NewAgency = z.infer<typeof AgencyInput> & { parentCode: string | null };

/**
 * Agencies from an Excel list. A row names its agency by the id column (a Simpul export) or
 * by its code: such a row updates what it changes, or is reported unchanged; other rows are
 * new agencies. Parents are named by code and may appear earlier in the same sheet.
 */
export async function importAgencies(db: DB, ctx: RequestContext, content: Buffer, commit: boolean, limits: ImportLimits = defaultImportLimits) {
  authorize(ctx.actor, 'agency.import');
  const rows = await readSheet(content, columns, limits);
  const existing = await listAllAgencies(db, ctx.tenantId);
  const byId = new Map(existing.map((a) => [a.id, a]));
  const byCode = new Map(existing.map((a) => [a.code, a]));
  const idByCode = new Map(existing.map((a) => [a.code, a.id]));
  const sheetCodes = new Set(rows.map((r) => r.values.code).filter(Boolean));
  const parse = async (row: SheetRow): Promise<RowParse<NewAgency>> => {
    const v = row.values;
    const label = `${v.code ?? ''} ${v.name ?? ''}`.trim();
    const errors: { column: string; code: string }[] = [];
    if (v.ictSelfReliant !== null && v.ictSelfReliant !== 'true' && v.ictSelfReliant !== 'false') errors.push({ column: 'ictSelfReliant', code: 'BOOLEAN_FORMAT' });
    const candidate = {
      code: v.code ?? undefined,
      name: v.name ?? undefined,
      kind: v.kind ?? undefined,
      parentId: null,
      specialRoles: (v.specialRoles ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      ictSelfReliant: v.ictSelfReliant === 'true',
      ictSelfRelianceDecree: v.ictSelfRelianceDecree,
      email: v.email,
    };
    const parsed = AgencyInput.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue, candidate) });
    if (v.parentCode && !idByCode.has(v.parentCode) && !sheetCodes.has(v.parentCode)) errors.push({ column: 'parentCode', code: 'UNKNOWN_PARENT' });
    const current = (v.id ? byId.get(v.id) : undefined) ?? (v.code ? byCode.get(v.code) : undefined);
    if (v.id && !byId.has(v.id)) errors.push({ column: 'id', code: 'IMPORT_ID_UNKNOWN' });
    if (errors.length > 0 || !parsed.success) return { ok: false, label, errors };
    const value = { ...parsed.data, parentCode: v.parentCode };
    if (!current) return { ok: true, label, value };
    // only the sheet's columns are compared and written: a column left out changes nothing
    const wanted: Record<string, unknown> = {};
    for (const key of row.present) {
      const column = columns.find((c) => c.key === key);
      if (!column || column.exportOnly || column.hidden) continue;
      const field = fieldOf[key] ?? key;
      wanted[field] = field === 'parentId' ? (v.parentCode ? (idByCode.get(v.parentCode) ?? null) : null) : (value as Record<string, unknown>)[field];
    }
    return { ok: true, label, value, match: { id: current.id, changes: changedFields(wanted, current) } };
  };
  return importRows({
    db,
    rows,
    locale: ctx.locale,
    commit,
    parse,
    save: async (tx, value) => {
      const { parentCode, ...input } = value;
      const parentId = parentCode ? (idByCode.get(parentCode) ?? null) : null;
      if (parentCode && !parentId) throw new AppError('VALIDATION_FAILED', 422, {}, { parentCode: 'UNKNOWN_PARENT' });
      const row = await createAgencyInTx(tx, ctx, { ...input, parentId });
      idByCode.set(row.code, row.id);
    },
    update: async (tx, match) => void (await updateAgency(tx as unknown as DB, ctx, match.id, match.changes)),
  });
}
