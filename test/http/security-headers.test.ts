import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';

let database: Database;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;
// a stand-in for the built web app, so the static assets and the index page are served
const webDist = mkdtempSync(join(tmpdir(), 'simpul-web-'));
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Simpul</title>');
writeFileSync(join(webDist, 'assets', 'app.js'), 'export {};');

beforeAll(async () => {
  database = await openTestDatabase();
  tenant = await createTestTenant(database.db);
});
afterAll(async () => {
  await database.close();
});

describe('security headers', () => {
  it('API answers are not stored by any cache (signed in, refused, unknown route, the OpenAPI document); static assets and public open data keep theirs', async () => {
    const { app } = createTestApp(database.db, { WEB_DIST: webDist });
    const session = await signIn(app, tenant.input.admin.email, undefined, tenant.slug);
    for (const res of [
      await call(app, session, 'GET', '/api/v1/agencies'),
      await call(app, null, 'GET', '/api/v1/agencies'),
      await call(app, session, 'GET', '/api/v1/auth/session'),
      await app.request('/api/v1/no-such-route'),
      await app.request('/api/openapi.json'),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect((await app.request('/assets/app.js')).headers.get('cache-control')).not.toBe('no-store');
    expect((await app.request(`/api/3/action/package_list?tenant=${tenant.slug}`)).headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('the web app and the API carry the Content-Security-Policy', async () => {
    const { app } = createTestApp(database.db, { WEB_DIST: webDist });
    for (const path of ['/', '/applications', '/api/v1/agencies']) {
      const csp = (await app.request(path)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('HSTS only when Simpul is reached over https: PUBLIC_URL https, or a proxy saying x-forwarded-proto https', async () => {
    const plain = createTestApp(database.db, { WEB_DIST: webDist, PUBLIC_URL: 'http://localhost:3000' }).app;
    expect((await plain.request('/')).headers.get('strict-transport-security')).toBeNull();
    const proxied = await plain.request('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const https = createTestApp(database.db, { WEB_DIST: webDist, PUBLIC_URL: 'https://simpul.dumaikota.go.id' }).app;
    for (const path of ['/', '/api/v1/agencies']) {
      expect((await https.request(path)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });
});
