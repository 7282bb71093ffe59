import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, createTestApplication, createTestTenant } from '../../src/server/testing/factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

// Pages of every part of the app, as the administrator sees them, plus the public portal and the API page.
const pages = ['/', '/applications', '/applications/new', '/agencies', '/agencies/tree', '/datasets', '/subdomains', '/evaluations', '/internal-policies', '/periodic-reports', '/people', '/requests', '/compliance', '/audit'];

describe('the Content-Security-Policy lets the built app work', { timeout: 180_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('no CSP violation and no page error on the pages visited; the policy is on the page', async () => {
    const tenant = await createTestTenant(app.database.db);
    const agency = await createTestAgency(app.database.db, tenant.admin);
    const application = await createTestApplication(app.database.db, tenant.admin, agency.id);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    let visited = 0;
    for (const path of [...pages, `/applications/${application.id}`, `/data/${tenant.slug}`]) {
      const res = await page.goto(`${app.baseUrl}${path}`);
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading').first().waitFor();
      visited++;
    }
    // the audit page's button runs a request and shows its answer
    await page.goto(`${app.baseUrl}/audit`);
    await page.getByRole('button', { name: 'Verifikasi rantai audit' }).click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toMatch(/^Rantai audit utuh/);
    await page.goto(`${app.baseUrl}/api/docs`);
    await page.getByText('Simpul API').first().waitFor();
    expect(visited).toBe(pages.length + 2);
    expect(app.pageErrors).toEqual([]);
  });

  it('a violation is seen: an inline script the policy forbids is reported', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    const before = app.pageErrors.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.appendChild(script);
    });
    await expect.poll(() => app.pageErrors.length).toBeGreaterThan(before);
    expect(app.pageErrors.slice(before).join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    app.pageErrors.length = before;
  });
});
