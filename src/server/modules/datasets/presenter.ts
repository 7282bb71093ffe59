import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { can } from '../../platform/policy/can';
import type { Actor } from '../../platform/policy/actor';
import type { DatasetView } from '../../../shared/datasets';
import { agencies } from '../agencies/tables';
import { applications } from '../applications/tables';
import { datasets } from './tables';
import { findResources, findReviews, type ResourceRow } from './queries';

export type DatasetRow = typeof datasets.$inferSelect;

export function presentResource(r: ResourceRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    url: r.url,
    format: r.format,
    description: r.description,
    file: r.fileId ? { fileName: r.fileName!, size: r.size!, sha256: r.sha256!, mimeType: r.mimeType! } : null,
    createdAt: r.createdAt.toISOString(),
  };
}

async function namesOf(db: Queryable, tenantId: string, row: DatasetRow) {
  const agencyIds = [row.producerAgencyId, ...(row.stewardAgencyId ? [row.stewardAgencyId] : [])];
  const [agencyRows, appRows] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, agencyIds))),
    row.sourceApplicationId
      ? db.select({ name: applications.name }).from(applications).where(and(eq(applications.tenantId, tenantId), eq(applications.id, row.sourceApplicationId)))
      : Promise.resolve([]),
  ]);
  const names = new Map(agencyRows.map((a) => [a.id, a.name]));
  return { names, applicationName: appRows[0]?.name ?? null };
}

/**
 * A dataset as the person asking may see it. The resources are left out (null) when the
 * person may read the metadata but not the content (Dumai 18/2019 Ps 11(7)).
 */
export async function presentDataset(db: Queryable, tenantId: string, row: DatasetRow, actor: Actor | null): Promise<DatasetView> {
  const readContent = can(actor, 'dataset.readContent', row);
  const [{ names, applicationName }, resources, reviews] = await Promise.all([
    namesOf(db, tenantId, row),
    readContent ? findResources(db, tenantId, [row.id]) : Promise.resolve(null),
    findReviews(db, tenantId, row.id),
  ]);
  const live = row.publicationStatus !== 'retired';
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    producerAgencyId: row.producerAgencyId,
    producerAgencyName: names.get(row.producerAgencyId) ?? '',
    stewardAgencyId: row.stewardAgencyId,
    stewardAgencyName: row.stewardAgencyId ? (names.get(row.stewardAgencyId) ?? '') : null,
    classification: row.classification,
    category: row.category,
    isMasterData: row.isMasterData,
    isReferenceData: row.isReferenceData,
    keyIdentifier: row.keyIdentifier as DatasetView['keyIdentifier'],
    identifierSamples: readContent ? row.identifierSamples : [],
    updateFrequency: row.updateFrequency as DatasetView['updateFrequency'],
    nextReleaseAt: row.nextReleaseAt,
    lastUpdatedAt: row.lastUpdatedAt,
    format: row.format,
    unitOfMeasure: row.unitOfMeasure,
    concept: row.concept,
    timeCoverageStart: row.timeCoverageStart,
    timeCoverageEnd: row.timeCoverageEnd,
    areaCoverage: row.areaCoverage,
    sourceApplicationId: row.sourceApplicationId,
    sourceApplicationName: applicationName,
    storageLocation: row.storageLocation as DatasetView['storageLocation'],
    qualityNotes: row.qualityNotes,
    licence: row.licence,
    tags: row.tags,
    publicationStatus: row.publicationStatus,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    revisionNotes: row.revisionNotes,
    retiredReason: row.retiredReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resources: resources ? resources.map(presentResource) : null,
    reviews: reviews.map((r) => ({ action: r.action, notes: r.notes, actorName: r.actorName, at: r.createdAt.toISOString() })),
    abilities: {
      update: live && can(actor, 'dataset.update', row),
      submit: (row.publicationStatus === 'draft' || row.publicationStatus === 'returned') && can(actor, 'dataset.submit', row),
      review: row.publicationStatus === 'in_review' && can(actor, 'dataset.review', row),
      retire: live && can(actor, 'dataset.retire', row),
      readContent,
    },
  };
}
