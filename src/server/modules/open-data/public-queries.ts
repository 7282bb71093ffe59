import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/database';
import { agencies } from '../agencies/tables';
import { slugify } from '../tenants/service';
import { datasets } from '../datasets/tables';
import { findResources, publiclyVisible, searchDatasets } from '../datasets/queries';
import type { PublicDataset } from '../../../shared/open-data';

const producer = alias(agencies, 'producer');
const steward = alias(agencies, 'steward');

/** An agency as a CKAN organization / DCAT agent: a stable name from its code, its name as title. */
export const organizationName = (code: string) => slugify(code) || 'agency';

export interface PublicFilter {
  q?: string;
  category?: string;
  /** the steward (CKAN organization) resolved to its agency; null when the name matched none */
  stewardAgencyId?: string | null;
  tags?: string[];
  format?: string;
}

export type PublicSort = 'title' | 'modified_desc' | 'created_desc' | 'name';

function filterWhere(tenantId: string, f: PublicFilter): SQL | undefined {
  return and(
    publiclyVisible(tenantId),
    f.q ? searchDatasets(f.q) : undefined,
    f.category ? eq(datasets.category, f.category) : undefined,
    f.stewardAgencyId === undefined ? undefined : f.stewardAgencyId === null ? sql`false` : eq(datasets.stewardAgencyId, f.stewardAgencyId),
    ...(f.tags ?? []).map((tag) => sql`${tag} = ANY(${datasets.tags})`),
    f.format
      ? // qualified by hand: drizzle leaves columns unqualified in a single-table query, and inside the
        // subquery "tenant_id" would then mean r.tenant_id
        sql`EXISTS (SELECT 1 FROM dataset_resources r WHERE r.tenant_id = "datasets"."tenant_id" AND r.dataset_id = "datasets"."id" AND upper(r.format) = upper(${f.format}))`
      : undefined,
  );
}

function baseQuery(db: Queryable) {
  return db
    .select({ d: datasets, producerCode: producer.code, producerName: producer.name, stewardCode: steward.code, stewardName: steward.name, stewardId: steward.id })
    .from(datasets)
    .innerJoin(producer, and(eq(producer.tenantId, datasets.tenantId), eq(producer.id, datasets.producerAgencyId)))
    .leftJoin(steward, and(eq(steward.tenantId, datasets.tenantId), eq(steward.id, datasets.stewardAgencyId)));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

export type PublicRecord = PublicDataset & { stewardId: string | null; createdAt: string };

async function withResources(db: Queryable, tenantId: string, rows: Row[], downloadUrl: (datasetName: string, resourceId: string) => string): Promise<PublicRecord[]> {
  const resources = await findResources(db, tenantId, rows.map((r) => r.d.id));
  return rows.map(({ d, producerCode, producerName, stewardCode, stewardName, stewardId }) => ({
    id: d.id,
    name: d.slug,
    title: d.title,
    description: d.description,
    producer: { name: organizationName(producerCode), title: producerName },
    steward: stewardCode && stewardName ? { name: organizationName(stewardCode), title: stewardName } : null,
    stewardId,
    category: d.category,
    tags: d.tags,
    isMasterData: d.isMasterData,
    isReferenceData: d.isReferenceData,
    updateFrequency: d.updateFrequency,
    nextReleaseAt: d.nextReleaseAt,
    lastUpdatedAt: d.lastUpdatedAt,
    format: d.format,
    unitOfMeasure: d.unitOfMeasure,
    concept: d.concept,
    timeCoverageStart: d.timeCoverageStart,
    timeCoverageEnd: d.timeCoverageEnd,
    areaCoverage: d.areaCoverage,
    licence: d.licence,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    modifiedAt: d.updatedAt.toISOString(),
    createdAt: d.createdAt.toISOString(),
    resources: resources
      .filter((r) => r.datasetId === d.id)
      .map((r) => ({
        id: r.id,
        name: r.name,
        format: r.format,
        url: r.kind === 'url' ? r.url! : downloadUrl(d.slug, r.id),
        description: r.description,
        sha256: r.sha256,
        size: r.size,
      })),
  }));
}

const orderings: Record<PublicSort, SQL[]> = {
  title: [asc(datasets.title)],
  name: [asc(datasets.slug)],
  modified_desc: [desc(datasets.updatedAt)],
  created_desc: [desc(datasets.createdAt)],
};

/** Published, public datasets of a tenant: the only ones anyone may see without signing in. */
export async function searchPublicDatasets(
  db: Queryable,
  tenantId: string,
  opts: PublicFilter & { limit: number; offset: number; sort?: PublicSort; downloadUrl: (datasetName: string, resourceId: string) => string },
) {
  const where = filterWhere(tenantId, opts);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(datasets).where(where),
    baseQuery(db)
      .where(where)
      .orderBy(...orderings[opts.sort ?? 'title'], asc(datasets.id))
      .limit(opts.limit)
      .offset(opts.offset),
  ]);
  return { total, items: await withResources(db, tenantId, rows, opts.downloadUrl) };
}

/** One published, public dataset by its name or id; null for anything else. */
export async function findPublicDataset(db: Queryable, tenantId: string, nameOrId: string, downloadUrl: (datasetName: string, resourceId: string) => string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nameOrId);
  const rows = await baseQuery(db).where(and(publiclyVisible(tenantId), isUuid ? or(eq(datasets.id, nameOrId), eq(datasets.slug, nameOrId)) : eq(datasets.slug, nameOrId)));
  if (rows.length === 0) return null;
  const [record] = await withResources(db, tenantId, rows, downloadUrl);
  return record;
}

export async function listPublicDatasetNames(db: Queryable, tenantId: string, limit: number, offset: number) {
  const rows = await db.select({ slug: datasets.slug }).from(datasets).where(publiclyVisible(tenantId)).orderBy(asc(datasets.slug)).limit(limit).offset(offset);
  return rows.map((r) => r.slug);
}

/**
 * The stewards as organizations (the Satu Data CKAN labels `organization` "Walidata"):
 * every agency stewarding a live dataset, with its count of public datasets.
 */
export async function listStewardOrganizations(db: Queryable, tenantId: string) {
  const rows = await db
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      packageCount: sql<number>`count(*) FILTER (WHERE ${datasets.publicationStatus} = 'published' AND ${datasets.classification} = 'public')::int`,
    })
    .from(datasets)
    .innerJoin(agencies, and(eq(agencies.tenantId, datasets.tenantId), eq(agencies.id, datasets.stewardAgencyId)))
    .where(and(eq(datasets.tenantId, tenantId), sql`${datasets.publicationStatus} <> 'retired'`))
    .groupBy(agencies.id, agencies.code, agencies.name)
    .orderBy(asc(agencies.code));
  return rows.map((r) => ({ id: r.id, name: organizationName(r.code), title: r.name, packageCount: Number(r.packageCount) }));
}

/** The id of a dataset by name, only when it is published and public. */
export async function findPublicDatasetId(db: Queryable, tenantId: string, datasetName: string) {
  const [row] = await db.select({ id: datasets.id }).from(datasets).where(and(publiclyVisible(tenantId), eq(datasets.slug, datasetName)));
  return row ? row.id : null;
}
