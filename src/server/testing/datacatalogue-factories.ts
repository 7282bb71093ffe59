import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { DatasetInput } from '../../shared/datasets';
import { DatasetInput as DatasetSchema } from '../../shared/datasets';
import { createDatasetInTx } from '../modules/datasets/service';
import { createTestAgency, createTestUser } from './factories';

let counter = 0;

export function buildDatasetInput(producerAgencyId: string, overrides: Partial<DatasetInput> = {}): DatasetInput {
  const n = ++counter;
  return DatasetSchema.parse({
    title: `Data Uji ${n}`,
    description: 'Data untuk pengujian katalog',
    producerAgencyId,
    classification: 'public',
    category: 'health',
    updateFrequency: 'annual',
    format: 'CSV',
    tags: ['uji'],
    ...overrides,
  });
}

export async function createTestDataset(db: DB, ctx: RequestContext, producerAgencyId: string, overrides: Partial<DatasetInput> = {}) {
  return db.transaction((tx) => createDatasetInTx(tx, ctx, buildDatasetInput(producerAgencyId, overrides)));
}

/**
 * A tenant's catalogue cast: a steward agency (Walidata) with an operator, a producer agency
 * with an operator, and another agency with an operator.
 */
export async function createCatalogueCast(db: DB, admin: RequestContext) {
  const stewardAgency = await createTestAgency(db, admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office', 'data_steward'] });
  const producerAgency = await createTestAgency(db, admin, { name: 'Dinas Kesehatan' });
  const otherAgency = await createTestAgency(db, admin, { name: 'Dinas Pendidikan' });
  const steward = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: stewardAgency.id }]);
  const producer = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: producerAgency.id }]);
  const other = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: otherAgency.id }]);
  return { stewardAgency, producerAgency, otherAgency, steward, producer, other };
}
