import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { buildWorkbook, countRows, expectProblem, fileForm, readWorkbook } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant, testPassword } from '../../src/server/testing/factories';

let database: Database;
let app: TestApp;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
let session: Session;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  tenant = await createTestTenant(database.db);
  session = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
});
afterAll(async () => {
  await database.close();
});

type Agency = { id: string; code: string; name: string; parentId: string | null; status: string; specialRoles: string[]; email: string | null };
let seq = 0;
async function create(body: Record<string, unknown>): Promise<Agency> {
  const res = await call(app, session, 'POST', '/api/v1/agencies', { code: `AG${++seq}`, name: `Dinas Nomor ${seq}`, kind: 'dinas', ...body });
  expect(res.status).toBe(201);
  return (await res.json()) as Agency;
}

describe('agencies over HTTP', () => {
  it('hierarchy: a parent cannot be the agency itself or one of its descendants', async () => {
    const top = await create({ name: 'Sekretariat Daerah', kind: 'sekretariat' });
    const mid = await create({ name: 'Bagian Organisasi', kind: 'bagian', parentId: top.id });
    const leaf = await create({ name: 'Subbagian Kelembagaan', kind: 'bagian', parentId: mid.id });
    for (const parentId of [top.id, mid.id, leaf.id]) {
      const problem = await expectProblem(await call(app, session, 'PATCH', `/api/v1/agencies/${top.id}`, { parentId }), 422, 'AGENCY_PARENT_CYCLE');
      expect(problem.fields).toEqual({ parentId: 'AGENCY_PARENT_CYCLE' });
    }
    await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', { code: 'YATIM', name: 'Tanpa Induk Sah', kind: 'dinas', parentId: '0190b2a4-0000-7000-8000-00000000abcd' }), 422, 'VALIDATION_FAILED');
    // moving a sub-unit elsewhere is fine, and editing one field keeps the others
    const other = await create({ name: 'Dinas Lain' });
    expect(await (await call(app, session, 'PATCH', `/api/v1/agencies/${leaf.id}`, { parentId: other.id })).json()).toMatchObject({ parentId: other.id });
    const withRoles = await create({ specialRoles: ['ict_office'], email: 'diskominfo@dumaikota.go.id', parentId: top.id });
    const renamed = (await (await call(app, session, 'PATCH', `/api/v1/agencies/${withRoles.id}`, { name: 'Dinas Komunikasi dan Informatika' })).json()) as Agency;
    expect(renamed).toMatchObject({ name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'], email: 'diskominfo@dumaikota.go.id', parentId: top.id });
  });

  it('a code is unique within a Pemda, and free in another', async () => {
    const a = await create({ code: 'DISKOMINFO' });
    const b = await create({ code: 'DISDIK' });
    await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', { code: 'DISKOMINFO', name: 'Dinas Kembar', kind: 'dinas' }), 409, 'AGENCY_CODE_TAKEN');
    await expectProblem(await call(app, session, 'PATCH', `/api/v1/agencies/${b.id}`, { code: 'DISKOMINFO' }), 409, 'AGENCY_CODE_TAKEN');
    expect((await call(app, session, 'PATCH', `/api/v1/agencies/${a.id}`, { code: 'DISKOMINFO', name: 'Diskominfo Kota' })).status).toBe(200);
    const second = await createTestTenant(database.db, { primaryDomain: 'palukota.go.id' });
    const s2 = await signIn(app, second.input.admin.email, testPassword, second.slug);
    expect((await call(app, s2, 'POST', '/api/v1/agencies', { code: 'DISKOMINFO', name: 'Diskominfo Palu', kind: 'dinas' })).status).toBe(201);
  });

  it('retiring needs a reason and no active sub-units; a retired agency is kept, listed apart, and frozen', async () => {
    const parent = await create({ name: 'Dinas Induk Lama' });
    const child = await create({ name: 'UPTD Anak', kind: 'uptd', parentId: parent.id });
    await expectProblem(await call(app, session, 'POST', `/api/v1/agencies/${parent.id}/retire`, {}), 422, 'VALIDATION_FAILED');
    await expectProblem(await call(app, session, 'POST', `/api/v1/agencies/${parent.id}/retire`, { reason: 'Dilebur' }), 409, 'AGENCY_HAS_ACTIVE_CHILDREN');
    expect((await call(app, session, 'POST', `/api/v1/agencies/${child.id}/retire`, { reason: 'UPTD dibubarkan' })).status).toBe(200);
    const retired = (await (await call(app, session, 'POST', `/api/v1/agencies/${parent.id}/retire`, { reason: 'Dilebur ke dinas baru (Perda 5/2024)' })).json()) as Agency & { retiredReason: string };
    expect(retired).toMatchObject({ status: 'retired', retiredReason: 'Dilebur ke dinas baru (Perda 5/2024)' });
    await expectProblem(await call(app, session, 'PATCH', `/api/v1/agencies/${parent.id}`, { name: 'Hidup Lagi' }), 409, 'AGENCY_RETIRED');
    await expectProblem(await call(app, session, 'POST', `/api/v1/agencies/${parent.id}/retire`, { reason: 'lagi' }), 409, 'AGENCY_RETIRED');
    const active = (await (await call(app, session, 'GET', '/api/v1/agencies?pageSize=500')).json()) as { items: Agency[] };
    expect(active.items.map((a) => a.id)).not.toContain(parent.id);
    const gone = (await (await call(app, session, 'GET', '/api/v1/agencies?status=retired&pageSize=500')).json()) as { items: Agency[] };
    expect(gone.items.map((a) => a.id).sort()).toEqual([parent.id, child.id].sort());
    // a retired agency cannot become a parent
    await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', { code: 'BARU1', name: 'Di Bawah Yang Lama', kind: 'dinas', parentId: parent.id }), 422, 'VALIDATION_FAILED');
  });

  it('import: a row-by-row report with nothing saved, then commit saves the valid rows (parents named by code, earlier in the sheet)', async () => {
    const existing = await create({ code: 'ADA' });
    const sheet = await buildWorkbook(
      ['code', 'name', 'kind', 'parentCode', 'ictSelfReliant', 'specialRoles'],
      [
        ['IMP-INDUK', 'Badan Impor Induk', 'badan', null, 'Ya', 'planning_office'],
        ['IMP-ANAK', 'Bidang Impor Anak', 'bagian', 'IMP-INDUK', 'tidak', null],
        [existing.code, 'Kode Sudah Dipakai', 'dinas', null, null, null],
        ['IMP-RUSAK', 'Jenis Salah', 'kementerian', 'TIDAK-ADA', 'mungkin', 'bukan_peran'],
      ],
    );
    const before = await countRows(database.db, 'agencies', tenant.tenantId);
    const dry = (await (await call(app, session, 'POST', '/api/v1/agencies/import', fileForm('pd.xlsx', sheet))).json()) as {
      total: number; valid: number; invalid: number; imported: number; rows: { row: number; status: string; errors: { column: string; code: string }[] }[];
    };
    // a row with an existing code names that agency: it is an update of its name, not a refusal
    expect(dry).toMatchObject({ total: 4, valid: 3, invalid: 1, imported: 0 });
    expect(dry.rows.map((r) => r.status)).toEqual(['valid', 'valid', 'update', 'invalid']);
    expect(dry.rows[3].errors.map((e) => [e.column, e.code]).sort()).toEqual(
      [['ictSelfReliant', 'BOOLEAN_FORMAT'], ['kind', 'invalid_value'], ['parentCode', 'UNKNOWN_PARENT'], ['specialRoles', 'invalid_value']].sort(),
    );
    expect(await countRows(database.db, 'agencies', tenant.tenantId)).toBe(before);

    const committed = (await (await call(app, session, 'POST', '/api/v1/agencies/import?commit=true', fileForm('pd.xlsx', sheet))).json()) as typeof dry;
    expect(committed).toMatchObject({ imported: 3, created: 2, updated: 1, invalid: 1 });
    expect(await countRows(database.db, 'agencies', tenant.tenantId)).toBe(before + 2);
    const renamed = (await (await call(app, session, 'GET', `/api/v1/agencies/${existing.id}`)).json()) as Agency;
    expect(renamed.name).toBe('Kode Sudah Dipakai');
    const found = (await (await call(app, session, 'GET', '/api/v1/agencies?q=IMP-&pageSize=10')).json()) as { items: (Agency & { ictSelfReliant: boolean })[] };
    const parent = found.items.find((a) => a.code === 'IMP-INDUK');
    expect(parent).toMatchObject({ ictSelfReliant: true, specialRoles: ['planning_office'] });
    expect(found.items.find((a) => a.code === 'IMP-ANAK')).toMatchObject({ parentId: parent?.id });
  });

  it('export: every agency of the Pemda with its parent’s code, re-importable headers', async () => {
    const res = await call(app, session, 'GET', '/api/v1/agencies/export');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readWorkbook(await res.arrayBuffer());
    const all = (await (await call(app, session, 'GET', '/api/v1/agencies?status=all&pageSize=500')).json()) as { total: number; items: Agency[] };
    expect(rows.map((r) => r.Kode).sort()).toEqual(all.items.map((a) => a.code).sort());
    expect(rows.find((r) => r.Kode === 'IMP-ANAK')).toMatchObject({ 'Kode Induk': 'IMP-INDUK', 'Mandiri TIK': 'Tidak' });
    // re-importing the export matches every row to its agency and changes nothing
    const report = (await (await call(app, session, 'POST', '/api/v1/agencies/import', fileForm('ekspor.xlsx', Buffer.from(await (await call(app, session, 'GET', '/api/v1/agencies/export')).arrayBuffer())))).json()) as { valid: number; invalid: number };
    expect(report).toEqual(expect.objectContaining({ valid: all.total, invalid: 0, unchanged: all.total }));
  });
});
