import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { buildApplicationInput, createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { publishDataset, submitDataset } from '../../src/server/modules/datasets/review-service';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

const csv = 'kecamatan,jumlah\nDumai Barat,3\nDumai Timur,4\n';

function csvForm(name = 'puskesmas.csv', content = csv) {
  const form = new FormData();
  form.append('file', new File([content], name, { type: 'text/csv' }));
  return form;
}

/** A tenant with a published public dataset (with a file), a published limited one, a public draft and a second public one. */
async function setUpCatalogue() {
  const { db } = database;
  const tenant = await createTestTenant(db);
  const cast = await createCatalogueCast(db, tenant.admin);
  const login = (email: string) => signIn(app, email, undefined, tenant.slug);
  const sessions = {
    admin: await login(tenant.input.admin.email),
    producer: await login(cast.producer.user.email),
    steward: await login(cast.steward.user.email),
  };
  const publish = async (id: string, producer = cast.producer.ctx) => {
    await submitDataset(db, producer, id, null);
    await publishDataset(db, cast.steward.ctx, id, null);
  };
  const open = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Jumlah Puskesmas Kota', tags: ['kesehatan'], areaCoverage: 'Kota Dumai', timeCoverageStart: '2024-01-01', timeCoverageEnd: '2024-12-31' });
  const limited = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Data Pasien Rawat Inap', classification: 'limited' });
  const draft = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Draf Rencana Vaksinasi' });
  const second = await createTestDataset(db, cast.other.ctx, cast.otherAgency.id, { title: 'Daftar Sekolah Dasar', category: 'education' });
  for (const d of [open, limited]) {
    const res = await call(app, sessions.producer, 'POST', `/api/v1/datasets/${d.id}/resources/file`, csvForm());
    expect(res.status).toBe(200);
  }
  for (const d of [open, limited]) await publish(d.id);
  await publish(second.id, cast.other.ctx);
  const resources = async (id: string) => ((await (await call(app, sessions.producer, 'GET', `/api/v1/datasets/${id}`)).json()) as { resources: { id: string }[] }).resources;
  return { tenant, cast, sessions, open, limited, draft, second, openFile: (await resources(open.id))[0], limitedFile: (await resources(limited.id))[0] };
}

describe('Dumai 18/2019 Ps 11(7): the steward has no access to a producer’s restricted content', () => {
  it('a steward sees the metadata of a limited dataset but its file is 404; the producer and the admin get it', async () => {
    const s = await setUpCatalogue();
    const meta = await call(app, s.sessions.steward, 'GET', `/api/v1/datasets/${s.limited.id}`);
    expect(meta.status).toBe(200);
    const body = (await meta.json()) as { title: string; resources: unknown; abilities: { readContent: boolean } };
    expect(body.title).toBe('Data Pasien Rawat Inap');
    expect(body.resources).toBeNull();
    expect(body.abilities.readContent).toBe(false);
    const path = `/api/v1/datasets/${s.limited.id}/resources/${s.limitedFile.id}/file`;
    expect((await call(app, s.sessions.steward, 'GET', path)).status).toBe(404);
    const own = await call(app, s.sessions.producer, 'GET', path);
    expect(own.status).toBe(200);
    expect(await own.text()).toBe(csv);
    expect(own.headers.get('x-content-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect((await call(app, s.sessions.admin, 'GET', path)).status).toBe(200);
    // public content is open to the steward like to everyone
    expect((await call(app, s.sessions.steward, 'GET', `/api/v1/datasets/${s.open.id}/resources/${s.openFile.id}/file`)).status).toBe(200);
  });

  it('Palu 14/2022 Ps 12(5): a NIK sample with an impossible birth date is refused field by field', async () => {
    const s = await setUpCatalogue();
    const res = await call(app, s.sessions.producer, 'POST', '/api/v1/datasets', {
      title: 'Data Penduduk Miskin',
      producerAgencyId: s.cast.producerAgency.id,
      classification: 'confidential',
      keyIdentifier: 'nik',
      identifierSamples: ['1472013102900001'],
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { fields: Record<string, string> }).fields).toEqual({ 'identifierSamples.0': 'NIK_BIRTH_DATE' });
  });
});

describe('public portal (no sign-in): only published and public', () => {
  it('lists and shows published public datasets only, and serves their files', async () => {
    const s = await setUpCatalogue();
    const list = await app.request(`/api/public/${s.tenant.slug}/datasets`);
    expect(list.status).toBe(200);
    const page = (await list.json()) as { total: number; items: { name: string; steward: { title: string } }[] };
    expect(page.items.map((i) => i.name)).toEqual([s.second.slug, s.open.slug]);
    expect(page.items[1].steward.title).toBe('Dinas Komunikasi dan Informatika');
    const searched = (await (await app.request(`/api/public/${s.tenant.slug}/datasets?q=puskesmas`)).json()) as { total: number };
    expect(searched.total).toBe(1);
    for (const hidden of [s.limited, s.draft]) expect((await app.request(`/api/public/${s.tenant.slug}/datasets/${hidden.slug}`)).status).toBe(404);
    const shown = (await (await app.request(`/api/public/${s.tenant.slug}/datasets/${s.open.slug}`)).json()) as { resources: { url: string }[] };
    const download = await app.request(new URL(shown.resources[0].url).pathname);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(csv);
    const limitedDownload = `/api/public/${s.tenant.slug}/datasets/${s.limited.slug}/resources/${s.limitedFile.id}/download`;
    expect((await app.request(limitedDownload)).status).toBe(404);
  });
});

interface CkanPackage {
  id: string;
  name: string;
  title: string;
  notes: string;
  organization: { name: string; title: string };
  resources: { id: string; url: string; format: string; name: string }[];
  tags: { name: string }[];
  metadata_created: string;
  metadata_modified: string;
  extras: { key: string; value: string }[];
}

describe('CKAN Action API v3', () => {
  it('package_search: the CKAN envelope and package fields, search by q, paging by rows/start, fq=organization', async () => {
    const s = await setUpCatalogue();
    const base = `/t/${s.tenant.slug}/api/3/action`;
    const res = await app.request(`${base}/package_search?q=puskesmas`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { help: string; success: boolean; result: { count: number; results: CkanPackage[] } };
    expect(body.success).toBe(true);
    expect(body.help).toContain('package_search');
    expect(body.result.count).toBe(1);
    const pkg = body.result.results[0];
    expect(pkg).toMatchObject({ id: s.open.id, name: s.open.slug, title: 'Jumlah Puskesmas Kota', notes: s.open.description, organization: { title: 'Dinas Komunikasi dan Informatika' }, tags: [{ name: 'kesehatan' }] });
    expect(pkg.resources[0]).toMatchObject({ id: s.openFile.id, format: 'CSV', name: 'puskesmas.csv' });
    expect(pkg.resources[0].url).toMatch(/\/download$/);
    expect(pkg.metadata_created).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(pkg.metadata_modified).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(pkg.extras).toEqual(expect.arrayContaining([{ key: 'produsen_data', value: 'Dinas Kesehatan' }, { key: 'kategori', value: 'health' }, { key: 'cakupan_wilayah', value: 'Kota Dumai' }]));

    const paged = (await (await app.request(`${base}/package_search?rows=1&start=1`)).json()) as { result: { count: number; results: CkanPackage[] } };
    expect(paged.result.count).toBe(2);
    expect(paged.result.results.map((r) => r.name)).toEqual([s.open.slug]);
    const org = pkg.organization.name;
    const byOrg = (await (await app.request(`${base}/package_search?fq=organization:${org}`)).json()) as { result: { count: number } };
    expect(byOrg.result.count).toBe(2);
    const noOrg = (await (await app.request(`${base}/package_search?fq=organization:"tidak-ada"`)).json()) as { result: { count: number } };
    expect(noOrg.result.count).toBe(0);
  });

  it('package_show by name or id, the 404 shape for what is not public, package_list, organization_list, errors', async () => {
    const s = await setUpCatalogue();
    const base = `/t/${s.tenant.slug}/api/3/action`;
    for (const id of [s.open.slug, s.open.id]) {
      const shown = (await (await app.request(`${base}/package_show?id=${id}`)).json()) as { success: boolean; result: CkanPackage };
      expect(shown.result.name).toBe(s.open.slug);
    }
    const missing = await app.request(`${base}/package_show?id=${s.limited.slug}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ success: false, error: { __type: 'Not Found Error', message: expect.any(String) } });
    const list = (await (await app.request(`${base}/package_list`)).json()) as { result: string[] };
    expect(list.result).toEqual([s.second.slug, s.open.slug].sort());
    const orgs = (await (await app.request(`${base}/organization_list?all_fields=true`)).json()) as { result: { name: string; title: string; package_count: number }[] };
    expect(orgs.result).toEqual([expect.objectContaining({ title: 'Dinas Komunikasi dan Informatika', package_count: 2, type: 'organization' })]);
    const names = (await (await app.request(`${base}/organization_list`)).json()) as { result: string[] };
    expect(names.result).toEqual([orgs.result[0].name]);
    const bad = await app.request(`${base}/package_search?rows=lots`);
    expect(bad.status).toBe(409);
    expect(await bad.json()).toMatchObject({ success: false, error: { __type: 'Validation Error' } });
    const unknown = await app.request(`${base}/package_purge`);
    expect(unknown.status).toBe(400);
    // the plain path names its tenant with ?tenant= when the server holds several
    await createTestTenant(database.db);
    expect((await app.request(`/api/3/action/package_list`)).status).toBe(404);
    const plain = (await (await app.request(`/api/3/action/package_list?tenant=${s.tenant.slug}`)).json()) as { result: string[] };
    expect(plain.result).toEqual(list.result);
  });
});

describe('DCAT catalogue', () => {
  it('the JSON-LD catalogue lists the public dataset with dct/dcat terms and its distribution, and nothing restricted', async () => {
    const s = await setUpCatalogue();
    const res = await app.request(`/t/${s.tenant.slug}/catalog.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const catalog = (await res.json()) as { '@type': string; '@context': Record<string, string>; 'dcat:dataset': Record<string, unknown>[] };
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    const titles = catalog['dcat:dataset'].map((d) => d['dct:title']);
    expect(titles).toEqual(['Daftar Sekolah Dasar', 'Jumlah Puskesmas Kota']);
    const open = catalog['dcat:dataset'][1] as Record<string, unknown> & { 'dcat:distribution': Record<string, unknown>[] };
    expect(open).toMatchObject({ '@type': 'dcat:Dataset', 'dct:identifier': s.open.id, 'dcat:keyword': ['kesehatan'] });
    expect(open['dct:accrualPeriodicity']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' });
    expect(open['dcat:distribution'][0]).toMatchObject({ '@type': 'dcat:Distribution', 'dct:format': 'CSV' });
  });
});

describe('Dumai 18/2019 Ps 11(4): warning when an application would produce data another producer owns', () => {
  it('the create response carries a warning naming the datasets; an unrelated application has none', async () => {
    const s = await setUpCatalogue();
    const res = await call(app, s.sessions.admin, 'POST', '/api/v1/applications', buildApplicationInput(s.cast.otherAgency.id, { name: 'Sistem Informasi Puskesmas', businessFunction: 'Pendataan puskesmas' }));
    expect(res.status).toBe(201);
    const created = (await res.json()) as { warnings?: { code: string; citation: string; datasets: { id: string }[] }[] };
    expect(created.warnings?.[0]).toMatchObject({ code: 'DATASET_OVERLAP', citation: 'Dumai 18/2019 Ps 11(4)' });
    expect(created.warnings?.[0].datasets.map((d) => d.id)).toContain(s.open.id);
    const other = await call(app, s.sessions.admin, 'POST', '/api/v1/applications', buildApplicationInput(s.cast.otherAgency.id, { name: 'Aplikasi Perpustakaan Keliling', businessFunction: 'Peminjaman buku' }));
    expect(((await other.json()) as { warnings?: unknown }).warnings).toBeUndefined();
    const overlaps = await call(app, s.sessions.producer, 'POST', '/api/v1/datasets/overlaps', { ownerAgencyId: s.cast.otherAgency.id, name: 'Aplikasi Puskesmas' });
    expect(((await overlaps.json()) as { id: string }[]).map((o) => o.id)).toContain(s.open.id);
  });
});

describe('Excel import and export of the dataset list', () => {
  async function workbook(rows: Record<string, string | undefined>[]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    const keys = ['title', 'producerAgencyCode', 'classification', 'category', 'keyIdentifier', 'tags'];
    ws.addRow(keys);
    for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? null));
    const form = new FormData();
    form.append('file', new File([Buffer.from(await wb.xlsx.writeBuffer())], 'data.xlsx'));
    return form;
  }

  it('reports every row, commits only the valid ones, and exports the list', async () => {
    const s = await setUpCatalogue();
    const code = (s.cast.producerAgency as { code: string }).code;
    const rows: Record<string, string>[] = [
      { title: 'Data Posyandu', producerAgencyCode: code, classification: 'public', category: 'health', tags: 'posyandu, balita' },
      { title: 'Data Salah Klasifikasi', producerAgencyCode: code, classification: 'umum' },
      { title: 'Data Tanpa Produsen', producerAgencyCode: 'TIDAKADA', classification: 'public' },
    ];
    const dry = (await (await call(app, s.sessions.producer, 'POST', '/api/v1/datasets/import?commit=false', await workbook(rows))).json()) as { valid: number; invalid: number; rows: { status: string; errors: { column: string }[] }[] };
    expect(dry).toMatchObject({ valid: 1, invalid: 2 });
    expect(dry.rows[1].errors[0].column).toBe('classification');
    expect(dry.rows[2].errors[0].column).toBe('producerAgencyCode');
    const committed = (await (await call(app, s.sessions.producer, 'POST', '/api/v1/datasets/import?commit=true', await workbook(rows))).json()) as { imported: number };
    expect(committed.imported).toBe(1);
    const list = (await (await call(app, s.sessions.producer, 'GET', '/api/v1/datasets?q=Posyandu')).json()) as { items: { title: string; publicationStatus: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ title: 'Data Posyandu', publicationStatus: 'draft' })]);

    const exported = await call(app, s.sessions.producer, 'GET', '/api/v1/datasets/export');
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const ws = wb.worksheets[0];
    // the first column is the hidden id a re-import matches rows by; the title follows
    expect(ws.getRow(1).getCell(1).value).toBe('ID Simpul');
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getRow(1).getCell(2).value).toBe('Judul Data');
    const titles = ws.getColumn(2).values.slice(2);
    expect(titles).toEqual(expect.arrayContaining(['Data Posyandu', 'Jumlah Puskesmas Kota', 'Data Pasien Rawat Inap']));
  });
});
