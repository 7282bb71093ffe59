import type { DB } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { readSheet, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet } from '../../platform/excel/write-sheet';
import { importRows, type RowParse } from '../../platform/excel/import-rows';
import type { SheetColumn } from '../../platform/excel/columns';
import { AgencyInput } from '../../../shared/agencies';
import { issueCode } from '../../platform/validation-messages';
import { createAgencyInTx, listAllAgencies } from './service';
import type { z } from 'zod';

const columns: SheetColumn[] = [
  { key: 'code', headerKey: 'agencies.field.code', required: true, width: 14 },
  { key: 'name', headerKey: 'agencies.field.name', required: true, width: 48 },
  { key: 'kind', headerKey: 'agencies.field.kind', required: true, width: 14 },
  { key: 'parentCode', headerKey: 'agencies.field.parentCode', width: 14 },
  { key: 'specialRoles', headerKey: 'agencies.field.specialRoles', width: 30 },
  { key: 'ictSelfReliant', headerKey: 'agencies.field.ictSelfReliant', width: 14 },
  { key: 'ictSelfRelianceDecree', headerKey: 'agencies.field.ictSelfRelianceDecree', width: 30 },
  { key: 'email', headerKey: 'agencies.field.email', width: 30 },
  { key: 'status', headerKey: 'agencies.field.status', width: 12 },
];

const yes = new Set(['ya', 'yes', 'y', 'true', '1']);
const no = new Set(['tidak', 'no', 'n', 'false', '0']);

function parseBool(value: string | null): boolean | 'invalid' {
  if (value === null) return false;
  const v = value.toLowerCase();
  return yes.has(v) ? true : no.has(v) ? false : 'invalid';
}

export async function exportAgencies(db: DB, ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'agency.read');
  const rows = await listAllAgencies(db, ctx.tenantId);
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return writeSheet({
    sheetName: 'Perangkat Daerah',
    columns,
    locale: ctx.locale,
    rows: rows.map((r) => ({
      ...r,
      parentCode: r.parentId ? codeOf.get(r.parentId) : null,
      specialRoles: r.specialRoles.join(', '),
      ictSelfReliant: r.ictSelfReliant ? (ctx.locale === 'id' ? 'Ya' : 'Yes') : ctx.locale === 'id' ? 'Tidak' : 'No',
    })),
  });
}

/**
 * Agencies from an Excel list. Parents are named by code and may appear earlier in the same
 * sheet; special roles are a comma-separated list of codes.
 */
export async function importAgencies(db: DB, ctx: RequestContext, content: Buffer, commit: boolean) {
  authorize(ctx.actor, 'agency.import');
  const rows = await readSheet(content, columns);
  const existing = await listAllAgencies(db, ctx.tenantId);
  const idByCode = new Map(existing.map((a) => [a.code, a.id]));
  const sheetCodes = new Set(rows.map((r) => r.values.code).filter(Boolean));
  type NewAgency = z.infer<typeof AgencyInput> & { parentCode: string | null };
  const parse = async (row: SheetRow): Promise<RowParse<NewAgency>> => {
    const v = row.values;
    const label = `${v.code ?? ''} ${v.name ?? ''}`.trim();
    const errors: { column: string; code: string }[] = [];
    const selfReliant = parseBool(v.ictSelfReliant);
    if (selfReliant === 'invalid') errors.push({ column: 'ictSelfReliant', code: 'BOOLEAN_FORMAT' });
    const roles = (v.specialRoles ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const candidate = {
      code: v.code ?? undefined,
      name: v.name ?? undefined,
      kind: v.kind?.toLowerCase() ?? undefined,
      parentId: null,
      specialRoles: roles,
      ictSelfReliant: selfReliant === true,
      ictSelfRelianceDecree: v.ictSelfRelianceDecree,
      email: v.email,
    };
    const parsed = AgencyInput.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue, candidate) });
    if (v.parentCode && !idByCode.has(v.parentCode) && !sheetCodes.has(v.parentCode)) errors.push({ column: 'parentCode', code: 'UNKNOWN_PARENT' });
    if (v.code && idByCode.has(v.code)) errors.push({ column: 'code', code: 'AGENCY_CODE_TAKEN' });
    if (errors.length > 0 || !parsed.success) return { ok: false, label, errors };
    return { ok: true, label, value: { ...parsed.data, parentCode: v.parentCode } };
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
  });
}
