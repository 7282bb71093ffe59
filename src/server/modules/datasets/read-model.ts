import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import type { ReadDataset } from '../../../regulations/types';
import { datasets } from './tables';

/**
 * The catalogue's section of the compliance read model, in one query. A returned record is
 * back with its producer, so the checks read it as a draft.
 */
export async function findDatasetsForReadModel(db: Queryable, tenantId: string): Promise<ReadDataset[]> {
  const rows = await db
    .select({
      id: datasets.id,
      title: datasets.title,
      producerAgencyId: datasets.producerAgencyId,
      stewardAgencyId: datasets.stewardAgencyId,
      classification: datasets.classification,
      category: datasets.category,
      isMasterData: datasets.isMasterData,
      isReferenceData: datasets.isReferenceData,
      keyIdentifier: datasets.keyIdentifier,
      updateFrequency: datasets.updateFrequency,
      storageLocation: datasets.storageLocation,
      publicationStatus: datasets.publicationStatus,
      lastUpdatedAt: datasets.lastUpdatedAt,
    })
    .from(datasets)
    .where(eq(datasets.tenantId, tenantId));
  return rows.map((r) => ({ ...r, publicationStatus: r.publicationStatus === 'returned' ? 'draft' : r.publicationStatus }));
}
