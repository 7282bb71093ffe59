import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestTenant } from '../../src/server/testing/factories';
import { agencies } from '../../src/server/modules/agencies/tables';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('a form sent twice makes one record', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a double click on Simpan while the save is slow registers one agency, sent with an idempotency key', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    const keys: (string | undefined)[] = [];
    // a slow server: the second click lands while the first request is still in flight
    await page.route('**/api/v1/agencies', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      await new Promise((r) => setTimeout(r, 700));
      return route.continue();
    });
    await page.goto(`${app.baseUrl}/agencies/new`);
    await page.getByLabel(/^Kode/).fill('DINSOS');
    await page.getByLabel(/^Nama Perangkat Daerah/).fill('Dinas Sosial');
    const save = page.getByRole('button', { name: 'Simpan' });
    await save.dblclick();
    // the button says it is busy while the request runs
    await expect.poll(async () => save.getAttribute('data-loading')).toBe('true');
    await page.getByRole('heading', { name: 'Dinas Sosial' }).waitFor();

    const rows = await app.database.db.select({ id: agencies.id }).from(agencies).where(and(eq(agencies.tenantId, tenant.tenantId), eq(agencies.code, 'DINSOS')));
    expect(rows).toHaveLength(1);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(app.pageErrors).toEqual([]);
  });
});
