import { and, asc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { actorAgencyIds, readsWholeTenant, type Actor } from '../../platform/policy/actor';
import { files } from '../../platform/files/tables';
import { datasetResources, datasetReviews, datasets } from './tables';

export async function findDataset(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(datasets).where(and(eq(datasets.tenantId, tenantId), eq(datasets.id, id)));
  return row ?? null;
}

export async function findDatasetBySlug(db: Queryable, tenantId: string, slug: string) {
  const [row] = await db.select().from(datasets).where(and(eq(datasets.tenantId, tenantId), eq(datasets.slug, slug)));
  return row ?? null;
}

/** The rows an actor may see, as a WHERE fragment (mirrors the policy's dataset.read). */
export function visibleDatasets(actor: Actor): SQL | undefined {
  if (readsWholeTenant(actor)) return undefined;
  const mine = actorAgencyIds(actor);
  const published = eq(datasets.publicationStatus, 'published');
  if (mine.length === 0) return published;
  return or(
    published,
    inArray(datasets.producerAgencyId, mine),
    and(inArray(datasets.stewardAgencyId, mine), ne(datasets.publicationStatus, 'draft')),
  );
}

/** Only published, public records are ever visible without signing in. */
export const publiclyVisible = (tenantId: string) =>
  and(eq(datasets.tenantId, tenantId), eq(datasets.publicationStatus, 'published'), eq(datasets.classification, 'public'));

const escapeLike = (q: string) => q.replace(/[%_\\]/g, '\\$&');

export const searchDatasets = (q: string) =>
  or(
    sql`${datasets.search} @@ websearch_to_tsquery('simple', ${q})`,
    sql`${datasets.title} ILIKE ${'%' + escapeLike(q) + '%'}`,
    sql`${datasets.tagsText} ILIKE ${'%' + escapeLike(q) + '%'}`,
  );

export async function findSlugsLike(db: Queryable, tenantId: string, base: string) {
  const rows = await db
    .select({ slug: datasets.slug })
    .from(datasets)
    .where(and(eq(datasets.tenantId, tenantId), sql`${datasets.slug} LIKE ${escapeLike(base) + '%'}`));
  return new Set(rows.map((r) => r.slug));
}

export async function findResources(db: Queryable, tenantId: string, datasetIds: string[]) {
  if (datasetIds.length === 0) return [];
  return db
    .select({
      id: datasetResources.id,
      datasetId: datasetResources.datasetId,
      name: datasetResources.name,
      kind: datasetResources.kind,
      url: datasetResources.url,
      format: datasetResources.format,
      description: datasetResources.description,
      createdAt: datasetResources.createdAt,
      fileId: files.id,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      mimeType: files.mimeType,
    })
    .from(datasetResources)
    .leftJoin(files, and(eq(files.tenantId, datasetResources.tenantId), eq(files.id, datasetResources.fileId)))
    .where(and(eq(datasetResources.tenantId, tenantId), inArray(datasetResources.datasetId, datasetIds)))
    .orderBy(asc(datasetResources.createdAt), asc(datasetResources.id));
}

export type ResourceRow = Awaited<ReturnType<typeof findResources>>[number];

export async function findReviews(db: Queryable, tenantId: string, datasetId: string) {
  return db
    .select()
    .from(datasetReviews)
    .where(and(eq(datasetReviews.tenantId, tenantId), eq(datasetReviews.datasetId, datasetId)))
    .orderBy(asc(datasetReviews.createdAt), asc(datasetReviews.id));
}
