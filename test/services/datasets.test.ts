import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { buildDatasetInput, createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { DatasetInput } from '../../src/shared/datasets';
import { createDataset, getDataset, listDatasets, updateDataset } from '../../src/server/modules/datasets/service';
import { publishDataset, retireDataset, returnDataset, submitDataset } from '../../src/server/modules/datasets/review-service';
import { findOverlappingDatasets } from '../../src/server/modules/datasets/overlaps';
import { findDatasetsForReadModel } from '../../src/server/modules/datasets/read-model';
import { DatasetListQuery } from '../../src/shared/datasets';
import { buildReadModel } from '../../src/regulations/testing/build-read-model';
import { checkDatasetKeyIdentifier } from '../../src/regulations/checks/datasets';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const jambi = { regulations: [{ regulation: 'jambi-10-2017' as const, effectiveFrom: '2017-03-27', effectiveUntil: null }], primaryDomain: 'jambikota.go.id' };

describe('dataset metadata validation', () => {
  it('Palu 14/2022 Ps 12(5), Jambi 10/2017 Ps 11(6): a NIK sample must carry region, birth date and serial', () => {
    const base = { title: 'Data Penduduk', producerAgencyId: '00000000-0000-4000-8000-000000000001', classification: 'limited', keyIdentifier: 'nik' };
    expect(DatasetInput.safeParse({ ...base, identifierSamples: ['1471014501900001'] }).success).toBe(true);
    const bad = DatasetInput.safeParse({ ...base, identifierSamples: ['1471013102900001'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['identifierSamples', 0], message: 'NIK_BIRTH_DATE' });
  });
  it('Palu 14/2022 Ps 12(4), Jambi 10/2017 Ps 11(5): a NIP sample must carry birth date, appointment, gender and serial', () => {
    const base = { title: 'Data Pegawai', producerAgencyId: '00000000-0000-4000-8000-000000000001', classification: 'limited', keyIdentifier: 'nip' };
    expect(DatasetInput.safeParse({ ...base, identifierSamples: ['198609262015051001'] }).success).toBe(true);
    const bad = DatasetInput.safeParse({ ...base, identifierSamples: ['198609262015053001'] });
    expect(bad.error?.issues[0].message).toBe('NIP_GENDER');
  });
});

describe('producer → steward review (Perpres 39/2019 Ps 21–22)', () => {
  it('the producer hands a draft to the tenant steward, who publishes it; every step is audited', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const created = await createDataset(db, cast.producer.ctx, buildDatasetInput(cast.producerAgency.id, { title: 'Jumlah Puskesmas per Kecamatan' }));
    // Perpres 39/2019 Ps 21(2): one steward per Pemda, taken by default
    expect(created).toMatchObject({ stewardAgencyId: cast.stewardAgency.id, publicationStatus: 'draft', slug: 'jumlah-puskesmas-per-kecamatan' });
    const submitted = await submitDataset(db, cast.producer.ctx, created.id, null);
    expect(submitted.publicationStatus).toBe('in_review');
    const published = await publishDataset(db, cast.steward.ctx, created.id, 'Sesuai prinsip Satu Data');
    expect(published.publicationStatus).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect(published.reviews.map((r) => r.action)).toEqual(['submit', 'publish']);
    const actions = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_entries WHERE tenant_id = ${tenantId} AND entity_type = 'dataset' ORDER BY seq`);
    expect(actions.map((a) => a.action)).toEqual(['dataset.create', 'dataset.submit', 'dataset.publish']);
  });

  it('Perpres 39/2019 Ps 21(1) huruf a: the steward returns with notes; the producer revises and hands it in again', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id);
    await submitDataset(db, cast.producer.ctx, d.id, null);
    const returned = await returnDataset(db, cast.steward.ctx, d.id, 'Satuan belum diisi');
    expect(returned).toMatchObject({ publicationStatus: 'returned', revisionNotes: 'Satuan belum diisi' });
    // the producer sees the notes
    expect((await getDataset(db, cast.producer.ctx, d.id)).revisionNotes).toBe('Satuan belum diisi');
    await updateDataset(db, cast.producer.ctx, d.id, { unitOfMeasure: 'unit' });
    expect((await submitDataset(db, cast.producer.ctx, d.id, null)).publicationStatus).toBe('in_review');
    const published = await publishDataset(db, cast.steward.ctx, d.id, null);
    expect(published.revisionNotes).toBeNull();
    // an edit of published data goes back to the steward
    expect((await updateDataset(db, cast.producer.ctx, d.id, { description: 'Diperbarui' })).publicationStatus).toBe('in_review');
  });

  it('only the steward agency may publish or return; only the producer edits', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id);
    await submitDataset(db, cast.producer.ctx, d.id, null);
    await expect(publishDataset(db, cast.producer.ctx, d.id, null)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(publishDataset(db, admin, d.id, null)).rejects.toMatchObject({ status: 403 });
    // another agency does not even see a record in review
    await expect(returnDataset(db, cast.other.ctx, d.id, 'tidak')).rejects.toMatchObject({ status: 404 });
    await expect(updateDataset(db, cast.steward.ctx, d.id, { title: 'Diubah Walidata' })).rejects.toMatchObject({ status: 403 });
    await expect(updateDataset(db, admin, d.id, { title: 'Diubah Admin' })).rejects.toMatchObject({ status: 403 });
  });

  it("the steward does not see a producer's draft before it is handed in", async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id);
    await expect(getDataset(db, cast.steward.ctx, d.id)).rejects.toMatchObject({ status: 404 });
    await submitDataset(db, cast.producer.ctx, d.id, null);
    expect((await getDataset(db, cast.steward.ctx, d.id)).title).toBe(d.title);
    const queue = await listDatasets(db, cast.steward.ctx, DatasetListQuery.parse({ queue: 'review' }));
    expect(queue.items.map((i) => i.id)).toEqual([d.id]);
  });

  it('a retired dataset takes no more steps', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const head = await createTestUser(db, admin, [{ role: 'agency_head', agencyId: cast.producerAgency.id }]);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id);
    await retireDataset(db, head.ctx, d.id, 'Tidak lagi diproduksi');
    await expect(submitDataset(db, cast.producer.ctx, d.id, null)).rejects.toMatchObject({ code: 'DATASET_TRANSITION_INVALID', status: 409 });
  });

  it('Jambi 10/2017 Ps 11(5): a staffing database keyed on anything but NIP is not handed in', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, jambi);
    const cast = await createCatalogueCast(db, admin);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { category: 'staffing', keyIdentifier: 'nik' });
    await expect(submitDataset(db, cast.producer.ctx, d.id, null)).rejects.toMatchObject({ code: 'DATASET_KEY_NIP_REQUIRED', fields: { keyIdentifier: 'DATASET_KEY_NIP_REQUIRED' } });
    await updateDataset(db, cast.producer.ctx, d.id, { keyIdentifier: 'nip' });
    expect((await submitDataset(db, cast.producer.ctx, d.id, null)).publicationStatus).toBe('in_review');
  });
});

describe('Dumai 18/2019 Ps 11(4): data of a kind another producer owns', () => {
  it('finds other producers’ datasets by group, by words of the application, and by source application; not the own agency’s, not retired ones', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const app = await createTestApplication(db, admin, cast.producerAgency.id);
    const byWords = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Data Kependudukan Kecamatan', category: 'other', tags: [] });
    const byCategory = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Rekap Imunisasi', category: 'health' });
    const bySource = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Antrian Pasien', category: 'service', sourceApplicationId: app.id });
    await createTestDataset(db, cast.other.ctx, cast.otherAgency.id, { title: 'Data Kependudukan Sekolah', category: 'health' });
    const matches = await findOverlappingDatasets(db, tenantId, {
      ownerAgencyId: cast.otherAgency.id,
      name: 'Sistem Informasi Kependudukan',
      category: 'health',
      sourceApplicationId: app.id,
      keywords: [],
    });
    const byId = new Map(matches.map((m) => [m.id, m.matchedBy]));
    expect(byId.get(byWords.id)).toEqual(['keywords']);
    expect(byId.get(byCategory.id)).toEqual(['category']);
    expect(byId.get(bySource.id)).toEqual(['source_application']);
    expect(matches).toHaveLength(3);
    expect(await findOverlappingDatasets(db, tenantId, { ownerAgencyId: cast.otherAgency.id, name: 'Aplikasi Perpustakaan', keywords: [] })).toEqual([]);
  });
});

describe('compliance read model section', () => {
  it('Jambi 10/2017 Ps 11(6): the catalogue feeds the key-identifier check; a returned record reads as a draft', async () => {
    const { db } = database;
    const { tenantId, admin } = await createTestTenant(db);
    const cast = await createCatalogueCast(db, admin);
    const d = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { category: 'population', keyIdentifier: 'other' });
    await submitDataset(db, cast.producer.ctx, d.id, null);
    await returnDataset(db, cast.steward.ctx, d.id, 'Kunci harus NIK');
    const rows = await findDatasetsForReadModel(db, tenantId);
    expect(rows).toEqual([expect.objectContaining({ id: d.id, publicationStatus: 'draft', category: 'population', stewardAgencyId: cast.stewardAgency.id })]);
    const result = checkDatasetKeyIdentifier({ category: 'population', identifier: 'nik' })(buildReadModel({ datasets: rows }));
    expect(result.status).toBe('not_met');
  });
});
