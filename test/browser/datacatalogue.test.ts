import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '../../src/server/testing/factories';
import { createCatalogueCast } from '../../src/server/testing/datacatalogue-factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('the data catalogue in the browser', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function choose(label: string, option: string) {
    await app.page.getByRole('combobox', { name: label }).click();
    await app.page.getByRole('option', { name: option, exact: true }).click();
  }

  async function takeStep(button: string) {
    const { page } = app;
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  it('Perpres 39/2019 Ps 21–22: a producer registers a public dataset, the steward publishes it, CKAN and the public portal show it', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const cast = await createCatalogueCast(db, tenant.admin);
    const { page } = app;

    // the producer registers and hands it to the steward
    await signInAs(app, cast.producer.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/datasets`);
    await page.getByRole('link', { name: 'Daftarkan Data' }).click();
    await page.getByLabel('Judul Data').fill('Jumlah Posyandu Aktif');
    await choose('Produsen Data', `${cast.producerAgency.code} — Dinas Kesehatan`);
    await choose('Kelompok Basis Data', 'Basis data kesehatan');
    await choose('Frekuensi Pemutakhiran', 'Tahunan');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: /Jumlah Posyandu Aktif/ }).waitFor();
    expect(await page.getByTestId('dataset-status').textContent()).toBe('Draf');
    await takeStep('Serahkan ke Walidata');
    await expect.poll(() => page.getByTestId('dataset-status').textContent()).toBe('Diperiksa Walidata');

    // the steward finds it in the review queue and publishes it
    await app.context.clearCookies();
    await signInAs(app, cast.steward.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/datasets/review`);
    await page.getByTestId('data-table').getByRole('link', { name: 'Jumlah Posyandu Aktif' }).click();
    await page.getByRole('heading', { name: /Jumlah Posyandu Aktif/ }).waitFor();
    await takeStep('Terbitkan');
    await expect.poll(() => page.getByTestId('dataset-status').textContent()).toBe('Terbit');

    // a CKAN client on the plain path (this server holds one tenant)
    const ckan = (await (await fetch(`${app.baseUrl}/api/3/action/package_search?q=Posyandu`)).json()) as { success: boolean; result: { count: number; results: { title: string; organization: { title: string } }[] } };
    expect(ckan.success).toBe(true);
    expect(ckan.result.count).toBe(1);
    expect(ckan.result.results[0]).toMatchObject({ title: 'Jumlah Posyandu Aktif', organization: { title: 'Dinas Komunikasi dan Informatika' } });

    // the public portal, without signing in
    await app.context.clearCookies();
    await page.goto(`${app.baseUrl}/data/${tenant.slug}`);
    await page.getByRole('heading', { name: 'Portal Data Terbuka' }).waitFor();
    await page.getByRole('link', { name: 'Jumlah Posyandu Aktif' }).click();
    await page.getByRole('heading', { name: 'Jumlah Posyandu Aktif' }).waitFor();
    expect(await page.getByText('Dinas Komunikasi dan Informatika').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/datacatalogue-portal.png' });
    expect(app.pageErrors).toEqual([]);
  });
});
