import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { buildWorkbook, countAudit, countRows, expectProblem, fileForm } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { buildIctAssetInput, createTestIctAsset } from '../../src/server/testing/ict-asset-factories';
import { latestTodayInIndonesia } from '../../src/shared/dates';
import type { ImportReport } from '../../src/shared/imports';
import type { ReplacementForecastView } from '../../src/shared/ict-assets';

let database: Database;
let app: TestApp;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
let admin: Session;
let own: { id: string; code: string };
let other: { id: string; code: string };
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  const { db } = database;
  tenant = await createTestTenant(db);
  admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
  own = await createTestAgency(db, tenant.admin, { code: 'AST-OWN' });
  other = await createTestAgency(db, tenant.admin, { code: 'AST-OTHER' });
  const grants = {
    operator: [{ role: 'agency_operator' as const, agencyId: own.id }],
    head: [{ role: 'agency_head' as const, agencyId: own.id }],
    agencyViewer: [{ role: 'viewer' as const, agencyId: own.id }],
    viewer: [{ role: 'viewer' as const, agencyId: null }],
    inspector: [{ role: 'inspector' as const, agencyId: null }],
  };
  for (const [key, roles] of Object.entries(grants)) {
    const u = await createTestUser(db, tenant.admin, roles);
    sessions[key] = await signIn(app, u.user.email, testPassword, tenant.slug);
  }
});
afterAll(async () => database.close());

type AssetView = { id: string; agencyId: string; brand: string; model: string; serialNumber: string | null; location: string | null; condition: string; status: string; ageMonths: number; usefulLifeYears: number; usefulLifeEndsOn: string; acquisitionValue: number; abilities: { update: boolean; dispose: boolean } };
type Page = { items: { id: string; agencyId: string; category: string; condition: string; status: string }[]; total: number };

const post = (s: Session, body: unknown, headers: Record<string, string> = {}) => call(app, s, 'POST', '/api/v1/ict-assets', body, headers);

describe('ICT asset registry: permissions per role', () => {
  it('the ICT office admin registers for any agency; an agency operator only for its own (403 elsewhere)', async () => {
    expect((await post(admin, buildIctAssetInput(other.id))).status).toBe(201);
    const mine = await post(sessions.operator, buildIctAssetInput(own.id));
    expect(mine.status).toBe(201);
    expect(((await mine.json()) as AssetView).abilities).toEqual({ update: true, dispose: false });
    await expectProblem(await post(sessions.operator, buildIctAssetInput(other.id)), 403, 'FORBIDDEN');
  });

  it('viewers and inspectors read every agency but write nothing; an agency viewer reads only its own', async () => {
    const theirs = await createTestIctAsset(database.db, tenant.admin, other.id);
    for (const key of ['viewer', 'inspector']) {
      const res = await call(app, sessions[key], 'GET', `/api/v1/ict-assets/${theirs.id}`);
      expect(res.status, key).toBe(200);
      expect(((await res.json()) as AssetView).abilities, key).toEqual({ update: false, dispose: false });
      await expectProblem(await post(sessions[key], buildIctAssetInput(other.id)), 403, 'FORBIDDEN');
      await expectProblem(await call(app, sessions[key], 'PATCH', `/api/v1/ict-assets/${theirs.id}`, { location: 'Ruang server' }), 403, 'FORBIDDEN');
    }
    // what you may not see does not exist for you
    await expectProblem(await call(app, sessions.agencyViewer, 'GET', `/api/v1/ict-assets/${theirs.id}`), 404, 'NOT_FOUND');
    await expectProblem(await call(app, sessions.operator, 'PATCH', `/api/v1/ict-assets/${theirs.id}`, { location: 'x' }), 404, 'NOT_FOUND');
    const list = (await (await call(app, sessions.agencyViewer, 'GET', '/api/v1/ict-assets?status=all&pageSize=200')).json()) as Page;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.agencyId === own.id)).toBe(true);
  });

  it('Palu 14/2022 Ps 41(2) penghapusan: the agency head or the ICT office disposes, not the operator; a disposed asset is no longer changed', async () => {
    const a = await createTestIctAsset(database.db, tenant.admin, own.id);
    const body = { disposedOn: '2026-01-10', reason: 'Rusak berat, tidak ekonomis diperbaiki' };
    await expectProblem(await call(app, sessions.operator, 'POST', `/api/v1/ict-assets/${a.id}/dispose`, body), 403, 'FORBIDDEN');
    const res = await call(app, sessions.head, 'POST', `/api/v1/ict-assets/${a.id}/dispose`, body);
    expect(await res.json()).toMatchObject({ status: 'disposed', disposedOn: '2026-01-10', disposalReason: body.reason, abilities: { update: false, dispose: false } });
    await expectProblem(await call(app, admin, 'POST', `/api/v1/ict-assets/${a.id}/dispose`, body), 409, 'ICT_ASSET_DISPOSED');
    await expectProblem(await call(app, admin, 'PATCH', `/api/v1/ict-assets/${a.id}`, { location: 'Gudang' }), 409, 'ICT_ASSET_DISPOSED');
    const b = await createTestIctAsset(database.db, tenant.admin, own.id, { acquiredOn: '2024-05-01' });
    await expectProblem(await call(app, admin, 'POST', `/api/v1/ict-assets/${b.id}/dispose`, { disposedOn: '2024-04-30', reason: 'salah catat' }), 422, 'ICT_ASSET_DISPOSED_BEFORE_ACQUIRED');
  });

  it('only the ICT office sets the useful life per category', async () => {
    await expectProblem(await call(app, sessions.head, 'PUT', '/api/v1/ict-assets/useful-life', { years: { laptop: 6 } }), 403, 'FORBIDDEN');
    const read = await call(app, sessions.viewer, 'GET', '/api/v1/ict-assets/useful-life');
    expect(read.status).toBe(200);
  });
});

describe('ICT asset registry: input, PATCH, idempotency, history', () => {
  it('bad input: 422 with the field named; acquisition in the future refused (DATE_IN_FUTURE)', async () => {
    const tomorrow = new Date(Date.parse(`${latestTodayInIndonesia()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await expectProblem(await post(admin, { ...buildIctAssetInput(own.id), acquiredOn: tomorrow }), 422, 'VALIDATION_FAILED');
    expect(future.fields).toMatchObject({ acquiredOn: 'DATE_IN_FUTURE' });
    const bad = await expectProblem(await post(admin, { ...buildIctAssetInput(own.id), category: 'toaster', condition: 'baik', acquisitionValue: -1 }), 422, 'VALIDATION_FAILED');
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['acquisitionValue', 'category', 'condition']);
    const unknown = await expectProblem(await post(admin, buildIctAssetInput('0190b2a4-0000-7000-8000-000000000000')), 422, 'VALIDATION_FAILED');
    expect(unknown.fields).toEqual({ agencyId: 'UNKNOWN_AGENCY' });
  });

  it('PATCH changes only what it is sent, and the history shows create then update with before and after', async () => {
    const created = (await (await post(admin, buildIctAssetInput(own.id, { location: 'Lt. 2 Ruang Bidang TIK', responsiblePerson: 'Rahmat Hidayat', performanceNote: 'Baterai melemah' }))).json()) as AssetView;
    const patched = (await (await call(app, admin, 'PATCH', `/api/v1/ict-assets/${created.id}`, { condition: 'minor_damage' })).json()) as AssetView & Record<string, unknown>;
    expect(patched).toMatchObject({ condition: 'minor_damage', location: 'Lt. 2 Ruang Bidang TIK', responsiblePerson: 'Rahmat Hidayat', performanceNote: 'Baterai melemah', serialNumber: created.serialNumber, acquisitionValue: created.acquisitionValue });
    const history = (await (await call(app, admin, 'GET', `/api/v1/ict-assets/${created.id}/history`)).json()) as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
    expect(history.map((h) => h.action)).toEqual(['ictAsset.update', 'ictAsset.create']);
    expect(history[0]).toMatchObject({ before: { condition: 'good' }, after: { condition: 'minor_damage', location: 'Lt. 2 Ruang Bidang TIK' } });
  });

  it('a PATCH is checked like a create: moving an asset to another agency needs the right there; null for a required field and a future date are refused', async () => {
    const mine = (await (await post(sessions.operator, buildIctAssetInput(own.id))).json()) as AssetView;
    await expectProblem(await call(app, sessions.operator, 'PATCH', `/api/v1/ict-assets/${mine.id}`, { agencyId: other.id }), 403, 'FORBIDDEN');
    const nulled = await expectProblem(await call(app, sessions.operator, 'PATCH', `/api/v1/ict-assets/${mine.id}`, { brand: null, acquiredOn: '2999-01-01' }), 422, 'VALIDATION_FAILED');
    expect(nulled.fields).toMatchObject({ acquiredOn: 'DATE_IN_FUTURE' });
    expect(Object.keys(nulled.fields ?? {})).toContain('brand');
    const moved = await call(app, admin, 'PATCH', `/api/v1/ict-assets/${mine.id}`, { agencyId: other.id });
    expect(((await moved.json()) as AssetView).agencyId).toBe(other.id);
    // now it is another agency's: the operator no longer sees it
    await expectProblem(await call(app, sessions.operator, 'GET', `/api/v1/ict-assets/${mine.id}`), 404, 'NOT_FOUND');
  });

  it('age and useful life come from the acquisition date and the tenant setting', async () => {
    const a = (await (await post(admin, buildIctAssetInput(own.id, { category: 'server', acquiredOn: '2022-01-15' }))).json()) as AssetView;
    expect(a.usefulLifeYears).toBe(5);
    expect(a.usefulLifeEndsOn).toBe('2027-01-15');
    expect(a.ageMonths).toBeGreaterThanOrEqual(47);
    const set = await call(app, admin, 'PUT', '/api/v1/ict-assets/useful-life', { years: { server: 7 } });
    expect(((await set.json()) as { items: { category: string; years: number; custom: boolean }[] }).items.find((i) => i.category === 'server')).toEqual({ category: 'server', years: 7, defaultYears: 5, custom: true });
    expect(((await (await call(app, admin, 'GET', `/api/v1/ict-assets/${a.id}`)).json()) as AssetView).usefulLifeEndsOn).toBe('2029-01-15');
    await call(app, admin, 'PUT', '/api/v1/ict-assets/useful-life', { years: { server: null } });
    expect(((await (await call(app, admin, 'GET', `/api/v1/ict-assets/${a.id}`)).json()) as AssetView).usefulLifeYears).toBe(5);
    await expectProblem(await call(app, admin, 'PUT', '/api/v1/ict-assets/useful-life', { years: { server: 0 } }), 422, 'VALIDATION_FAILED');
  });

  it('a create sent twice with one Idempotency-Key makes one asset', async () => {
    const body = buildIctAssetInput(own.id);
    const before = await countRows(database.db, 'ict_assets', tenant.tenantId);
    const first = await post(admin, body, { 'idempotency-key': 'aset-uji-1' });
    const second = await post(admin, body, { 'idempotency-key': 'aset-uji-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(((await second.json()) as AssetView).id).toBe(((await first.json()) as AssetView).id);
    expect(await countRows(database.db, 'ict_assets', tenant.tenantId)).toBe(before + 1);
  });

  it('the list filters by agency, category and condition, and pages', async () => {
    await createTestIctAsset(database.db, tenant.admin, other.id, { category: 'printer', condition: 'major_damage' });
    const printers = (await (await call(app, admin, 'GET', `/api/v1/ict-assets?agencyId=${other.id}&category=printer&condition=major_damage`)).json()) as Page;
    expect(printers.total).toBeGreaterThan(0);
    expect(printers.items.every((i) => i.agencyId === other.id && i.category === 'printer' && i.condition === 'major_damage')).toBe(true);
    const page = (await (await call(app, admin, 'GET', '/api/v1/ict-assets?pageSize=2&page=2')).json()) as Page;
    expect(page.items.length).toBeLessThanOrEqual(2);
    expect(page.total).toBeGreaterThan(2);
  });
});

describe('replacement forecast over HTTP (Dumai 18/2019 Ps 19(5))', () => {
  it('counts an agency’s assets by the year their life ends, and hides other agencies from an agency viewer', async () => {
    const t = await createTestTenant(database.db);
    const s = await signIn(app, t.input.admin.email, testPassword, t.slug);
    const a = await createTestAgency(database.db, t.admin, { code: 'FC-A' });
    const b = await createTestAgency(database.db, t.admin, { code: 'FC-B' });
    const year = Number(new Date().toISOString().slice(0, 4));
    // laptops live 4 years by default: bought 3 years ago, due next year
    await createTestIctAsset(database.db, t.admin, a.id, { acquiredOn: `${year - 3}-01-01`, acquisitionValue: 15_000_000 });
    await createTestIctAsset(database.db, t.admin, a.id, { acquiredOn: `${year - 3}-02-01`, acquisitionValue: 16_000_000 });
    await createTestIctAsset(database.db, t.admin, b.id, { acquiredOn: `${year - 9}-02-01`, acquisitionValue: 9_000_000 });
    const f = (await (await call(app, s, 'GET', '/api/v1/ict-assets/replacement-forecast')).json()) as ReplacementForecastView;
    expect(f.years[0]).toBe(year);
    const rowA = f.rows.find((r) => r.agencyId === a.id);
    expect(rowA?.byYear[1]).toEqual({ count: 2, cost: 31_000_000 });
    expect(f.rows.find((r) => r.agencyId === b.id)?.overdue).toEqual({ count: 1, cost: 9_000_000 });
    const viewer = await createTestUser(database.db, t.admin, [{ role: 'viewer', agencyId: a.id }]);
    const vs = await signIn(app, viewer.user.email, testPassword, t.slug);
    const seen = (await (await call(app, vs, 'GET', '/api/v1/ict-assets/replacement-forecast')).json()) as ReplacementForecastView;
    expect(seen.rows.map((r) => r.agencyId)).toEqual([a.id]);
  });
});

describe('ICT asset Excel (Dumai 18/2019 Ps 20(4): the inventory as the asset office takes it)', () => {
  it('a template filled with labels and Rupiah as typed imports; a preview saves nothing; bad rows are reported', async () => {
    const file = await buildWorkbook(
      ['Kode Perangkat Daerah', 'Kode Barang', 'Nomor Register', 'Jenis Perangkat', 'Merek', 'Tipe/Model', 'Tanggal Perolehan', 'Nilai Perolehan (Rp)', 'Kondisi', 'Diterima dari'],
      [
        [own.code, '1.3.2.10.01.02.001', '0101', 'Server', 'Dell', 'PowerEdge R750', '2024-07-01', 'Rp 185.000.000', 'Baik', 'Pemerintah Provinsi'],
        [own.code, null, null, 'Printer', 'Epson', 'L3210', '2022-02-01', '2.350.000', 'Rusak Ringan', null],
        ['TIDAK-ADA', null, null, 'Mesin Kopi', 'X', 'Y', '2022-02-01', 'dua juta', 'Baik', null],
      ],
    );
    const audits = await countAudit(database.db, tenant.tenantId);
    const preview = (await (await call(app, admin, 'POST', '/api/v1/ict-assets/import?commit=false', fileForm('aset.xlsx', file))).json()) as ImportReport;
    expect(preview).toMatchObject({ committed: false, valid: 2, invalid: 1, imported: 0 });
    expect(preview.rows[2].errors.map((e) => e.column).sort()).toEqual(['acquisitionValue', 'agencyCode', 'category']);
    expect(await countAudit(database.db, tenant.tenantId)).toBe(audits);
    const done = (await (await call(app, admin, 'POST', '/api/v1/ict-assets/import?commit=true', fileForm('aset.xlsx', file))).json()) as ImportReport;
    expect(done).toMatchObject({ created: 2, invalid: 1 });
    const servers = (await (await call(app, admin, 'GET', '/api/v1/ict-assets?q=PowerEdge')).json()) as Page;
    const server = (await (await call(app, admin, 'GET', `/api/v1/ict-assets/${servers.items[0].id}`)).json()) as AssetView & { receivedFrom: string };
    expect(server).toMatchObject({ acquisitionValue: 185_000_000, receivedFrom: 'provincial_government', category: 'server' });
    // the search reads brand, model and the codes as one text: brand and model typed together, or the register number, find it
    for (const q of ['dell%20poweredge', '1.3.2.10.01.02', '0101']) {
      const found = (await (await call(app, admin, 'GET', `/api/v1/ict-assets?q=${q}`)).json()) as Page;
      expect(found.items.map((i) => i.id)).toEqual([server.id]);
    }
  });

  it('an agency operator may not import rows of another agency (FORBIDDEN on the row)', async () => {
    const file = await buildWorkbook(['agencyCode', 'category', 'brand', 'model', 'acquiredOn', 'acquisitionValue', 'condition'], [[other.code, 'laptop', 'Asus', 'ExpertBook', '2023-01-01', '9000000', 'good']]);
    const report = (await (await call(app, sessions.operator, 'POST', '/api/v1/ict-assets/import?commit=true', fileForm('aset.xlsx', file))).json()) as ImportReport;
    expect(report).toMatchObject({ created: 0, invalid: 1 });
    expect(report.rows[0].errors[0]).toMatchObject({ column: 'agencyCode', code: 'FORBIDDEN' });
  });

  it('the export has a Rupiah number and real dates', async () => {
    const res = await call(app, admin, 'GET', '/api/v1/ict-assets/export');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(ws.getRow(2).getCell(headers.indexOf('Tanggal Perolehan')).value).toBeInstanceOf(Date);
    expect(typeof ws.getRow(2).getCell(headers.indexOf('Nilai Perolehan (Rp)')).value).toBe('number');
  });
});
