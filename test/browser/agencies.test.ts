import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '../../src/server/testing/factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('agencies in the browser', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an administrator adds an agency with a special role and finds it in the list', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/agencies`);
    await page.getByRole('link', { name: 'Tambah Perangkat Daerah' }).click();

    await page.getByLabel(/^Kode/).fill('DISKOMINFO');
    await page.getByLabel(/^Nama Perangkat Daerah/).fill('Dinas Komunikasi dan Informatika');
    await page.getByRole('combobox', { name: 'Peran Khusus' }).click({ force: true });
    await page.getByRole('option', { name: 'Dinas Kominfo (pengelola TIK)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Simpan' }).click();

    await page.getByRole('heading', { name: 'Dinas Komunikasi dan Informatika' }).waitFor();
    await page.getByRole('link', { name: 'Kembali' }).click();
    const table = page.getByTestId('data-table');
    await table.getByRole('cell', { name: 'DISKOMINFO' }).waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Dinas Kominfo (pengelola TIK)');
    expect(await page.getByTestId('table-total').textContent()).toBe('1 data');
    expect(app.pageErrors).toEqual([]);
  });
});
