import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openEmptyDatabase, openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { countRows, expectProblem } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { buildSetupInput, createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';

const newPassword = 'Kata-Sandi-Baru-2027';

describe('first-run setup', () => {
  let database: Database;
  let app: TestApp;
  beforeAll(async () => {
    database = await openEmptyDatabase();
    app = createTestApp(database.db).app;
  });
  afterAll(async () => {
    await database.close();
  });

  it('is offered on an empty database, refuses a weak password without creating anything, then runs once only', async () => {
    const status = await (await app.request('/api/v1/setup')).json();
    expect(status).toEqual({ needsSetup: true });

    const input = buildSetupInput({ name: 'Pemerintah Kota Dumai' });
    const weak = await call(app, null, 'POST', '/api/v1/setup', { ...input, admin: { ...input.admin, password: 'hanyahurufkecil' } });
    const problem = await expectProblem(weak, 422, 'PASSWORD_TOO_WEAK');
    expect(problem.fields).toEqual({ password: 'PASSWORD_TOO_WEAK' });
    const [counts] = await queryRows<{ tenants: string; users: string; audit: string }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM tenants) AS tenants, (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM audit_entries) AS audit`,
    );
    expect([Number(counts.tenants), Number(counts.users), Number(counts.audit)]).toEqual([0, 0, 0]);

    const created = await call(app, null, 'POST', '/api/v1/setup', input);
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    expect(slug).toBe('pemerintah-kota-dumai');
    // no list of tenants for anyone to read
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needsSetup: false });

    const again = await call(app, null, 'POST', '/api/v1/setup', buildSetupInput({ name: 'Pemerintah Kota Lain' }));
    await expectProblem(again, 409, 'SETUP_ALREADY_DONE');
    const [after] = await queryRows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM tenants`);
    expect(Number(after.n)).toBe(1);

    // the administrator created by setup can sign in (one tenant: no slug needed)
    const session = await signIn(app, input.admin.email);
    const me = await call(app, session, 'GET', '/api/v1/auth/session');
    expect(((await me.json()) as { roles: unknown[] }).roles).toEqual([{ role: 'admin', agencyId: null }]);
  });
});

describe('sign-in, session and accounts', () => {
  let database: Database;
  let app: TestApp;
  let tenant: Awaited<ReturnType<typeof createTestTenant>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    app = createTestApp(database.db, { LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '1' }).app;
    tenant = await createTestTenant(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  const login = (email: string, password: string) =>
    call(app, null, 'POST', '/api/v1/auth/login', { email, password, tenant: tenant.slug });

  async function newPerson() {
    const { user } = await createTestUser(database.db, tenant.admin, [{ role: 'planner', agencyId: null }]);
    return user;
  }

  it('sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token of /auth/session', async () => {
    const res = await login(tenant.input.admin.email, testPassword);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    const [pair, ...attributes] = setCookie.split(';').map((s) => s.trim());
    expect(pair).toMatch(/^simpul_session=[A-Za-z0-9_-]{40,}$/);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${12 * 3600}`]));
    // PUBLIC_URL is http in tests, so no Secure flag (auto)
    expect(attributes).not.toContain('Secure');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    // the cookie token itself is never stored, only its hash
    const stored = await queryRows<{ token_hash: string }>(database.db, sql`SELECT token_hash FROM sessions WHERE tenant_id = ${tenant.tenantId}`);
    expect(stored.map((r) => r.token_hash)).not.toContain(pair.split('=')[1]);

    const session = await call(app, { cookie: pair, csrfToken }, 'GET', '/api/v1/auth/session');
    expect(session.status).toBe(200);
    const info = (await session.json()) as { user: { email: string; mustChangePassword: boolean }; csrfToken: string; permissions: string[]; tenant: { slug: string } };
    expect(info.user).toMatchObject({ email: tenant.input.admin.email, mustChangePassword: false });
    expect(info.csrfToken).toBe(csrfToken);
    expect(info.tenant.slug).toBe(tenant.slug);
    expect(info.permissions).toEqual(expect.arrayContaining(['agency.create', 'user.create', 'audit.verify']));
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const secureApp = createTestApp(database.db, { PUBLIC_URL: 'https://simpul.dumaikota.go.id' }).app;
    const res = await call(secureApp, null, 'POST', '/api/v1/auth/login', { email: tenant.input.admin.email, password: testPassword, tenant: tenant.slug });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/);
  });

  it('answers /auth/session with 401 when nobody is signed in', async () => {
    await expectProblem(await app.request('/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    await expectProblem(await app.request('/api/v1/auth/session', { headers: { cookie: 'simpul_session=palsu' } }), 401, 'UNAUTHENTICATED');
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const user = await newPerson();
    const session = await signIn(app, user.email, testPassword, tenant.slug);
    const res = await call(app, session, 'POST', '/api/v1/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^simpul_session=;.*Max-Age=0/);
    // replaying the old cookie does not work
    await expectProblem(await call(app, session, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    const rows = await queryRows(database.db, sql`SELECT 1 FROM sessions WHERE tenant_id = ${tenant.tenantId} AND user_id = ${user.id}`);
    expect(rows).toHaveLength(0);
  });

  it('gives an unknown email and a wrong password the same 401', async () => {
    const user = await newPerson();
    const unknown = await expectProblem(await login('tidak.ada@dumaikota.go.id', testPassword), 401, 'LOGIN_FAILED');
    const wrong = await expectProblem(await login(user.email, 'Salah-Sandi-2026'), 401, 'LOGIN_FAILED');
    const { requestId: _a, ...unknownRest } = unknown;
    const { requestId: _b, ...wrongRest } = wrong;
    expect(wrongRest).toEqual(unknownRest);
    // an unknown tenant slug looks the same too
    const noTenant = await call(app, null, 'POST', '/api/v1/auth/login', { email: user.email, password: testPassword, tenant: 'tidak-ada' });
    await expectProblem(noTenant, 401, 'LOGIN_FAILED');
  });

  it('locks the account after LOGIN_MAX_FAILURES failures, even for the right password, until the lock expires', async () => {
    const user = await newPerson();
    await expectProblem(await login(user.email, 'Salah-Sandi-2026'), 401, 'LOGIN_FAILED');
    await expectProblem(await login(user.email, 'Salah-Sandi-2026'), 401, 'LOGIN_FAILED');
    // the third failure locks; the answer stays the one of a wrong password, so it tells nothing about the address
    await expectProblem(await login(user.email, 'Salah-Sandi-2026'), 401, 'LOGIN_FAILED');
    await expectProblem(await login(user.email, testPassword), 401, 'LOGIN_FAILED');
    const listed = await call(app, await signIn(app, tenant.input.admin.email, testPassword, tenant.slug), 'GET', `/api/v1/users/${user.id}`);
    expect(((await listed.json()) as { locked: boolean }).locked).toBe(true);

    // the lock runs out (moved into the past rather than waiting a minute)
    await database.db.execute(sql`UPDATE users SET locked_until = now() - interval '1 second' WHERE tenant_id = ${tenant.tenantId} AND id = ${user.id}`);
    expect((await login(user.email, testPassword)).status).toBe(200);
    // and the failure count starts again from zero
    await expectProblem(await login(user.email, 'Salah-Sandi-2026'), 401, 'LOGIN_FAILED');
    expect((await login(user.email, testPassword)).status).toBe(200);
  });

  it('refuses a disabled account and ends its open sessions', async () => {
    const user = await newPerson();
    const session = await signIn(app, user.email, testPassword, tenant.slug);
    const admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    const res = await call(app, admin, 'PATCH', `/api/v1/users/${user.id}`, { status: 'disabled' });
    expect(res.status).toBe(200);
    await expectProblem(await call(app, session, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    // refused like a wrong password: the answer does not say the account exists
    await expectProblem(await login(user.email, testPassword), 401, 'LOGIN_FAILED');
  });

  it('a password reset by the administrator forces a change before any other write', async () => {
    // a second administrator, so every write below would otherwise be permitted
    const { user } = await createTestUser(database.db, tenant.admin, [{ role: 'admin', agencyId: null }]);
    const token = await call(app, await signIn(app, user.email, testPassword, tenant.slug), 'POST', '/api/v1/api-tokens', { label: 'sebelum reset' });
    const { token: bearer } = (await token.json()) as { token: string };
    const before = await signIn(app, user.email, testPassword, tenant.slug);
    const admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);

    await expectProblem(await call(app, admin, 'POST', `/api/v1/users/${user.id}/password-reset`, { password: 'lemah' }), 422, 'VALIDATION_FAILED');
    await expectProblem(await call(app, admin, 'POST', `/api/v1/users/${user.id}/password-reset`, { password: 'tanpaangkadanbesar' }), 422, 'PASSWORD_TOO_WEAK');
    expect((await call(app, admin, 'POST', `/api/v1/users/${user.id}/password-reset`, { password: 'Sandi-Sementara-1' })).status).toBe(204);

    // the sessions opened with the old password end; the old password no longer works
    await expectProblem(await call(app, before, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    await expectProblem(await login(user.email, testPassword), 401, 'LOGIN_FAILED');

    const session = await signIn(app, user.email, 'Sandi-Sementara-1', tenant.slug);
    const info = (await (await call(app, session, 'GET', '/api/v1/auth/session')).json()) as { user: { mustChangePassword: boolean } };
    expect(info.user.mustChangePassword).toBe(true);
    // reading is allowed, writing is not, whether by cookie or by the person's API token
    expect((await call(app, session, 'GET', '/api/v1/agencies')).status).toBe(200);
    await expectProblem(await call(app, session, 'POST', '/api/v1/api-tokens', { label: 'mesin' }), 403, 'PASSWORD_CHANGE_REQUIRED');
    // the API tokens made with the old password were revoked by the reset
    await expectProblem(await call(app, null, 'GET', '/api/v1/agencies', undefined, { authorization: `Bearer ${bearer}` }), 401, 'TOKEN_INVALID');

    // the new password follows the rules, and the current one must be right
    await expectProblem(await call(app, session, 'POST', '/api/v1/auth/password', { currentPassword: 'Sandi-Sementara-1', newPassword: 'tanpaangkadanbesar' }), 422, 'PASSWORD_TOO_WEAK');
    await expectProblem(await call(app, session, 'POST', '/api/v1/auth/password', { currentPassword: 'Salah-Sandi-2026', newPassword }), 422, 'CURRENT_PASSWORD_WRONG');
    expect((await call(app, session, 'POST', '/api/v1/auth/password', { currentPassword: 'Sandi-Sementara-1', newPassword })).status).toBe(204);

    const created = await call(app, session, 'POST', '/api/v1/api-tokens', { label: 'mesin' });
    expect(created.status).toBe(201);
    expect((await login(user.email, newPassword)).status).toBe(200);
  });

  it('password rules: at least 12 characters with upper case, lower case and a digit, nothing created otherwise', async () => {
    const admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    const base = { name: 'Pegawai Baru', roles: [] };
    const cases: [string, number, string][] = [
      ['Pendek-1', 422, 'VALIDATION_FAILED'],
      ['semuahurufkecil1', 422, 'PASSWORD_TOO_WEAK'],
      ['SEMUAHURUFBESAR1', 422, 'PASSWORD_TOO_WEAK'],
      ['TanpaAngkaSamaSekali', 422, 'PASSWORD_TOO_WEAK'],
      [`Aa1${'x'.repeat(254)}`, 422, 'VALIDATION_FAILED'],
    ];
    for (const [password, status, code] of cases) {
      const email = `sandi.${password.length}.${code.length}@dumaikota.go.id`;
      await expectProblem(await call(app, admin, 'POST', '/api/v1/users', { ...base, email, password }), status, code);
    }
    const users = await countRows(database.db, 'users', tenant.tenantId);
    const ok = await call(app, admin, 'POST', '/api/v1/users', { ...base, email: 'sandi.kuat@dumaikota.go.id', password: 'Cukup-Kuat-123' });
    expect(ok.status).toBe(201);
    expect(await countRows(database.db, 'users', tenant.tenantId)).toBe(users + 1);
  });

  it('an API token is shown once, works as Bearer without CSRF, and stops working when revoked', async () => {
    const admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    const res = await call(app, admin, 'POST', '/api/v1/api-tokens', { label: 'Integrasi SIPD' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; token: string; label: string };
    expect(created.token).toMatch(/^spl_[A-Za-z0-9_-]{40,}$/);

    // listed without the secret, and the secret is not in the database
    const list = (await (await call(app, admin, 'GET', '/api/v1/api-tokens')).json()) as Record<string, unknown>[];
    const listed = list.find((t) => t.id === created.id);
    expect(listed).toMatchObject({ label: 'Integrasi SIPD', revoked: false });
    expect(listed).not.toHaveProperty('token');
    const stored = await queryRows(database.db, sql`SELECT 1 FROM api_tokens WHERE token_hash = ${created.token}`);
    expect(stored).toHaveLength(0);

    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await call(app, null, 'GET', '/api/v1/agencies', undefined, bearer)).status).toBe(200);
    const write = await call(app, null, 'POST', '/api/v1/agencies', { code: 'TOKEN1', name: 'Dinas Lewat Token', kind: 'dinas' }, bearer);
    expect(write.status).toBe(201);
    // a token cannot mint more tokens: that needs a person at a browser
    await expectProblem(await call(app, null, 'POST', '/api/v1/api-tokens', { label: 'turunan' }, bearer), 403, 'FORBIDDEN');

    expect((await call(app, admin, 'DELETE', `/api/v1/api-tokens/${created.id}`)).status).toBe(204);
    await expectProblem(await call(app, null, 'GET', '/api/v1/agencies', undefined, bearer), 401, 'TOKEN_INVALID');
    await expectProblem(await call(app, null, 'GET', '/api/v1/agencies', undefined, { authorization: 'Bearer spl_tebakan' }), 401, 'TOKEN_INVALID');
  });
});
