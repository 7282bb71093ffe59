import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { createTestIctAsset } from '../../src/server/testing/ict-asset-factories';
import { ictAssets } from '../../src/server/modules/ict-assets/tables';
import { signInAs, startBrowserApp, type BrowserApp } from './support';
import { findAccessibilityViolations } from '../support/accessibility';

describe('the ICT asset registry in the browser', { timeout: 120_000 }, () => {
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

  it('on a 390 px phone: registers an asset, finds it in the list, and the replacement forecast shows it', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const agency = await createTestAgency(db, tenant.admin, { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil' });
    // an old laptop already in the registry, so the forecast has a "due now" entry
    await createTestIctAsset(db, tenant.admin, agency.id, { brand: 'Acer', model: 'TravelMate Lama', acquiredOn: '2017-02-01' });
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto(`${app.baseUrl}/ict-assets`);
    await page.getByRole('link', { name: 'Daftarkan aset TIK' }).click();
    await choose('Perangkat Daerah', 'DISDUKCAPIL — Dinas Kependudukan dan Pencatatan Sipil');
    await choose('Jenis Perangkat', 'Server');
    await page.getByLabel('Merek').fill('Dell');
    await page.getByLabel('Tipe/Model').fill('PowerEdge R750 Uji');
    await page.getByLabel('Nomor Seri').fill('DL-7781234');
    await page.getByLabel('Kode Barang').fill('1.3.2.10.01.02.004');
    const date = page.getByLabel('Tanggal Perolehan');
    await date.click();
    await date.fill('15/01/2024');
    await page.getByLabel('Nomor Seri').click();
    await page.getByLabel('Nilai Perolehan (Rp)').fill('185000000');
    await page.getByLabel('Lokasi (gedung/ruang)').fill('Ruang Server Lt. 2');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan' }).click();

    await page.getByRole('heading', { name: /Dell PowerEdge R750 Uji/ }).waitFor();
    await page.getByText('Rp 185.000.000', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const [saved] = await db.select().from(ictAssets).where(and(eq(ictAssets.tenantId, tenant.tenantId), eq(ictAssets.model, 'PowerEdge R750 Uji')));
    expect(saved).toMatchObject({ category: 'server', acquiredOn: '2024-01-15', acquisitionValue: 185_000_000, serialNumber: 'DL-7781234', condition: 'good' });

    await page.getByRole('link', { name: 'Kembali' }).click();
    await page.getByTestId('data-table').getByRole('link', { name: 'Dell PowerEdge R750 Uji' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/ict-assets-phone.png', fullPage: true });

    await page.getByRole('tab', { name: 'Proyeksi Penggantian' }).click();
    const forecast = page.getByRole('table').filter({ hasText: 'Sudah jatuh tempo' });
    await forecast.waitFor();
    expect(await forecast.textContent()).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Masa Manfaat' }).click();
    await page.getByLabel('Server').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
