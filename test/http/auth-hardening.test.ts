import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { expectProblem } from '../support/problems';
import { queryRows } from '../../src/server/platform/db/query-rows';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';

let database: Database;
let app: TestApp;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
beforeAll(async () => {
  database = await openTestDatabase();
  // the defaults: 5 failures, 15 minutes
  app = createTestApp(database.db).app;
  tenant = await createTestTenant(database.db);
});
afterAll(async () => {
  await database.close();
});

const login = (email: string, password: string) => call(app, null, 'POST', '/api/v1/auth/login', { email, password, tenant: tenant.slug });
const newPerson = async (role: 'planner' | 'admin' = 'planner') => (await createTestUser(database.db, tenant.admin, [{ role, agencyId: null }])).user;

describe('lockout under parallel guessing', () => {
  it('40 parallel wrong passwords lock the account with answers that all look alike; the right password is refused until the lock lapses', async () => {
    const user = await newPerson();
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(user.email, 'Tebakan-Salah-2026')));
    const bodies = await Promise.all(answers.map(async (r) => ({ status: r.status, ...((await r.json()) as { code: string; title: string }) })));
    // a locked account answers like a wrong password: the answers do not tell that the address exists
    expect(new Set(bodies.map((b) => `${b.status} ${b.code} ${b.title}`))).toEqual(new Set([`401 LOGIN_FAILED ${bodies[0].title}`]));
    const [state] = await queryRows<{ locked: boolean }>(database.db, sql`SELECT locked_until > now() AS locked FROM users WHERE tenant_id = ${tenant.tenantId} AND id = ${user.id}`);
    expect(state.locked).toBe(true);

    await expectProblem(await login(user.email, testPassword), 401, 'LOGIN_FAILED');
    // the lock lapses (moved into the past rather than waiting 15 minutes)
    await database.db.execute(sql`UPDATE users SET locked_until = now() - interval '1 second' WHERE tenant_id = ${tenant.tenantId} AND id = ${user.id}`);
    expect((await login(user.email, testPassword)).status).toBe(200);
  });

  it('parallel right and wrong passwords: the right one signs in while fewer than 5 were wrong', async () => {
    const user = await newPerson();
    const answers = await Promise.all([...Array.from({ length: 3 }, () => login(user.email, 'Tebakan-Salah-2026')), login(user.email, testPassword)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401, 401]);
  });
});

describe('sessions after a password change', () => {
  it('changing my password ends my other sessions and keeps the one I changed it in', async () => {
    const user = await newPerson();
    const here = await signIn(app, user.email, testPassword, tenant.slug);
    const elsewhere = await signIn(app, user.email, testPassword, tenant.slug);
    const changed = await call(app, here, 'POST', '/api/v1/auth/password', { currentPassword: testPassword, newPassword: 'Kata-Sandi-Baru-2027' });
    expect(changed.status).toBe(204);
    await expectProblem(await call(app, elsewhere, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    expect((await call(app, here, 'GET', '/api/v1/auth/session')).status).toBe(200);
    await expectProblem(await login(user.email, testPassword), 401, 'LOGIN_FAILED');
  });

  it('an administrator’s reset ends every session of the person and revokes their API tokens', async () => {
    const user = await newPerson('admin');
    const session = await signIn(app, user.email, testPassword, tenant.slug);
    const token = (await (await call(app, session, 'POST', '/api/v1/api-tokens', { label: 'Integrasi' })).json()) as { token: string; id: string };
    const bearer = { authorization: `Bearer ${token.token}` };
    expect((await call(app, null, 'GET', '/api/v1/agencies', undefined, bearer)).status).toBe(200);

    const admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    expect((await call(app, admin, 'POST', `/api/v1/users/${user.id}/password-reset`, { password: 'Sandi-Sementara-1' })).status).toBe(204);
    await expectProblem(await call(app, session, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    await expectProblem(await call(app, null, 'GET', '/api/v1/agencies', undefined, bearer), 401, 'TOKEN_INVALID');
    // listed as revoked to the person once they sign in again
    const again = await signIn(app, user.email, 'Sandi-Sementara-1', tenant.slug);
    const list = (await (await call(app, again, 'GET', '/api/v1/api-tokens')).json()) as { id: string; revoked: boolean }[];
    expect(list.find((t) => t.id === token.id)).toMatchObject({ revoked: true });
  });
});
