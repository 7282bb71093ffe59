import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestTenant } from '../../src/server/testing/factories';
import { agencies } from '../../src/server/modules/agencies/tables';
import { datasetResources } from '../../src/server/modules/datasets/tables';
import { createCatalogueCast, createTestDataset } from '../../src/server/testing/datacatalogue-factories';
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

  it('a double click on an action button that creates (a dataset link) adds one resource, sent with an idempotency key', async () => {
    const tenant = await createTestTenant(app.database.db);
    const cast = await createCatalogueCast(app.database.db, tenant.admin);
    const dataset = await createTestDataset(app.database.db, cast.producer.ctx, cast.producerAgency.id);
    await signInAs(app, cast.producer.user.email, { tenant: tenant.slug });
    const { page } = app;
    const keys: (string | undefined)[] = [];
    await page.route(`**/api/v1/datasets/${dataset.id}/resources`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      await new Promise((r) => setTimeout(r, 700));
      return route.continue();
    });
    await page.goto(`${app.baseUrl}/datasets/${dataset.id}`);
    await page.getByRole('tab', { name: 'Sumber Data (berkas/tautan)' }).click();
    await page.getByLabel('Nama', { exact: true }).fill('Portal BPS');
    await page.getByLabel('Alamat URL').fill('https://dumaikota.bps.go.id/');
    const add = page.getByRole('button', { name: 'Tambah Tautan' });
    await add.dblclick();
    await expect.poll(async () => add.getAttribute('data-loading')).toBe('true');
    await page.getByRole('link', { name: 'Portal BPS' }).waitFor();
    const rows = await app.database.db.select({ id: datasetResources.id }).from(datasetResources).where(and(eq(datasetResources.tenantId, tenant.tenantId), eq(datasetResources.datasetId, dataset.id)));
    expect(rows).toHaveLength(1);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(app.pageErrors).toEqual([]);
  });
});
