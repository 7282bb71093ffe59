import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { expectProblem } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
import { updateAgency } from '../../src/server/modules/agencies/service';
import { resolveRecordNames } from '../../src/server/modules/audit-trail/record-names';
import { recordNameProviders } from '../../src/server/record-name-providers';
import { addUrlResource } from '../../src/server/modules/datasets/resource-service';

type Entry = { seq: number; action: string; entityType: string; entityId: string | null; agencyId: string | null; recordName?: string | null; agencyName?: string | null; actorUserId: string | null; at: string };

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
});
afterAll(async () => {
  await database.close();
});

describe('the audit trail for the Inspectorate (Palu 14/2022 Ps 10(3))', () => {
  it('names each record and agency, filters by person, agency, record type, record and dates, and never shows another tenant', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const other = await createTestTenant(db);
    const diskominfo = await createTestAgency(db, tenant.admin, { code: 'DKI', name: 'Dinas Komunikasi dan Informatika' });
    const dinkes = await createTestAgency(db, tenant.admin, { code: 'DKS', name: 'Dinas Kesehatan' });
    await updateAgency(db, tenant.admin, dinkes.id, { name: 'Dinas Kesehatan Kota' });
    await createTestAgency(db, other.admin, { code: 'LAIN', name: 'Dinas Pemda Lain' });
    const planner = await createTestUser(db, tenant.admin, [{ role: 'planner', agencyId: null }]);
    const inspector = await createTestUser(db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
    const s = await signIn(app, inspector.user.email, testPassword, tenant.slug);
    const get = async (query: string) => (await (await call(app, s, 'GET', `/api/v1/audit?${query}`)).json()) as Entry[];

    const all = await get('limit=500');
    expect(all.some((e) => e.recordName === 'Dinas Pemda Lain')).toBe(false);
    const created = all.find((e) => e.action === 'agency.create' && e.entityId === diskominfo.id)!;
    expect(created).toMatchObject({ recordName: 'DKI — Dinas Komunikasi dan Informatika', agencyName: 'DKI — Dinas Komunikasi dan Informatika' });
    // the people directory is the administrator's: the inspector's own account is named, a colleague's is not
    expect(all.find((e) => e.action === 'user.create' && e.entityId === inspector.user.id)!.recordName).toBe(inspector.user.name);
    expect(all.find((e) => e.action === 'user.create' && e.entityId === planner.user.id)!.recordName).toBeNull();

    const byAgency = await get(`agencyId=${dinkes.id}`);
    expect(byAgency.map((e) => e.action)).toEqual(['agency.update', 'agency.create']);
    expect(byAgency[0].recordName).toBe('DKS — Dinas Kesehatan Kota');
    expect((await get(`entityType=agency&entityId=${diskominfo.id}`)).map((e) => e.action)).toEqual(['agency.create']);
    expect((await get('entityType=user')).every((e) => e.entityType === 'user')).toBe(true);
    expect((await get(`actorUserId=${tenant.adminUserId}`)).length).toBe(all.filter((e) => e.actorUserId === tenant.adminUserId).length);
    // a date range: "to" is the start of the day after the last day wanted
    const at = new Date(created.at);
    expect((await get(`from=${encodeURIComponent(new Date(at.getTime() + 3_600_000).toISOString())}`)).length).toBe(0);
    expect((await get(`from=${encodeURIComponent(new Date(at.getTime() - 3_600_000).toISOString())}&to=${encodeURIComponent(new Date(at.getTime() + 3_600_000).toISOString())}`)).length).toBe(all.length);
    await expectProblem(await call(app, s, 'GET', '/api/v1/audit?entityType=notAType'), 422, 'VALIDATION_FAILED');

    const actors = (await (await call(app, s, 'GET', '/api/v1/audit/actors')).json()) as { userId: string | null; label: string }[];
    expect(actors.map((a) => a.label)).toContain(tenant.input.admin.name);

    const res = await call(app, s, 'GET', `/api/v1/audit/export?agencyId=${dinkes.id}&tz=Asia%2FJayapura`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = wb.getWorksheet('Jejak audit')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(4).value).toBe('Perangkat daerah diubah');
    expect(sheet.getRow(2).getCell(5).value).toBe('Perangkat daerah');
    expect(sheet.getRow(2).getCell(6).value).toBe('DKS — Dinas Kesehatan Kota');
    const when = sheet.getRow(2).getCell(2).value as Date;
    expect(when).toBeInstanceOf(Date);
    // Jayapura is UTC+9: the cell shows the wall-clock time there
    expect(Math.round((when.getTime() - new Date(byAgency[0].at).getTime()) / 3_600_000)).toBe(9);

    const p = await signIn(app, planner.user.email, testPassword, tenant.slug);
    await expectProblem(await call(app, p, 'GET', '/api/v1/audit/export'), 403, 'FORBIDDEN');
    await expectProblem(await call(app, p, 'GET', '/api/v1/audit/actors'), 403, 'FORBIDDEN');
  });

  it('a module names only what the reader may see: another agency’s draft dataset keeps its title', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const cast = await createCatalogueCast(db, tenant.admin);
    const draft = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Data Rahasia Draf' });
    const refs = [{ entityType: 'dataset', entityId: draft.id }];
    expect((await resolveRecordNames(db, cast.producer.ctx, recordNameProviders, refs))('dataset', draft.id)).toBe('Data Rahasia Draf');
    expect((await resolveRecordNames(db, cast.other.ctx, recordNameProviders, refs))('dataset', draft.id)).toBeNull();
    expect((await resolveRecordNames(db, tenant.admin, recordNameProviders, refs))('dataset', draft.id)).toBe('Data Rahasia Draf');
  });

  it('the whole trail keeps the history’s rule: a limited dataset’s resources are not shown to the inspector (Dumai 18/2019 Ps 11(7))', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const cast = await createCatalogueCast(db, tenant.admin);
    const limited = await createTestDataset(db, cast.producer.ctx, cast.producerAgency.id, { title: 'Data Pasien', classification: 'limited' });
    const secretUrl = 'https://data.dinkes.example/rahasia/pasien.csv';
    await addUrlResource(db, cast.producer.ctx, limited.id, { name: 'Tautan pasien', url: secretUrl, format: 'CSV', description: null });
    const inspector = await createTestUser(db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
    const asInspector = await signIn(app, inspector.user.email, testPassword, tenant.slug);
    const asAdmin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    const path = `/api/v1/audit?entityType=dataset&entityId=${limited.id}`;
    const seenByInspector = await (await call(app, asInspector, 'GET', path)).text();
    expect(seenByInspector).toContain('dataset.resource.add');
    expect(seenByInspector).toContain('Data Pasien');
    expect(seenByInspector).not.toContain(secretUrl);
    const exported = await call(app, asInspector, 'GET', `/api/v1/audit/export?entityId=${limited.id}`);
    expect(exported.status).toBe(200);
    // the administrator may read the content, as in the record's history
    expect(await (await call(app, asAdmin, 'GET', path)).text()).toContain(secretUrl);
  });
});
