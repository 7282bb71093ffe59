import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { expectProblem, fileForm, pdfBytes, readWorkbook } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { buildApplicationInput, createTestAgency, createTestApplication, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { findAgency } from '../../src/server/modules/agencies/service';
import { findApplication } from '../../src/server/modules/applications/queries';
import { findUserById } from '../../src/server/modules/people/queries';
import { uploadHandoverFile } from '../../src/server/modules/applications/handover-service';

let database: Database;
let app: TestApp;
let files: ReturnType<typeof createTestApp>['deps']['files'];
beforeAll(async () => {
  database = await openTestDatabase();
  const built = createTestApp(database.db);
  app = built.app;
  files = built.deps.files;
});
afterAll(async () => {
  await database.close();
});

const ids = (page: unknown) => (page as { items: { id: string }[] }).items.map((i) => i.id);

describe('tenant isolation: a second Pemda in the same database sees nothing of the first', () => {
  it('GET by id → 404, lists and exports without them, writes → 404 with the record unchanged', async () => {
    const { db } = database;
    const first = await createTestTenant(db);
    const agency = await createTestAgency(db, first.admin);
    const application = await createTestApplication(db, first.admin, agency.id);
    await uploadHandoverFile(db, first.admin, files, application.id, 'source_code', { content: pdfBytes('rahasia'), fileName: 'kode.pdf', mimeType: 'application/pdf' });
    const { user } = await createTestUser(db, first.admin, [{ role: 'agency_operator', agencyId: agency.id }]);
    const second = await createTestTenant(db, { primaryDomain: 'palukota.go.id' });
    const s: Session = await signIn(app, second.input.admin.email, testPassword, second.slug);
    const firstAdmin = await signIn(app, first.input.admin.email, testPassword, first.slug);
    const firstToken = (await (await call(app, firstAdmin, 'POST', '/api/v1/api-tokens', { label: 'milik pemda pertama' })).json()) as { id: string };

    const reads = [
      `/api/v1/agencies/${agency.id}`,
      `/api/v1/applications/${application.id}`,
      `/api/v1/applications/${application.id}/history`,
      `/api/v1/applications/${application.id}/handover/source_code/file`,
      `/api/v1/users/${user.id}`,
      `/api/v1/users/${first.adminUserId}`,
    ];
    for (const path of reads) await expectProblem(await call(app, s, 'GET', path), 404, 'NOT_FOUND');

    const agencies = await (await call(app, s, 'GET', '/api/v1/agencies?status=all&pageSize=500')).json();
    expect(ids(agencies)).not.toContain(agency.id);
    expect(ids(await (await call(app, s, 'GET', '/api/v1/applications?status=all')).json())).toEqual([]);
    expect(ids(await (await call(app, s, 'GET', `/api/v1/applications?q=${encodeURIComponent(application.name)}`)).json())).toEqual([]);
    const users = ids(await (await call(app, s, 'GET', '/api/v1/users?pageSize=200')).json());
    expect(users).toEqual([second.adminUserId]);
    const audit = (await (await call(app, s, 'GET', '/api/v1/audit?limit=500')).json()) as { entityId: string }[];
    expect(audit.map((e) => e.entityId)).not.toContain(application.id);
    expect(audit.map((e) => e.entityId)).not.toContain(agency.id);
    const exported = await readWorkbook(await (await call(app, s, 'GET', '/api/v1/applications/export')).arrayBuffer());
    expect(exported).toEqual([]);
    const exportedAgencies = await readWorkbook(await (await call(app, s, 'GET', '/api/v1/agencies/export')).arrayBuffer());
    expect(exportedAgencies.map((r) => Object.values(r))).not.toContainEqual(expect.arrayContaining([agency.code]));

    const writes: [string, string, unknown][] = [
      ['PATCH', `/api/v1/agencies/${agency.id}`, { name: 'Diambil Alih' }],
      ['POST', `/api/v1/agencies/${agency.id}/retire`, { reason: 'diambil alih' }],
      ['PATCH', `/api/v1/applications/${application.id}`, { name: 'Diambil Alih' }],
      ['POST', `/api/v1/applications/${application.id}/retire`, { reason: 'diambil alih' }],
      ['PUT', `/api/v1/applications/${application.id}/handover/user_manual`, { delivered: true }],
      ['POST', `/api/v1/applications/${application.id}/handover/design/file`, fileForm('d.pdf', pdfBytes())],
      ['PATCH', `/api/v1/users/${user.id}`, { status: 'disabled' }],
      ['POST', `/api/v1/users/${user.id}/password-reset`, { password: 'Diambil-Alih-2026' }],
      ['DELETE', `/api/v1/api-tokens/${firstToken.id}`, undefined],
    ];
    for (const [method, path, body] of writes) await expectProblem(await call(app, s, method, path, body), 404, 'NOT_FOUND');
    // registering an application for the first Pemda's agency does not find that agency either
    const foreign = await call(app, s, 'POST', '/api/v1/applications', buildApplicationInput(agency.id, { subdomain: null }));
    expect((await expectProblem(foreign, 422, 'VALIDATION_FAILED')).fields).toEqual({ agencyId: 'UNKNOWN_AGENCY' });

    expect(await findAgency(db, first.tenantId, agency.id)).toMatchObject({ name: agency.name, status: 'active' });
    expect(await findApplication(db, first.tenantId, application.id)).toMatchObject({ name: application.name, status: 'active' });
    expect(await findUserById(db, first.tenantId, user.id)).toMatchObject({ status: 'active', mustChangePassword: false });
    const tokens = (await (await call(app, firstAdmin, 'GET', '/api/v1/api-tokens')).json()) as { id: string; revoked: boolean }[];
    expect(tokens).toEqual([expect.objectContaining({ id: firstToken.id, revoked: false })]);
    const handover = (await (await call(app, firstAdmin, 'GET', `/api/v1/applications/${application.id}`)).json()) as { handover: { code: string; delivered: boolean }[] };
    expect(handover.handover.filter((h) => h.delivered).map((h) => h.code)).toEqual(['source_code']);
  });
});

describe('agency visibility: an operator sees its own and the common applications only', () => {
  it('another agency’s specific application is 404 everywhere; a common one is visible but not theirs to change', async () => {
    const { db } = database;
    const t = await createTestTenant(db);
    const mine = await createTestAgency(db, t.admin);
    const theirs = await createTestAgency(db, t.admin);
    const own = await createTestApplication(db, t.admin, mine.id, { name: 'Aplikasi Milik Sendiri' });
    const hidden = await createTestApplication(db, t.admin, theirs.id, { name: 'Aplikasi Khusus Dinas Lain' });
    const common = await createTestApplication(db, t.admin, theirs.id, { name: 'Aplikasi Umum Kepegawaian', kind: 'common' });
    for (const a of [hidden, common]) {
      await uploadHandoverFile(db, t.admin, files, a.id, 'source_code', { content: pdfBytes(a.id), fileName: 'kode.pdf', mimeType: 'application/pdf' });
    }
    const operator = await createTestUser(db, t.admin, [{ role: 'agency_operator', agencyId: mine.id }]);
    const head = await createTestUser(db, t.admin, [{ role: 'agency_head', agencyId: mine.id }]);
    const s = await signIn(app, operator.user.email, testPassword, t.slug);
    const h = await signIn(app, head.user.email, testPassword, t.slug);

    for (const path of [`/api/v1/applications/${hidden.id}`, `/api/v1/applications/${hidden.id}/history`, `/api/v1/applications/${hidden.id}/handover/source_code/file`]) {
      await expectProblem(await call(app, s, 'GET', path), 404, 'NOT_FOUND');
    }
    expect((await call(app, s, 'GET', `/api/v1/applications/${common.id}`)).status).toBe(200);
    expect((await call(app, s, 'GET', `/api/v1/applications/${common.id}/history`)).status).toBe(200);
    expect((await call(app, s, 'GET', `/api/v1/applications/${common.id}/handover/source_code/file`)).status).toBe(200);

    const listed = ids(await (await call(app, s, 'GET', '/api/v1/applications?status=all')).json());
    expect(listed.sort()).toEqual([own.id, common.id].sort());
    expect(ids(await (await call(app, s, 'GET', '/api/v1/applications?q=Khusus')).json())).toEqual([]);
    const exported = await readWorkbook(await (await call(app, s, 'GET', '/api/v1/applications/export')).arrayBuffer());
    expect(exported.map((r) => r['Nama Aplikasi']).sort()).toEqual([common.name, own.name].sort());

    // not visible: 404; visible but another agency's: 403
    await expectProblem(await call(app, s, 'PATCH', `/api/v1/applications/${hidden.id}`, { name: 'Diubah' }), 404, 'NOT_FOUND');
    await expectProblem(await call(app, h, 'POST', `/api/v1/applications/${hidden.id}/retire`, { reason: 'bukan milik' }), 404, 'NOT_FOUND');
    await expectProblem(await call(app, s, 'PATCH', `/api/v1/applications/${common.id}`, { name: 'Diubah' }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, h, 'POST', `/api/v1/applications/${common.id}/retire`, { reason: 'bukan milik' }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, s, 'PUT', `/api/v1/applications/${common.id}/handover/user_manual`, { delivered: true }), 403, 'FORBIDDEN');
    // the operator may edit its own application but only the agency head retires it
    expect((await call(app, s, 'PATCH', `/api/v1/applications/${own.id}`, { description: 'Diperbarui operator' })).status).toBe(200);
    await expectProblem(await call(app, s, 'POST', `/api/v1/applications/${own.id}/retire`, { reason: 'tidak dipakai' }), 403, 'FORBIDDEN');

    // registering for another agency, or moving its own application there, is refused
    await expectProblem(await call(app, s, 'POST', '/api/v1/applications', buildApplicationInput(theirs.id)), 403, 'FORBIDDEN');
    await expectProblem(await call(app, s, 'PATCH', `/api/v1/applications/${own.id}`, { ownerAgencyId: theirs.id }), 403, 'FORBIDDEN');
    expect((await call(app, s, 'POST', '/api/v1/applications', buildApplicationInput(mine.id))).status).toBe(201);

    expect(await findApplication(db, t.tenantId, hidden.id)).toMatchObject({ name: hidden.name, status: 'active' });
    expect(await findApplication(db, t.tenantId, common.id)).toMatchObject({ name: common.name, status: 'active' });
    expect(await findApplication(db, t.tenantId, own.id)).toMatchObject({ ownerAgencyId: mine.id, status: 'active' });
  });
});
