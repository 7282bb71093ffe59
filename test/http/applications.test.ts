import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { buildWorkbook, countRows, expectProblem, fileForm, pdfBytes, readWorkbook } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { buildApplicationInput, createTestAgency, createTestApplication, createTestTenant, testPassword } from '../../src/server/testing/factories';

let database: Database;
let app: TestApp;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
let session: Session;
let agency: { id: string; code: string };
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  // Dumai 18/2019 in force (the factory's profile)
  tenant = await createTestTenant(database.db);
  session = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
  agency = await createTestAgency(database.db, tenant.admin);
});
afterAll(async () => {
  await database.close();
});

type AppView = { id: string; name: string; status: string; handover: { code: string; required: boolean; delivered: boolean; deliveredAt: string | null; note: string | null; file: { sha256: string; fileName: string } | null }[] };
type Page = { items: { id: string; name: string }[]; total: number; page: number; pageSize: number };

describe('application registry over HTTP', () => {
  it('Dumai 18/2019 Ps 14(2): 409 APPLICATION_DUPLICATE_FUNCTION naming the existing application, then accepted with a justification', async () => {
    const first = (await (await call(app, session, 'POST', '/api/v1/applications', buildApplicationInput(agency.id, { name: 'e-Retribusi Pasar', businessFunction: 'Retribusi Pasar' }))).json()) as AppView;
    const again = buildApplicationInput(agency.id, { name: 'Aplikasi Retribusi Kedua', businessFunction: 'retribusi pasar' });
    const problem = await expectProblem(await call(app, session, 'POST', '/api/v1/applications', again), 409, 'APPLICATION_DUPLICATE_FUNCTION');
    expect(problem.title).toContain(first.name);
    expect(problem.title).toContain('Pasal 14 ayat (2)');
    expect(problem.fields).toEqual({ duplicateJustification: 'APPLICATION_DUPLICATE_FUNCTION' });
    const en = await expectProblem(await call(app, session, 'POST', '/api/v1/applications', again, { 'accept-language': 'en' }), 409, 'APPLICATION_DUPLICATE_FUNCTION');
    expect(en.title).toContain(first.name);
    const ok = await call(app, session, 'POST', '/api/v1/applications', { ...again, duplicateJustification: 'Dipakai sampai migrasi selesai tahun depan' });
    expect(ok.status).toBe(201);
  });

  it('stage and subdomain are checked: 422 with the field marked', async () => {
    const stage = await expectProblem(await call(app, session, 'POST', '/api/v1/applications', buildApplicationInput(agency.id, { stage: 'needs_study' })), 422, 'APPLICATION_STAGE_INVALID');
    expect(stage.fields).toEqual({ stage: 'APPLICATION_STAGE_INVALID' });
    const sub = await expectProblem(await call(app, session, 'POST', '/api/v1/applications', buildApplicationInput(agency.id, { subdomain: 'pasar.example.com' })), 422, 'APPLICATION_SUBDOMAIN_OUTSIDE');
    expect(sub.title).toContain('dumaikota.go.id');
  });

  it('edit, retire with a reason, and the history shows create/update/retire with before and after', async () => {
    const created = (await (await call(app, session, 'POST', '/api/v1/applications', buildApplicationInput(agency.id, { name: 'SI Arsip', url: 'https://arsip.dumaikota.go.id' }))).json()) as AppView;
    const patched = await call(app, session, 'PATCH', `/api/v1/applications/${created.id}`, { name: 'SI Arsip Dinamis' });
    expect(await patched.json()).toMatchObject({ name: 'SI Arsip Dinamis', url: 'https://arsip.dumaikota.go.id' });
    await expectProblem(await call(app, session, 'POST', `/api/v1/applications/${created.id}/retire`, {}), 422, 'VALIDATION_FAILED');
    const retired = await call(app, session, 'POST', `/api/v1/applications/${created.id}/retire`, { reason: 'Diganti aplikasi umum SRIKANDI' });
    expect(await retired.json()).toMatchObject({ status: 'retired', retiredReason: 'Diganti aplikasi umum SRIKANDI', abilities: { update: false, retire: false } });
    await expectProblem(await call(app, session, 'POST', `/api/v1/applications/${created.id}/retire`, { reason: 'lagi' }), 409, 'APPLICATION_RETIRED');
    await expectProblem(await call(app, session, 'PATCH', `/api/v1/applications/${created.id}`, { name: 'Dihidupkan' }), 409, 'APPLICATION_RETIRED');

    const history = (await (await call(app, session, 'GET', `/api/v1/applications/${created.id}/history`)).json()) as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; actorLabel: string }[];
    expect(history.map((h) => h.action)).toEqual(['application.retire', 'application.update', 'application.create']);
    expect(history[2]).toMatchObject({ before: null, after: { name: 'SI Arsip' } });
    expect(history[1]).toMatchObject({ before: { name: 'SI Arsip' }, after: { name: 'SI Arsip Dinamis', url: 'https://arsip.dumaikota.go.id' } });
    expect(history[0]).toMatchObject({ before: { status: 'active' }, after: { status: 'retired', retiredReason: 'Diganti aplikasi umum SRIKANDI' } });
    expect(history[0].actorLabel).toBe(tenant.input.admin.name);
  });

  it('handover: an upload is stored by SHA-256 and comes back byte for byte; paper delivery is marked with date and note', async () => {
    const created = await createTestApplication(database.db, tenant.admin, agency.id);
    const content = Buffer.concat([pdfBytes('kode sumber'), Buffer.from([0, 1, 2, 255, 254])]);
    const sha = createHash('sha256').update(content).digest('hex');
    const uploaded = (await (await call(app, session, 'POST', `/api/v1/applications/${created.id}/handover/source_code/file`, fileForm('kode-sumber.pdf', content))).json()) as AppView;
    expect(uploaded.handover.find((h) => h.code === 'source_code')).toMatchObject({ required: true, delivered: true, file: { sha256: sha, fileName: 'kode-sumber.pdf' } });
    const download = await call(app, session, 'GET', `/api/v1/applications/${created.id}/handover/source_code/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-sha256')).toBe(sha);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);

    const paper = (await (await call(app, session, 'PUT', `/api/v1/applications/${created.id}/handover/user_manual`, { delivered: true, deliveredAt: '2024-03-01', note: 'Diserahkan dalam bentuk cetak' })).json()) as AppView;
    expect(paper.handover.find((h) => h.code === 'user_manual')).toMatchObject({ delivered: true, deliveredAt: '2024-03-01', note: 'Diserahkan dalam bentuk cetak', file: null });
    const undone = (await (await call(app, session, 'PUT', `/api/v1/applications/${created.id}/handover/user_manual`, { delivered: false })).json()) as AppView;
    expect(undone.handover.find((h) => h.code === 'user_manual')).toMatchObject({ delivered: false, deliveredAt: null });
    await expectProblem(await call(app, session, 'PUT', `/api/v1/applications/${created.id}/handover/tidak_dikenal`, { delivered: true }), 404, 'NOT_FOUND');
    await expectProblem(await call(app, session, 'GET', `/api/v1/applications/${created.id}/handover/design/file`), 404, 'NOT_FOUND');
  });
});

describe('application list, export and import', () => {
  let listAgency: { id: string; code: string };
  beforeAll(async () => {
    listAgency = await createTestAgency(database.db, tenant.admin);
    const names = ['Aplikasi Delta', 'Aplikasi Alfa', 'Aplikasi Echo', 'Aplikasi Charlie', 'Aplikasi Bravo'];
    for (const [i, name] of names.entries()) {
      await createTestApplication(database.db, tenant.admin, listAgency.id, {
        name,
        kind: i === 4 ? 'common' : 'specific',
        stage: i < 2 ? 'system_design' : 'system_maintenance',
        description: i === 2 ? 'Mencatat pembayaran pajak hotel dan restoran' : 'Aplikasi uji daftar',
      });
    }
  });
  const list = async (query: string) => (await (await call(app, session, 'GET', `/api/v1/applications?ownerAgencyId=${listAgency.id}&${query}`)).json()) as Page;

  it('pages, sorts, filters and finds a word of the description', async () => {
    const page2 = await list('pageSize=2&page=2&sort=name');
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((i) => i.name)).toEqual(['Aplikasi Charlie', 'Aplikasi Delta']);
    expect((await list('sort=name&dir=desc')).items.map((i) => i.name)).toEqual(['Aplikasi Echo', 'Aplikasi Delta', 'Aplikasi Charlie', 'Aplikasi Bravo', 'Aplikasi Alfa']);
    expect((await list('kind=common')).items.map((i) => i.name)).toEqual(['Aplikasi Bravo']);
    expect((await list('stage=system_design')).items.map((i) => i.name)).toEqual(['Aplikasi Alfa', 'Aplikasi Delta']);
    expect((await list('q=restoran')).items.map((i) => i.name)).toEqual(['Aplikasi Echo']);
    expect((await list('q=charl')).items.map((i) => i.name)).toEqual(['Aplikasi Charlie']);
    await expectProblem(await call(app, session, 'GET', '/api/v1/applications?pageSize=1000'), 422, 'VALIDATION_FAILED');
  });

  it('the Excel export holds exactly the rows of the list', async () => {
    const res = await call(app, session, 'GET', `/api/v1/applications/export?ownerAgencyId=${listAgency.id}&stage=system_maintenance`);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="aplikasi-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await readWorkbook(await res.arrayBuffer());
    expect(rows.map((r) => r['Nama Aplikasi'])).toEqual((await list('stage=system_maintenance')).items.map((i) => i.name));
    expect(rows.map((r) => r['Kode Pemilik Layanan'])).toEqual(rows.map(() => listAgency.code));
  });

  it('Excel import: a row-by-row report and nothing saved; commit saves only the valid rows; a duplicate function row is reported (Dumai 18/2019 Ps 14(2))', async () => {
    const header = ['name', 'ownerAgencyCode', 'kind', 'businessFunction', 'stage', 'platforms', 'description'];
    const sheet = await buildWorkbook(header, [
      ['Aplikasi Impor Baik', listAgency.code, 'khusus', 'Fungsi Impor Baru', 'system_design', 'web, mobile', 'dari excel'],
      ['Aplikasi Impor Rusak', 'TIDAK-ADA', 'khusus', 'Fungsi Lain', 'system_design', 'web', null],
      ['Aplikasi Impor Ganda', listAgency.code, 'umum', 'aplikasi uji daftar', 'system_design', 'web', null],
      ['Aplikasi Impor Tanpa Jenis', listAgency.code, null, 'Fungsi Ketiga', 'system_design', 'web', null],
    ]);
    // the duplicate: same function as an application registered earlier
    await createTestApplication(database.db, tenant.admin, listAgency.id, { businessFunction: 'Aplikasi Uji Daftar', name: 'Aplikasi Yang Sudah Ada' });
    const before = await countRows(database.db, 'applications', tenant.tenantId);

    const dry = (await (await call(app, session, 'POST', '/api/v1/applications/import', fileForm('aplikasi.xlsx', sheet))).json()) as {
      committed: boolean; total: number; valid: number; invalid: number; imported: number; rows: { row: number; status: string; errors: { column: string; code: string; message: string }[] }[];
    };
    expect(dry).toMatchObject({ committed: false, total: 4, valid: 1, invalid: 3, imported: 0 });
    expect(dry.rows.map((r) => [r.row, r.status])).toEqual([[2, 'valid'], [3, 'invalid'], [4, 'invalid'], [5, 'invalid']]);
    expect(dry.rows[1].errors).toEqual([{ column: 'ownerAgencyCode', code: 'UNKNOWN_AGENCY', message: 'Perangkat daerah tidak ditemukan.' }]);
    expect(dry.rows[2].errors).toEqual([expect.objectContaining({ column: 'duplicateJustification', code: 'APPLICATION_DUPLICATE_FUNCTION' })]);
    expect(dry.rows[2].errors[0].message).toContain('Aplikasi Yang Sudah Ada');
    expect(dry.rows[3].errors).toEqual([{ column: 'kind', code: 'required', message: 'Wajib diisi.' }]);
    expect(await countRows(database.db, 'applications', tenant.tenantId)).toBe(before);

    const committed = (await (await call(app, session, 'POST', '/api/v1/applications/import?commit=true', fileForm('aplikasi.xlsx', sheet))).json()) as typeof dry;
    expect(committed).toMatchObject({ committed: true, total: 4, valid: 1, invalid: 3, imported: 1 });
    expect(committed.rows.map((r) => r.status)).toEqual(['imported', 'invalid', 'invalid', 'invalid']);
    expect(await countRows(database.db, 'applications', tenant.tenantId)).toBe(before + 1);
    const saved = await list('q=Impor');
    expect(saved.items.map((i) => i.name)).toEqual(['Aplikasi Impor Baik']);
  });
});
