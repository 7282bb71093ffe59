import { asc, and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize, can } from '../../platform/policy/can';
import { defaultImportLimits, readSheet, type ImportLimits, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet, writeTemplate } from '../../platform/excel/write-sheet';
import { changedFields, importRows, type RowParse } from '../../platform/excel/import-rows';
import { idColumn, type SheetColumn } from '../../platform/excel/columns';
import { issueCode } from '../../platform/validation-messages';
import { DatasetInput, datasetCategoryCodes, datasetClassifications, publicationStatuses, storageLocations, updateFrequencies, type DatasetListQuery } from '../../../shared/datasets';
import { keyIdentifierKinds } from '../../../shared/identifiers';
import { t } from '../../../i18n/server';
import { listAllAgencies } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { datasets } from './tables';
import { createDatasetInTx, datasetListWhere, updateDataset } from './service';

const columns: SheetColumn[] = [
  idColumn,
  { key: 'title', headerKey: 'datasets.field.title', required: true, width: 40 },
  { key: 'producerAgencyCode', headerKey: 'datasets.field.producerAgencyCode', required: true, width: 14 },
  { key: 'classification', headerKey: 'datasets.field.classification', required: true, width: 14, type: 'choice', choices: { codes: datasetClassifications, labelKey: 'datasets.classification.{code}' } },
  { key: 'category', headerKey: 'datasets.field.category', width: 22, type: 'choice', choices: { codes: datasetCategoryCodes, labelKey: 'datasets.category.{code}' } },
  { key: 'description', headerKey: 'datasets.field.description', width: 40 },
  { key: 'stewardAgencyCode', headerKey: 'datasets.field.stewardAgencyCode', width: 14 },
  { key: 'isMasterData', headerKey: 'datasets.field.isMasterData', width: 10, type: 'boolean' },
  { key: 'isReferenceData', headerKey: 'datasets.field.isReferenceData', width: 10, type: 'boolean' },
  { key: 'keyIdentifier', headerKey: 'datasets.field.keyIdentifier', width: 10, type: 'choice', choices: { codes: keyIdentifierKinds, labelKey: 'datasets.keyIdentifier.{code}' } },
  { key: 'updateFrequency', headerKey: 'datasets.field.updateFrequency', width: 14, type: 'choice', choices: { codes: updateFrequencies, labelKey: 'datasets.frequency.{code}' } },
  { key: 'nextReleaseAt', headerKey: 'datasets.field.nextReleaseAt', width: 14, type: 'date' },
  { key: 'lastUpdatedAt', headerKey: 'datasets.field.lastUpdatedAt', width: 14, type: 'date' },
  { key: 'format', headerKey: 'datasets.field.format', width: 10 },
  { key: 'unitOfMeasure', headerKey: 'datasets.field.unitOfMeasure', width: 14 },
  { key: 'timeCoverageStart', headerKey: 'datasets.field.timeCoverageStart', width: 14, type: 'date' },
  { key: 'timeCoverageEnd', headerKey: 'datasets.field.timeCoverageEnd', width: 14, type: 'date' },
  { key: 'areaCoverage', headerKey: 'datasets.field.areaCoverage', width: 20 },
  { key: 'storageLocation', headerKey: 'datasets.field.storageLocation', width: 20, type: 'choice', choices: { codes: storageLocations, labelKey: 'datasets.storage.{code}' } },
  { key: 'qualityNotes', headerKey: 'datasets.field.qualityNotes', width: 30 },
  { key: 'licence', headerKey: 'datasets.field.licence', width: 14 },
  { key: 'tags', headerKey: 'datasets.field.tags', width: 24 },
  { key: 'publicationStatus', headerKey: 'datasets.field.publicationStatus', width: 12, type: 'choice', choices: { codes: publicationStatuses, labelKey: 'datasets.status.{code}' }, exportOnly: true },
];

// which input field each sheet column fills, where the names differ
const fieldOf: Record<string, string> = { producerAgencyCode: 'producerAgencyId', stewardAgencyCode: 'stewardAgencyId' };

function bool(value: string | null | undefined): boolean | undefined | 'invalid' {
  if (value === null || value === undefined) return undefined;
  return value === 'true' ? true : value === 'false' ? false : 'invalid';
}

export async function exportDatasets(db: DB, ctx: RequestContext, query: DatasetListQuery): Promise<Buffer> {
  authorize(ctx.actor, 'dataset.read');
  const rows = await db
    .select({ d: datasets, producerCode: agencies.code })
    .from(datasets)
    .innerJoin(agencies, and(eq(agencies.tenantId, datasets.tenantId), eq(agencies.id, datasets.producerAgencyId)))
    .where(datasetListWhere(ctx.tenantId, ctx.actor, query))
    .orderBy(asc(datasets.title));
  const all = await listAllAgencies(db, ctx.tenantId);
  const codeOf = new Map(all.map((a) => [a.id, a.code]));
  return writeSheet({
    sheetName: t(ctx.locale, 'datasets.title'),
    columns,
    locale: ctx.locale,
    rows: rows.map(({ d, producerCode }) => ({
      ...d,
      producerAgencyCode: producerCode,
      stewardAgencyCode: d.stewardAgencyId ? codeOf.get(d.stewardAgencyId) : null,
    })),
  });
}

export async function datasetTemplate(ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'dataset.import');
  return writeTemplate({ sheetName: t(ctx.locale, 'datasets.title'), columns, locale: ctx.locale });
}

/** Rows become drafts of their producer; a row's producer must be one the importer may register for. */
export async function importDatasets(db: DB, ctx: RequestContext, content: Buffer, commit: boolean, limits: ImportLimits = defaultImportLimits) {
  authorize(ctx.actor, 'dataset.import');
  const actor = ctx.actor;
  const rows = await readSheet(content, columns, limits);
  const all = await listAllAgencies(db, ctx.tenantId);
  const idByCode = new Map(all.filter((a) => a.status === 'active').map((a) => [a.code.toLowerCase(), a.id]));
  const current = new Map((await db.select().from(datasets).where(eq(datasets.tenantId, ctx.tenantId))).map((d) => [d.id, d]));
  const parse = async (row: SheetRow): Promise<RowParse<DatasetInput>> => {
    const v = row.values;
    const label = v.title ?? '';
    const errors: { column: string; code: string }[] = [];
    const producerAgencyId = v.producerAgencyCode ? idByCode.get(v.producerAgencyCode.toLowerCase()) : undefined;
    if (v.producerAgencyCode && !producerAgencyId) errors.push({ column: 'producerAgencyCode', code: 'UNKNOWN_AGENCY' });
    const stewardAgencyId = v.stewardAgencyCode ? idByCode.get(v.stewardAgencyCode.toLowerCase()) : null;
    if (v.stewardAgencyCode && !stewardAgencyId) errors.push({ column: 'stewardAgencyCode', code: 'UNKNOWN_AGENCY' });
    const flags: Record<string, boolean | undefined> = {};
    for (const key of ['isMasterData', 'isReferenceData']) {
      const b = bool(v[key]);
      if (b === 'invalid') errors.push({ column: key, code: 'BOOLEAN_FORMAT' });
      else flags[key] = b;
    }
    const parsed = DatasetInput.safeParse({
      title: v.title ?? undefined,
      description: v.description ?? undefined,
      producerAgencyId: producerAgencyId ?? '00000000-0000-0000-0000-000000000000',
      stewardAgencyId: stewardAgencyId ?? null,
      classification: v.classification ?? undefined,
      category: v.category,
      ...flags,
      keyIdentifier: v.keyIdentifier,
      updateFrequency: v.updateFrequency,
      nextReleaseAt: v.nextReleaseAt,
      lastUpdatedAt: v.lastUpdatedAt,
      format: v.format,
      unitOfMeasure: v.unitOfMeasure,
      timeCoverageStart: v.timeCoverageStart,
      timeCoverageEnd: v.timeCoverageEnd,
      areaCoverage: v.areaCoverage,
      storageLocation: v.storageLocation,
      qualityNotes: v.qualityNotes,
      licence: v.licence,
      tags: (v.tags ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue) });
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
      // no steward named: the tenant's steward stands in, as on create, so an export's own value is no change
      if (wanted.stewardAgencyId === null) delete wanted.stewardAgencyId;
      const changes = changedFields(wanted, existing);
      if (Object.keys(changes).length > 0 && !can(actor, 'dataset.update', existing)) return { ok: false, label, errors: [{ column: 'id', code: 'FORBIDDEN' }] };
      return { ok: true, label, value: parsed.data, match: { id: existing.id, changes } };
    }
    if (!can(actor, 'dataset.create', { producerAgencyId: parsed.data.producerAgencyId })) {
      return { ok: false, label, errors: [{ column: 'producerAgencyCode', code: 'FORBIDDEN' }] };
    }
    return { ok: true, label, value: parsed.data };
  };
  return importRows({
    db,
    rows,
    locale: ctx.locale,
    commit,
    parse,
    save: async (tx, value) => void (await createDatasetInTx(tx, ctx, value)),
    // the service moves a published dataset back to review and writes the audit entry
    update: async (tx, match) => void (await updateDataset(tx as unknown as DB, ctx, match.id, match.changes)),
  });
}
