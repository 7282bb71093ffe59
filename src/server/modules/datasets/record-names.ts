import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { datasets } from './tables';

/** A dataset's title only for who may read the record (a draft stays its producer's). */
export const datasetRecordNames: RecordNameProvider = {
  entityType: 'dataset',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: datasets.id, title: datasets.title, producerAgencyId: datasets.producerAgencyId, stewardAgencyId: datasets.stewardAgencyId, classification: datasets.classification, publicationStatus: datasets.publicationStatus })
      .from(datasets)
      .where(and(eq(datasets.tenantId, ctx.tenantId), inArray(datasets.id, ids)));
    return new Map(rows.filter((r) => can(ctx.actor, 'dataset.read', r)).map((r) => [r.id, r.title]));
  },
};
