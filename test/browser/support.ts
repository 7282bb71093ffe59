import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import type { Database } from '../../src/server/platform/db/database';
import { testPassword } from '../../src/server/testing/factories';
import { openTestDatabase } from '../support/database';
import { createTestApp } from '../support/http';

/**
 * A browser journey's world: the real server on 127.0.0.1 (random port) over a fresh test
 * database, serving the built web app (dist/web, built by scripts/test.mjs or `npx vite build`),
 * and Debian's Chromium driven by playwright-core.
 */
export interface BrowserApp {
  baseUrl: string;
  database: Database;
  /** the server's dependencies (config, file store), for fixtures that need more than the database */
  deps: ReturnType<typeof createTestApp>['deps'];
  context: BrowserContext;
  page: Page;
  /** collected page errors and CSP violations; a journey can assert there were none */
  pageErrors: string[];
  close: () => Promise<void>;
}

export const webDist = resolve('dist/web');

export async function startBrowserApp(): Promise<BrowserApp> {
  const database = await openTestDatabase();
  const { app, deps } = createTestApp(database.db, { WEB_DIST: webDist });
  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = mkdtempSync(join(tmpdir(), 'simpul-chromium-'));
  const context = await launchChromium(profile);
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // a Content-Security-Policy violation counts as a page error: every journey that asserts
  // none also proves the policy lets the app work
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(message.text())) pageErrors.push(message.text());
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    deps,
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API and hands the session cookie to the browser (no login screen). */
export async function signInAs(app: BrowserApp, email: string, options: { password?: string; tenant?: string } = {}) {
  const res = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: options.password ?? testPassword, tenant: options.tenant }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const token = (res.headers.get('set-cookie') ?? '').match(/simpul_session=([^;]+)/)?.[1];
  if (!token) throw new Error('sign-in answered without a session cookie');
  await app.context.addCookies([{ name: 'simpul_session', value: token, url: app.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
}
