import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import type { Queryable } from '../../platform/db/database';
import { withholdDatasetContent } from './history';
import { datasets } from './tables';

/** A dataset's title only for who may read the record (a draft stays its producer's). */
function findPolicyRows(db: Queryable, tenantId: string, ids: string[]) {
  return db
    .select({ id: datasets.id, title: datasets.title, producerAgencyId: datasets.producerAgencyId, stewardAgencyId: datasets.stewardAgencyId, classification: datasets.classification, publicationStatus: datasets.publicationStatus })
    .from(datasets)
    .where(and(eq(datasets.tenantId, tenantId), inArray(datasets.id, ids)));
}

export const datasetRecordNames: RecordNameProvider = {
  entityType: 'dataset',
  async findNames(db, ctx, ids) {
    const rows = await findPolicyRows(db, ctx.tenantId, ids);
    return new Map(rows.filter((r) => can(ctx.actor, 'dataset.read', r)).map((r) => [r.id, r.title]));
  },
  // Dumai 18/2019 Ps 11(7): the content of a non-public dataset stays its producer's, in the trail as in the history
  withheld: {
    async findIds(db, ctx, ids) {
      const rows = await findPolicyRows(db, ctx.tenantId, ids);
      return new Set(rows.filter((r) => !can(ctx.actor, 'dataset.readContent', r)).map((r) => r.id));
    },
    cut: withholdDatasetContent,
  },
};
