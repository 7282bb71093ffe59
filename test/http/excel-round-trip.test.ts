import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { fileForm } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestApplication, createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import type { ImportReport } from '../../src/shared/imports';
import { createTestIctAsset } from '../../src/server/testing/ict-asset-factories';

/**
 * Issue 8 §4: export → import unchanged changes nothing, for every registry with both; one
 * edited cell is exactly one update; the workbook shows what users see; the template offers
 * the allowed values as drop-down lists.
 */

let database: Database;
let app: TestApp;
let session: Session;
/** datasets are edited by their producer (the admin may not), so their round trip is the producer's */
let producer: Session;
const sessionFor = (path: string) => (path.endsWith('datasets') ? producer : session);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  const { db } = database;
  const tenant = await createTestTenant(db);
  const cast = await createCatalogueCast(db, tenant.admin);
  const parent = await createTestAgency(db, tenant.admin, { code: 'RT-INDUK', kind: 'badan', specialRoles: ['planning_office'], ictSelfReliant: true, ictSelfRelianceDecree: 'Perwal 9/2024', email: 'induk@example.go.id' });
  await createTestAgency(db, tenant.admin, { code: 'RT-ANAK', kind: 'uptd', parentId: parent.id });
  await createTestApplication(db, tenant.admin, parent.id, {
    hosting: 'regional_data_center_colocation',
    platforms: ['web', 'mobile'],
    hasCertificate: true,
    certificateExpiresAt: '2027-05-31',
    lastServiceEvaluationAt: '2025-11-30',
    url: 'https://layanan.dumaikota.go.id',
    operatorAgencyId: cast.producerAgency.id,
    apisProvided: ['api layanan'],
  });
  await createTestApplication(db, tenant.admin, cast.producerAgency.id, { kind: 'specific', fundingSource: 'apbn', sso: true });
  await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, {
    title: 'Jumlah Penduduk per Kelurahan',
    classification: 'limited',
    category: 'population',
    updateFrequency: 'annual',
    storageLocation: 'data_warehouse',
    timeCoverageStart: '2024-01-01',
    timeCoverageEnd: '2024-12-31',
    lastUpdatedAt: '2025-01-15',
    tags: ['penduduk', 'kelurahan'],
    isMasterData: true,
  });
  await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Daftar Puskesmas', classification: 'public' });
  await createTestIctAsset(db, tenant.admin, parent.id, { category: 'server', brand: 'Dell', model: 'PowerEdge R750', location: 'Ruang server Lt. 3', responsiblePerson: 'Andi Saputra', receivedFrom: 'provincial_government', acquisitionValue: 185_000_000 });
  await createTestIctAsset(db, tenant.admin, cast.producerAgency.id, { category: 'network_device', brand: 'MikroTik', model: 'CCR2004', serialNumber: null, itemCode: null, registerNumber: null, condition: 'minor_damage', fundingSource: null });
  session = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
  producer = await signIn(app, cast.producer.user.email, undefined, tenant.slug);
});
afterAll(async () => database.close());

interface Registry {
  path: string;
  /** a column header as the Indonesian sheet shows it, and a new value for it */
  edit: { header: string; value: string };
  /** a label cell users see instead of a code */
  label: { header: string; value: string };
  dateHeader?: string;
  /** how the API shows the edited record, to find it after the import */
  findEdited: (items: Record<string, unknown>[]) => unknown;
}

const registries: Registry[] = [
  {
    path: '/api/v1/agencies',
    edit: { header: 'Nama Perangkat Daerah', value: 'Badan Induk Berganti Nama' },
    label: { header: 'Jenis', value: 'Badan' },
    findEdited: (items) => items.find((a) => a.name === 'Badan Induk Berganti Nama'),
  },
  {
    path: '/api/v1/applications',
    edit: { header: 'Deskripsi', value: 'Deskripsi diubah di Excel' },
    label: { header: 'Penempatan (Hosting)', value: 'Pusat Data Daerah — kolokasi' },
    dateHeader: 'Masa Berlaku Sertifikat',
    findEdited: (items) => items.find((a) => a.description === 'Deskripsi diubah di Excel'),
  },
  {
    path: '/api/v1/datasets',
    edit: { header: 'Deskripsi', value: 'Deskripsi diubah di Excel' },
    label: { header: 'Klasifikasi', value: 'Terbatas' },
    dateHeader: 'Cakupan Waktu (awal)',
    findEdited: (items) => items.find((d) => d.description === 'Deskripsi diubah di Excel'),
  },
  {
    path: '/api/v1/ict-assets',
    edit: { header: 'Tipe/Model', value: 'PowerEdge R760' },
    label: { header: 'Kondisi', value: 'Rusak Ringan' },
    dateHeader: 'Tanggal Perolehan',
    findEdited: (items) => items.find((a) => a.model === 'PowerEdge R760'),
  },
];

async function exported(path: string) {
  const res = await call(app, sessionFor(path), 'GET', `${path}/export${path.endsWith('datasets') ? '?status=all' : ''}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function importFile(path: string, content: Buffer) {
  const res = await call(app, sessionFor(path), 'POST', `${path}/import?commit=true`, fileForm('daftar.xlsx', content));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ImportReport;
}

async function openSheet(content: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  return { wb, ws, col: (header: string) => headers.indexOf(header) };
}

describe('Excel round trip of every registry with an export and an import', () => {
  for (const r of registries) {
    it(`${r.path}: importing the export unchanged creates and updates nothing`, async () => {
      const file = await exported(r.path);
      const report = await importFile(r.path, file);
      expect(report.invalid, JSON.stringify(report.rows.filter((x) => x.status === 'invalid'))).toBe(0);
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.total });
      expect(report.total).toBeGreaterThan(1);
      expect(report.rows.every((row) => row.status === 'unchanged')).toBe(true);
    });

    it(`${r.path}: one edited cell is exactly one update, and the record has the new value`, async () => {
      const { wb, ws, col } = await openSheet(await exported(r.path));
      const c = col(r.edit.header);
      expect(c, r.edit.header).toBeGreaterThan(0);
      ws.getRow(2).getCell(c).value = r.edit.value;
      const report = await importFile(r.path, Buffer.from(await wb.xlsx.writeBuffer()));
      expect(report.invalid, JSON.stringify(report.rows.filter((x) => x.status === 'invalid'))).toBe(0);
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: report.total - 1 });
      const list = (await (await call(app, sessionFor(r.path), 'GET', `${r.path}?pageSize=200${r.path.endsWith('datasets') ? '&status=all' : ''}`)).json()) as { items: Record<string, unknown>[] } | Record<string, unknown>[];
      const items = Array.isArray(list) ? list : list.items;
      // the list may not show the edited field; then its detail does
      const found = r.findEdited(items) ?? (await findInDetails(r.path, items, r.findEdited));
      expect(found).toBeDefined();
      // and importing that edited file again is no change at all
      const again = await importFile(r.path, Buffer.from(await wb.xlsx.writeBuffer()));
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: again.total });
    });

    it(`${r.path}: the workbook shows labels, real dates and a hidden id column; the template has drop-down lists`, async () => {
      const { ws, col } = await openSheet(await exported(r.path));
      expect(ws.getColumn(1).hidden).toBe(true);
      expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^[0-9a-f-]{36}$/);
      const labels = ws.getColumn(col(r.label.header)).values.slice(2).map(String);
      if (r.label.value) expect(labels).toContain(r.label.value);
      for (const v of labels) expect(v, 'no internal code with an underscore').not.toMatch(/^[a-z]+_[a-z_]+$/);
      if (r.dateHeader) {
        const dates = ws.getColumn(col(r.dateHeader)).values.slice(2).filter((v) => v !== null && v !== undefined);
        expect(dates.length).toBeGreaterThan(0);
        for (const d of dates) expect(d).toBeInstanceOf(Date);
      }
      const template = await call(app, sessionFor(r.path), 'GET', `${r.path}/template`);
      expect(template.status).toBe(200);
      const t = await openSheet(Buffer.from(await template.arrayBuffer()));
      const model = (t.ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
      const lists = Object.values(model).filter((v) => v.type === 'list');
      expect(lists.length).toBeGreaterThan(1);
      expect(t.ws.rowCount).toBe(1);
    });
  }

  it('an import accepts codes as well as labels: a template row typed with codes creates the agency', async () => {
    const t = await openSheet(Buffer.from(await (await call(app, session, 'GET', '/api/v1/agencies/template')).arrayBuffer()));
    const row = t.ws.getRow(2);
    row.getCell(t.col('Kode')).value = 'RT-KODE';
    row.getCell(t.col('Nama Perangkat Daerah')).value = 'Kecamatan Dengan Kode';
    row.getCell(t.col('Jenis')).value = 'kecamatan';
    row.getCell(t.col('Peran Khusus')).value = 'data_steward';
    const report = await importFile('/api/v1/agencies', Buffer.from(await t.wb.xlsx.writeBuffer()));
    expect(report).toMatchObject({ created: 1, invalid: 0 });
    const list = (await (await call(app, session, 'GET', '/api/v1/agencies?q=RT-KODE')).json()) as { items: { code: string; kind: string; specialRoles: string[] }[] };
    expect(list.items.find((a) => a.code === 'RT-KODE')).toMatchObject({ kind: 'kecamatan', specialRoles: ['data_steward'] });
  });
});

async function findInDetails(path: string, items: Record<string, unknown>[], pick: (items: Record<string, unknown>[]) => unknown) {
  const details = await Promise.all(items.map(async (i) => (await (await call(app, sessionFor(path), 'GET', `${path}/${String(i.id)}`)).json()) as Record<string, unknown>));
  return pick(details);
}
