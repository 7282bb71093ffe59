import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { countAudit, countRows, expectProblem } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createTestAgency, createTestTenant, testPassword } from '../../src/server/testing/factories';
import { findAgency } from '../../src/server/modules/agencies/service';

describe('CSRF: cookie-authenticated writes echo the session token', () => {
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

  const cookieOnly = () => ({ cookie: session.cookie, csrfToken: '' });

  it('refuses a write without the header or with a wrong one, and writes nothing', async () => {
    const agency = await createTestAgency(database.db, tenant.admin);
    const agencies = await countRows(database.db, 'agencies', tenant.tenantId);
    const audit = await countAudit(database.db, tenant.tenantId);
    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/agencies', { code: 'CSRF1', name: 'Dinas Tanpa Token', kind: 'dinas' }],
      ['PATCH', `/api/v1/agencies/${agency.id}`, { name: 'Nama Diubah Diam-diam' }],
      ['POST', `/api/v1/agencies/${agency.id}/retire`, { reason: 'serangan lintas situs' }],
      ['POST', '/api/v1/api-tokens', { label: 'curian' }],
    ];
    for (const [method, path, body] of writes) {
      // no header at all
      const bare = await app.request(path, { method, headers: { cookie: session.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await expectProblem(bare, 403, 'CSRF_INVALID');
      // a header with the wrong value
      await expectProblem(await call(app, cookieOnly(), method, path, body, { 'x-csrf-token': 'tebakan' }), 403, 'CSRF_INVALID');
      // another session's token does not fit this session either
      const other = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
      await expectProblem(await call(app, { cookie: session.cookie, csrfToken: other.csrfToken }, method, path, body), 403, 'CSRF_INVALID');
    }
    expect(await countRows(database.db, 'agencies', tenant.tenantId)).toBe(agencies);
    expect(await countRows(database.db, 'api_tokens', tenant.tenantId)).toBe(0);
    expect(await countAudit(database.db, tenant.tenantId)).toBe(audit);
    expect(await findAgency(database.db, tenant.tenantId, agency.id)).toMatchObject({ name: agency.name, status: 'active' });
  });

  it('accepts the write with the session’s token', async () => {
    const res = await call(app, session, 'POST', '/api/v1/agencies', { code: 'CSRF2', name: 'Dinas Dengan Token', kind: 'dinas' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    expect(await findAgency(database.db, tenant.tenantId, created.id)).toMatchObject({ code: 'CSRF2' });
  });

  it('needs no token for reads, nor for bearer-token writes', async () => {
    expect((await call(app, cookieOnly(), 'GET', '/api/v1/agencies')).status).toBe(200);
    const token = (await (await call(app, session, 'POST', '/api/v1/api-tokens', { label: 'mesin' })).json()) as { token: string };
    const res = await call(app, null, 'POST', '/api/v1/agencies', { code: 'CSRF3', name: 'Dinas Lewat Mesin', kind: 'badan' }, { authorization: `Bearer ${token.token}` });
    expect(res.status).toBe(201);
  });

  it('logout is a write too: without the token the session stays open', async () => {
    const own = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    await expectProblem(await call(app, { cookie: own.cookie, csrfToken: 'x' }, 'POST', '/api/v1/auth/logout'), 403, 'CSRF_INVALID');
    expect((await call(app, own, 'GET', '/api/v1/auth/session')).status).toBe(200);
  });
});
