import { asc, and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize, can } from '../../platform/policy/can';
import { readSheet, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet } from '../../platform/excel/write-sheet';
import { importRows, type RowParse } from '../../platform/excel/import-rows';
import type { SheetColumn } from '../../platform/excel/columns';
import { issueCode } from '../../platform/validation-messages';
import { DatasetInput, type DatasetListQuery } from '../../../shared/datasets';
import { t } from '../../../i18n/server';
import { listAllAgencies } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { datasets } from './tables';
import { createDatasetInTx, datasetListWhere } from './service';

const columns: SheetColumn[] = [
  { key: 'title', headerKey: 'datasets.field.title', required: true, width: 40 },
  { key: 'producerAgencyCode', headerKey: 'datasets.field.producerAgencyCode', required: true, width: 14 },
  { key: 'classification', headerKey: 'datasets.field.classification', required: true, width: 14 },
  { key: 'category', headerKey: 'datasets.field.category', width: 22 },
  { key: 'description', headerKey: 'datasets.field.description', width: 40 },
  { key: 'stewardAgencyCode', headerKey: 'datasets.field.stewardAgencyCode', width: 14 },
  { key: 'isMasterData', headerKey: 'datasets.field.isMasterData', width: 10 },
  { key: 'isReferenceData', headerKey: 'datasets.field.isReferenceData', width: 10 },
  { key: 'keyIdentifier', headerKey: 'datasets.field.keyIdentifier', width: 10 },
  { key: 'updateFrequency', headerKey: 'datasets.field.updateFrequency', width: 14 },
  { key: 'nextReleaseAt', headerKey: 'datasets.field.nextReleaseAt', width: 14 },
  { key: 'lastUpdatedAt', headerKey: 'datasets.field.lastUpdatedAt', width: 14 },
  { key: 'format', headerKey: 'datasets.field.format', width: 10 },
  { key: 'unitOfMeasure', headerKey: 'datasets.field.unitOfMeasure', width: 14 },
  { key: 'timeCoverageStart', headerKey: 'datasets.field.timeCoverageStart', width: 14 },
  { key: 'timeCoverageEnd', headerKey: 'datasets.field.timeCoverageEnd', width: 14 },
  { key: 'areaCoverage', headerKey: 'datasets.field.areaCoverage', width: 20 },
  { key: 'storageLocation', headerKey: 'datasets.field.storageLocation', width: 20 },
  { key: 'qualityNotes', headerKey: 'datasets.field.qualityNotes', width: 30 },
  { key: 'licence', headerKey: 'datasets.field.licence', width: 14 },
  { key: 'tags', headerKey: 'datasets.field.tags', width: 24 },
  { key: 'publicationStatus', headerKey: 'datasets.field.publicationStatus', width: 12 },
];

const truthy = new Set(['ya', 'yes', 'y', 'true', '1']);
const falsy = new Set(['tidak', 'no', 'n', 'false', '0']);

function bool(value: string | null | undefined): boolean | undefined | 'invalid' {
  // a column left out of the sheet reads as undefined, an empty cell as null
  if (value === null || value === undefined) return undefined;
  const v = value.toLowerCase();
  return truthy.has(v) ? true : falsy.has(v) ? false : 'invalid';
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
  const yesNo = (b: boolean) => t(ctx.locale, b ? 'common.yes' : 'common.no');
  return writeSheet({
    sheetName: t(ctx.locale, 'datasets.title'),
    columns,
    locale: ctx.locale,
    rows: rows.map(({ d, producerCode }) => ({
      ...d,
      producerAgencyCode: producerCode,
      stewardAgencyCode: d.stewardAgencyId ? codeOf.get(d.stewardAgencyId) : null,
      isMasterData: yesNo(d.isMasterData),
      isReferenceData: yesNo(d.isReferenceData),
      tags: d.tags.join(', '),
      identifierSamples: null,
    })),
  });
}

/** Rows become drafts of their producer; a row's producer must be one the importer may register for. */
export async function importDatasets(db: DB, ctx: RequestContext, content: Buffer, commit: boolean) {
  authorize(ctx.actor, 'dataset.import');
  const actor = ctx.actor;
  const rows = await readSheet(content, columns);
  const all = await listAllAgencies(db, ctx.tenantId);
  const idByCode = new Map(all.filter((a) => a.status === 'active').map((a) => [a.code.toLowerCase(), a.id]));
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
      classification: v.classification?.toLowerCase() ?? undefined,
      category: v.category?.toLowerCase() ?? null,
      ...flags,
      keyIdentifier: v.keyIdentifier?.toLowerCase() ?? null,
      updateFrequency: v.updateFrequency?.toLowerCase() ?? null,
      nextReleaseAt: v.nextReleaseAt,
      lastUpdatedAt: v.lastUpdatedAt,
      format: v.format,
      unitOfMeasure: v.unitOfMeasure,
      timeCoverageStart: v.timeCoverageStart,
      timeCoverageEnd: v.timeCoverageEnd,
      areaCoverage: v.areaCoverage,
      storageLocation: v.storageLocation?.toLowerCase() ?? null,
      qualityNotes: v.qualityNotes,
      licence: v.licence,
      tags: (v.tags ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue) });
    }
    if (errors.length > 0 || !parsed.success) return { ok: false, label, errors };
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
  });
}
