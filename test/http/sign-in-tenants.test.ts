import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { expectProblem } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { queryRows } from '../../src/server/platform/db/query-rows';
import { createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { updateNotificationSettings } from '../../src/server/modules/notifications/settings-service';
import { setLetterheadLogo } from '../../src/server/platform/documents/letterhead-service';
import { buildPng } from '../support/certificates';

let database: Database;
let app: TestApp;
let deps: ReturnType<typeof createTestApp>['deps'];
type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let dumai: Tenant;
let palu: Tenant;
const stamp = Date.now().toString(36);
// two tenants with their own staff e-mail domains (unique in the shared test database)
const dumaiDomain = `dumai${stamp}.go.id`;
const paluDomain = `palu${stamp}.go.id`;
const newPassword = 'Kata-Sandi-Baru-2047';

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, deps } = createTestApp(database.db, { PASSWORD_RESET_TTL_MINUTES: '30', PASSWORD_RESET_MAX_PER_ADDRESS: '3' }));
  dumai = await createTestTenant(database.db, { emailDomain: dumaiDomain, admin: { name: 'Admin Dumai', email: `admin@${dumaiDomain}`, password: testPassword } });
  palu = await createTestTenant(database.db, { emailDomain: paluDomain, admin: { name: 'Admin Palu', email: `admin@${paluDomain}`, password: testPassword } });
  // outgoing mail is set up (a closed port: the outbox keeps the message, which is all these tests read)
  for (const t of [dumai, palu]) {
    await updateNotificationSettings(database.db, t.admin, {
      smtpHost: '127.0.0.1', smtpPort: 1, smtpSecure: false, smtpUser: null, mailFrom: `simpul@${t.input.emailDomain}`, appUrl: 'https://simpul.example.go.id', webhookUrl: null,
    });
  }
});
afterAll(async () => {
  await database.close();
});

const post = (path: string, body: unknown) => call(app, null, 'POST', `/api/v1${path}`, body);
const sessionTenant = async (session: Awaited<ReturnType<typeof signIn>>) =>
  ((await (await call(app, session, 'GET', '/api/v1/auth/session')).json()) as { tenant: { slug: string } }).tenant.slug;
const withoutRequestId = async (res: Response) => {
  const { requestId: _, ...rest } = (await res.json()) as Record<string, unknown>;
  return { status: res.status, ...rest };
};

/** The token in the newest reset e-mail of the outbox for this address. */
async function tokenMailedTo(email: string) {
  const [row] = await queryRows<{ body: string }>(database.db, sql`SELECT body FROM notification_deliveries WHERE target = ${email} ORDER BY created_at DESC LIMIT 1`);
  const match = row?.body.match(/https:\/\/simpul\.example\.go\.id\/t\/([^/\s]+)\/reset-password#(\S+)/);
  if (!match) throw new Error(`no reset e-mail to ${email}`);
  return { slug: match[1], token: match[2] };
}

describe('the tenant of a sign-in', () => {
  it('comes from /t/<slug> (the slug sent), or at /login from the e-mail domain, a subdomain included', async () => {
    expect(await sessionTenant(await signIn(app, dumai.input.admin.email, testPassword, dumai.slug))).toBe(dumai.slug);
    expect(await sessionTenant(await signIn(app, dumai.input.admin.email, testPassword))).toBe(dumai.slug);
    expect(await sessionTenant(await signIn(app, palu.input.admin.email, testPassword))).toBe(palu.slug);
    const { user } = await createTestUser(database.db, palu.admin, [{ role: 'planner', agencyId: null }], `staf@diskominfo.${paluDomain}`);
    expect(await sessionTenant(await signIn(app, user.email, testPassword))).toBe(palu.slug);
  });

  it('the address of another tenant, or a domain no tenant has, is refused like a wrong password', async () => {
    const wrong = await withoutRequestId(await post('/auth/login', { email: dumai.input.admin.email, password: 'Salah-Sandi-2046' }));
    expect(wrong).toMatchObject({ status: 401, code: 'LOGIN_FAILED' });
    // Dumai's administrator at Palu's address: Palu has no such account
    expect(await withoutRequestId(await post('/auth/login', { email: dumai.input.admin.email, password: testPassword, tenant: palu.slug }))).toEqual(wrong);
    expect(await withoutRequestId(await post('/auth/login', { email: `admin@tidakada${stamp}.go.id`, password: testPassword }))).toEqual(wrong);
  });

  it('the e-mail domain is a domain, and one tenant’s only', async () => {
    const admin = await signIn(app, palu.input.admin.email, testPassword, palu.slug);
    const taken = await expectProblem(await call(app, admin, 'PATCH', '/api/v1/tenant', { emailDomain: dumaiDomain }), 409, 'EMAIL_DOMAIN_TAKEN');
    expect(taken.fields).toEqual({ emailDomain: 'EMAIL_DOMAIN_TAKEN' });
    const bad = await expectProblem(await call(app, admin, 'PATCH', '/api/v1/tenant', { emailDomain: 'bukan domain' }), 422, 'VALIDATION_FAILED');
    expect(Object.keys(bad.fields ?? {})).toEqual(['emailDomain']);
    const kept = await call(app, admin, 'PATCH', '/api/v1/tenant', { emailDomain: paluDomain.toUpperCase() });
    expect(((await kept.json()) as { emailDomain: string }).emailDomain).toBe(paluDomain);
  });
});

describe('the sign-in page of /t/<slug> (public)', () => {
  it("names the tenant of the slug and nothing more; an unknown slug is 404; the logo is the letterhead's", async () => {
    const res = await call(app, null, 'GET', `/api/public/${dumai.slug}/profile`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slug: dumai.slug, name: dumai.input.name, hasLogo: false });
    await expectProblem(await call(app, null, 'GET', `/api/public/tidak-ada-${stamp}/profile`), 404, 'NOT_FOUND');
    await expectProblem(await call(app, null, 'GET', `/api/public/${dumai.slug}/logo`), 404, 'NOT_FOUND');

    const png = buildPng(4);
    await setLetterheadLogo(database.db, deps, dumai.admin, { content: png, fileName: 'logo.png', mimeType: 'image/png' });
    expect(((await (await call(app, null, 'GET', `/api/public/${dumai.slug}/profile`)).json()) as { hasLogo: boolean }).hasLogo).toBe(true);
    const logo = await call(app, null, 'GET', `/api/public/${dumai.slug}/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await logo.arrayBuffer()).equals(png)).toBe(true);
    // another tenant's address shows its own name, not Dumai's logo
    expect(await (await call(app, null, 'GET', `/api/public/${palu.slug}/profile`)).json()).toEqual({ slug: palu.slug, name: palu.input.name, hasLogo: false });
  });
});

describe('"lupa kata sandi"', () => {
  it('answers an unknown and a known address alike, and e-mails only the known one', async () => {
    const { user } = await createTestUser(database.db, dumai.admin, [{ role: 'planner', agencyId: null }], `dikenal@${dumaiDomain}`);
    const known = await post('/auth/password-reset/request', { email: user.email });
    const unknown = await post('/auth/password-reset/request', { email: `tidak.dikenal@${dumaiDomain}` });
    expect([known.status, await known.text()]).toEqual([204, '']);
    expect([unknown.status, await unknown.text()]).toEqual([204, '']);
    const mailed = await queryRows<{ target: string }>(database.db, sql`SELECT target FROM notification_deliveries WHERE tenant_id = ${dumai.tenantId} AND target LIKE ${'%dikenal@' + dumaiDomain}`);
    expect(mailed.map((m) => m.target)).toEqual([user.email]);
    // both requests are recorded (the limits count them), neither with the address in clear
    const rows = await queryRows<{ email_hash: string; has_token: boolean }>(database.db, sql`SELECT email_hash, token_hash IS NOT NULL AS has_token FROM password_resets WHERE tenant_id = ${dumai.tenantId}`);
    expect(rows.map((r) => r.has_token).sort()).toEqual([false, true]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.email_hash))).toBe(true);
    // the audit has both requests and neither the token nor the address
    const { token } = await tokenMailedTo(user.email);
    const audit = await queryRows<{ entry: string }>(database.db, sql`SELECT row_to_json(a)::text AS entry FROM audit_entries a WHERE tenant_id = ${dumai.tenantId} AND action = 'user.passwordResetRequest'`);
    expect(audit).toHaveLength(2);
    expect(audit.some((a) => a.entry.includes(token) || a.entry.includes('dikenal@'))).toBe(false);
  });

  it('the token works once: sets the password, ends every session, revokes API tokens; a second use is refused', async () => {
    const { user } = await createTestUser(database.db, dumai.admin, [{ role: 'admin', agencyId: null }], `sekali@${dumaiDomain}`);
    const before = await signIn(app, user.email);
    const apiToken = ((await (await call(app, before, 'POST', '/api/v1/api-tokens', { label: 'mesin' })).json()) as { token: string }).token;
    expect((await post('/auth/password-reset/request', { email: user.email, tenant: dumai.slug })).status).toBe(204);
    const { slug, token } = await tokenMailedTo(user.email);
    expect(slug).toBe(dumai.slug);

    const weak = await expectProblem(await post('/auth/password-reset/complete', { tenant: slug, token, newPassword: 'hanyahurufkecil' }), 422, 'PASSWORD_TOO_WEAK');
    expect(weak.fields).toEqual({ newPassword: 'PASSWORD_TOO_WEAK' });
    // a refused password did not use the token up
    expect((await post('/auth/password-reset/complete', { tenant: slug, token, newPassword })).status).toBe(204);
    await expectProblem(await post('/auth/password-reset/complete', { tenant: slug, token, newPassword: 'Lagi-Sandi-Baru-2048' }), 400, 'RESET_TOKEN_INVALID');

    await expectProblem(await call(app, before, 'GET', '/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
    await expectProblem(await app.request('/api/v1/auth/session', { headers: { authorization: `Bearer ${apiToken}` } }), 401, 'TOKEN_INVALID');
    await expectProblem(await post('/auth/login', { email: user.email, password: testPassword }), 401, 'LOGIN_FAILED');
    expect((await signIn(app, user.email, newPassword)).cookie).toMatch(/^simpul_session=/);
    const [done] = await queryRows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM audit_entries WHERE tenant_id = ${dumai.tenantId} AND action = 'user.passwordResetComplete' AND entity_id = ${user.id}`);
    expect(Number(done.n)).toBe(1);
  });

  it('refuses an expired token, and a token at another tenant’s address', async () => {
    const { user } = await createTestUser(database.db, dumai.admin, [{ role: 'planner', agencyId: null }], `kedaluwarsa@${dumaiDomain}`);
    await post('/auth/password-reset/request', { email: user.email });
    const { token } = await tokenMailedTo(user.email);
    await expectProblem(await post('/auth/password-reset/complete', { tenant: palu.slug, token, newPassword }), 400, 'RESET_TOKEN_INVALID');
    await database.db.execute(sql`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE tenant_id = ${dumai.tenantId} AND user_id = ${user.id}`);
    await expectProblem(await post('/auth/password-reset/complete', { tenant: dumai.slug, token, newPassword }), 400, 'RESET_TOKEN_INVALID');
    expect((await signIn(app, user.email, testPassword)).cookie).toMatch(/^simpul_session=/);
  });

  it('sends one address at most PASSWORD_RESET_MAX_PER_ADDRESS e-mails an hour, answering the same every time', async () => {
    const { user } = await createTestUser(database.db, palu.admin, [{ role: 'planner', agencyId: null }], `banyak@${paluDomain}`);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await post('/auth/password-reset/request', { email: user.email })).status);
    expect(answers).toEqual([204, 204, 204, 204, 204]);
    const mailed = await queryRows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM notification_deliveries WHERE tenant_id = ${palu.tenantId} AND target = ${user.email}`);
    expect(Number(mailed[0].n)).toBe(3);
  });

  it('refuses a client past PASSWORD_RESET_MAX_PER_IP requests an hour with 429, whatever the address', async () => {
    const strict = createTestApp(database.db, { PASSWORD_RESET_MAX_PER_IP: '2' }).app;
    const tenant = await createTestTenant(database.db, { emailDomain: `ip${stamp}.go.id` });
    const ask = (email: string) => call(strict, null, 'POST', '/api/v1/auth/password-reset/request', { email, tenant: tenant.slug });
    expect((await ask(tenant.input.admin.email)).status).toBe(204);
    expect((await ask(`siapa@ip${stamp}.go.id`)).status).toBe(204);
    await expectProblem(await ask(`lain@ip${stamp}.go.id`), 429, 'RATE_LIMITED');
    await expectProblem(await ask(tenant.input.admin.email), 429, 'RATE_LIMITED');
  });
});
