import { and, asc, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize, can } from '../../platform/policy/can';
import { defaultImportLimits, readSheet, type ImportLimits, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet, writeTemplate } from '../../platform/excel/write-sheet';
import { changedFields, importRows, type RowParse } from '../../platform/excel/import-rows';
import { idColumn, type SheetColumn } from '../../platform/excel/columns';
import { issueCode } from '../../platform/validation-messages';
import { fundingSources } from '../../../shared/applications';
import { IctAssetInput, ictAssetCategories, ictAssetConditions, ictAssetOrigins, type IctAssetListQuery } from '../../../shared/ict-assets';
import { t } from '../../../i18n/server';
import { listAllAgencies } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { ictAssets } from './tables';
import { ictAssetListWhere } from './queries';
import { createIctAssetInTx, updateIctAssetInTx } from './service';

/**
 * The sheet's columns, in the order of the city asset office's inventory card (KIB) where it
 * has them: kode barang, register, merk/type, tahun perolehan, asal usul, harga, keadaan
 * (Dumai 18/2019 Ps 20(4): the inventory goes into the city's asset system).
 */
const columns: SheetColumn[] = [
  idColumn,
  { key: 'agencyCode', headerKey: 'ictAssets.field.agencyCode', required: true, width: 14 },
  { key: 'itemCode', headerKey: 'ictAssets.field.itemCode', width: 20 },
  { key: 'registerNumber', headerKey: 'ictAssets.field.registerNumber', width: 12 },
  { key: 'category', headerKey: 'ictAssets.field.category', required: true, width: 18, type: 'choice', choices: { codes: ictAssetCategories, labelKey: 'ictAssets.category.{code}' } },
  { key: 'brand', headerKey: 'ictAssets.field.brand', required: true, width: 18 },
  { key: 'model', headerKey: 'ictAssets.field.model', required: true, width: 24 },
  { key: 'serialNumber', headerKey: 'ictAssets.field.serialNumber', width: 20 },
  { key: 'acquiredOn', headerKey: 'ictAssets.field.acquiredOn', required: true, width: 14, type: 'date' },
  { key: 'acquisitionValue', headerKey: 'ictAssets.field.acquisitionValue', required: true, width: 16 },
  { key: 'fundingSource', headerKey: 'ictAssets.field.fundingSource', width: 12, type: 'choice', choices: { codes: fundingSources, labelKey: 'applications.funding.{code}' } },
  { key: 'receivedFrom', headerKey: 'ictAssets.field.receivedFrom', width: 20, type: 'choice', choices: { codes: ictAssetOrigins, labelKey: 'ictAssets.origin.{code}' } },
  { key: 'condition', headerKey: 'ictAssets.field.condition', required: true, width: 14, type: 'choice', choices: { codes: ictAssetConditions, labelKey: 'ictAssets.condition.{code}' } },
  { key: 'location', headerKey: 'ictAssets.field.location', width: 26 },
  { key: 'responsiblePerson', headerKey: 'ictAssets.field.responsiblePerson', width: 22 },
  { key: 'performanceNote', headerKey: 'ictAssets.field.performanceNote', width: 30 },
  { key: 'status', headerKey: 'ictAssets.field.status', width: 10, type: 'choice', choices: { codes: ['active', 'disposed'], labelKey: 'ictAssets.status.{code}' }, exportOnly: true },
  { key: 'disposedOn', headerKey: 'ictAssets.field.disposedOn', width: 14, type: 'date', exportOnly: true },
  { key: 'disposalReason', headerKey: 'ictAssets.field.disposalReason', width: 30, exportOnly: true },
];

const fieldOf: Record<string, string> = { agencyCode: 'agencyId' };

/** Rupiah as people type it: 12500000, 12.500.000, Rp 12.500.000; anything else stays invalid. */
export function parseRupiah(text: string | null): number | undefined | 'invalid' {
  if (text === null) return undefined;
  const bare = text.replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  if (/^\d+$/.test(bare)) return Number(bare);
  if (/^\d{1,3}(\.\d{3})+(,0+)?$/.test(bare)) return Number(bare.replace(/,0+$/, '').replace(/\./g, ''));
  return 'invalid';
}

export async function exportIctAssets(db: DB, ctx: RequestContext, query: IctAssetListQuery): Promise<Buffer> {
  authorize(ctx.actor, 'ictAsset.read');
  const rows = await db
    .select({ asset: ictAssets, agencyCode: agencies.code })
    .from(ictAssets)
    .innerJoin(agencies, and(eq(agencies.tenantId, ictAssets.tenantId), eq(agencies.id, ictAssets.agencyId)))
    .where(ictAssetListWhere(ctx.tenantId, ctx.actor, query))
    .orderBy(asc(agencies.code), asc(ictAssets.itemCode), asc(ictAssets.registerNumber), asc(ictAssets.id));
  return writeSheet({ sheetName: t(ctx.locale, 'ictAssets.title'), columns, locale: ctx.locale, rows: rows.map(({ asset, agencyCode }) => ({ ...asset, agencyCode })) });
}

export async function ictAssetTemplate(ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'ictAsset.import');
  return writeTemplate({ sheetName: t(ctx.locale, 'ictAssets.title'), columns, locale: ctx.locale });
}

export async function importIctAssets(db: DB, ctx: RequestContext, content: Buffer, commit: boolean, limits: ImportLimits = defaultImportLimits) {
  authorize(ctx.actor, 'ictAsset.import');
  const actor = ctx.actor;
  const rows = await readSheet(content, columns, limits);
  const all = await listAllAgencies(db, ctx.tenantId);
  const idByCode = new Map(all.filter((a) => a.status === 'active').map((a) => [a.code.toLowerCase(), a.id]));
  const current = new Map((await db.select().from(ictAssets).where(eq(ictAssets.tenantId, ctx.tenantId))).map((a) => [a.id, a]));
  const parse = async (row: SheetRow): Promise<RowParse<IctAssetInput>> => {
    const v = row.values;
    const label = [v.brand, v.model, v.itemCode ?? v.serialNumber].filter(Boolean).join(' ');
    const errors: { column: string; code: string }[] = [];
    const agencyId = v.agencyCode ? idByCode.get(v.agencyCode.toLowerCase()) : undefined;
    if (v.agencyCode && !agencyId) errors.push({ column: 'agencyCode', code: 'UNKNOWN_AGENCY' });
    const value = parseRupiah(v.acquisitionValue);
    if (value === 'invalid') errors.push({ column: 'acquisitionValue', code: 'NUMBER_FORMAT' });
    const candidate = {
      agencyId: agencyId ?? '00000000-0000-0000-0000-000000000000',
      category: v.category ?? undefined,
      brand: v.brand ?? undefined,
      model: v.model ?? undefined,
      serialNumber: v.serialNumber,
      itemCode: v.itemCode,
      registerNumber: v.registerNumber,
      acquiredOn: v.acquiredOn ?? undefined,
      acquisitionValue: value === 'invalid' ? 0 : value,
      fundingSource: v.fundingSource,
      location: v.location,
      responsiblePerson: v.responsiblePerson,
      condition: v.condition ?? undefined,
      performanceNote: v.performanceNote,
      receivedFrom: v.receivedFrom,
    };
    const parsed = IctAssetInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue, candidate) });
    }
    const existing = v.id ? current.get(v.id) : undefined;
    if (v.id && !existing) errors.push({ column: 'id', code: 'IMPORT_ID_UNKNOWN' });
    if (errors.length > 0 || !parsed.success) return { ok: false, label, errors };
    if (existing) {
      // only the sheet's columns are compared and written: a column left out changes nothing
      const wanted: Record<string, unknown> = {};
      for (const key of row.present) {
        const column = columns.find((c) => c.key === key);
        if (!column || column.exportOnly || column.hidden) continue;
        const field = fieldOf[key] ?? key;
        wanted[field] = (parsed.data as Record<string, unknown>)[field];
      }
      const changes = changedFields(wanted, existing);
      if (Object.keys(changes).length > 0 && (existing.status === 'disposed' || !can(actor, 'ictAsset.update', existing))) {
        return { ok: false, label, errors: [{ column: 'id', code: existing.status === 'disposed' ? 'ICT_ASSET_DISPOSED' : 'FORBIDDEN' }] };
      }
      return { ok: true, label, value: parsed.data, match: { id: existing.id, changes } };
    }
    if (!can(actor, 'ictAsset.create', { agencyId: parsed.data.agencyId })) return { ok: false, label, errors: [{ column: 'agencyCode', code: 'FORBIDDEN' }] };
    return { ok: true, label, value: parsed.data };
  };
  return importRows({
    db,
    rows,
    locale: ctx.locale,
    commit,
    parse,
    save: async (tx, value) => void (await createIctAssetInTx(tx, ctx, value)),
    // the service checks the permission again and writes the audit entry
    update: async (tx, match) => void (await updateIctAssetInTx(tx, ctx, match.id, match.changes)),
  });
}
