import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import { actorAgencyIds, type Actor } from '../../platform/policy/actor';
import type { RequestContext } from '../../platform/context';
import type { DatasetInput, DatasetListQuery, DatasetUpdate } from '../../../shared/datasets';
import { agencies } from '../agencies/tables';
import { assertAgenciesExist } from '../agencies/service';
import { findApplication } from '../applications/queries';
import { slugify } from '../tenants/service';
import { datasets } from './tables';
import { findDataset, findSlugsLike, searchDatasets, visibleDatasets } from './queries';
import { presentDataset, type DatasetRow } from './presenter';
import { findDefaultSteward } from './rules-for-tenant';
import { statusAfterEdit } from './publication-flow';
import { pickSortColumn } from '../../platform/db/sort-column';
import { dateOrderBreach } from '../../../shared/dates';

type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;

async function uniqueSlug(tx: Queryable, tenantId: string, title: string) {
  const base = slugify(title) || 'dataset';
  const taken = await findSlugsLike(tx, tenantId, base);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!taken.has(slug)) return slug;
  }
}

/** Agencies and the source application must exist in the tenant; the steward defaults to the tenant's. */
async function resolveReferences(tx: Queryable, tenantId: string, candidate: Pick<DatasetInput, 'producerAgencyId' | 'stewardAgencyId' | 'sourceApplicationId'>) {
  const stewardAgencyId = candidate.stewardAgencyId ?? (await findDefaultSteward(tx, tenantId));
  await assertAgenciesExist(tx, tenantId, [candidate.producerAgencyId, ...(stewardAgencyId ? [stewardAgencyId] : [])]);
  if (candidate.sourceApplicationId && !(await findApplication(tx, tenantId, candidate.sourceApplicationId))) {
    throw new AppError('VALIDATION_FAILED', 422, {}, { sourceApplicationId: 'UNKNOWN_APPLICATION' });
  }
  return { stewardAgencyId };
}

const tagsText = (tags: string[]) => tags.join(' ');

export async function createDatasetInTx(tx: Tx, ctx: WriteCtx, input: DatasetInput) {
  const { stewardAgencyId } = await resolveReferences(tx, ctx.tenantId, input);
  const [row] = await tx
    .insert(datasets)
    .values({
      tenantId: ctx.tenantId,
      id: newId(),
      slug: await uniqueSlug(tx, ctx.tenantId, input.title),
      ...input,
      stewardAgencyId,
      tagsText: tagsText(input.tags),
    })
    .returning();
  await appendAudit(tx, ctx, { action: 'dataset.create', entityType: 'dataset', entityId: row.id, agencyId: row.producerAgencyId, after: row });
  return row;
}

export async function createDataset(db: DB, ctx: RequestContext, input: DatasetInput) {
  authorize(ctx.actor, 'dataset.create', { producerAgencyId: input.producerAgencyId });
  const row = await db.transaction((tx) => createDatasetInTx(tx, ctx, input));
  return presentDataset(db, ctx.tenantId, row, ctx.actor);
}

/** Loads a record the actor may read, or 404. */
export async function findReadableDataset(db: Queryable, ctx: RequestContext, id: string): Promise<DatasetRow> {
  authorize(ctx.actor, 'dataset.read');
  const row = await findDataset(db, ctx.tenantId, id);
  // what a person may not read does not exist for them
  if (!row || !can(ctx.actor, 'dataset.read', row)) throw notFound('dataset');
  return row;
}

export async function getDataset(db: DB, ctx: RequestContext, id: string) {
  const row = await findReadableDataset(db, ctx, id);
  return presentDataset(db, ctx.tenantId, row, ctx.actor);
}

export async function updateDataset(db: DB, ctx: RequestContext, id: string, changes: DatasetUpdate) {
  const row = await db.transaction(async (tx) => {
    const before = await findReadableDataset(tx, ctx, id);
    authorize(ctx.actor, 'dataset.update', before);
    if (before.publicationStatus === 'retired') throw new AppError('DATASET_RETIRED', 409);
    // the producer is who may edit: handing a record to another producer needs the right there too
    if (changes.producerAgencyId && changes.producerAgencyId !== before.producerAgencyId) {
      authorize(ctx.actor, 'dataset.create', { producerAgencyId: changes.producerAgencyId });
    }
    const candidate = { ...before, ...changes };
    // the schema checks the order only when both dates are sent; one date patched meets the stored other here
    if (dateOrderBreach(candidate.timeCoverageStart, candidate.timeCoverageEnd)) {
      throw new AppError('DATASET_COVERAGE_ORDER', 422, {}, { timeCoverageEnd: 'DATASET_COVERAGE_ORDER' });
    }
    const { stewardAgencyId } = await resolveReferences(tx, ctx.tenantId, candidate);
    const [after] = await tx
      .update(datasets)
      .set({
        ...changes,
        stewardAgencyId,
        ...(changes.tags && { tagsText: tagsText(changes.tags) }),
        publicationStatus: statusAfterEdit(before.publicationStatus),
        updatedAt: new Date(),
      })
      .where(and(eq(datasets.tenantId, ctx.tenantId), eq(datasets.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'dataset.update', entityType: 'dataset', entityId: id, agencyId: after.producerAgencyId, before, after });
    return after;
  });
  return presentDataset(db, ctx.tenantId, row, ctx.actor);
}

const sortable = {
  title: datasets.title,
  updatedAt: datasets.updatedAt,
  publicationStatus: datasets.publicationStatus,
  classification: datasets.classification,
  nextReleaseAt: datasets.nextReleaseAt,
} as const;

export function datasetListWhere(tenantId: string, actor: Actor, query: DatasetListQuery) {
  const mine = actorAgencyIds(actor);
  return and(
    eq(datasets.tenantId, tenantId),
    visibleDatasets(actor),
    query.status === 'all'
      ? undefined
      : query.status === 'live'
        ? inArray(datasets.publicationStatus, ['draft', 'in_review', 'returned', 'published'])
        : eq(datasets.publicationStatus, query.status),
    query.queue === 'review'
      ? and(eq(datasets.publicationStatus, 'in_review'), mine.length > 0 ? inArray(datasets.stewardAgencyId, mine) : sql`false`)
      : undefined,
    query.classification ? eq(datasets.classification, query.classification) : undefined,
    query.category ? eq(datasets.category, query.category) : undefined,
    query.producerAgencyId ? eq(datasets.producerAgencyId, query.producerAgencyId) : undefined,
    query.stewardAgencyId ? eq(datasets.stewardAgencyId, query.stewardAgencyId) : undefined,
    query.q ? searchDatasets(query.q) : undefined,
  );
}

export async function listDatasets(db: DB, ctx: RequestContext, query: DatasetListQuery) {
  authorize(ctx.actor, 'dataset.read');
  const where = datasetListWhere(ctx.tenantId, ctx.actor, query);
  const column = pickSortColumn(sortable, query.sort, datasets.title);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(datasets).where(where),
    db
      .select({
        id: datasets.id,
        slug: datasets.slug,
        title: datasets.title,
        producerAgencyId: datasets.producerAgencyId,
        producerAgencyName: agencies.name,
        stewardAgencyId: datasets.stewardAgencyId,
        classification: datasets.classification,
        category: datasets.category,
        publicationStatus: datasets.publicationStatus,
        updateFrequency: datasets.updateFrequency,
        nextReleaseAt: datasets.nextReleaseAt,
        updatedAt: datasets.updatedAt,
      })
      .from(datasets)
      .innerJoin(agencies, and(eq(agencies.tenantId, datasets.tenantId), eq(agencies.id, datasets.producerAgencyId)))
      .where(where)
      .orderBy(query.dir === 'desc' ? desc(column) : asc(column), asc(datasets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })), total, page: query.page, pageSize: query.pageSize };
}

/** The steward agency of a dataset, for the data-use request's recommendation step. */
export async function findDatasetSteward(db: Queryable, tenantId: string, datasetId: string) {
  const row = await findDataset(db, tenantId, datasetId);
  return row ? { datasetId: row.id, producerAgencyId: row.producerAgencyId, stewardAgencyId: row.stewardAgencyId } : null;
}
