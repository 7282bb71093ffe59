import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support';

describe('first-run setup in the browser', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an empty installation asks for the Pemda profile and the first administrator, then lands signed in', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { name: 'Penyiapan awal Simpul' }).waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/setup`);

    await page.getByLabel('Nama Pemerintah Daerah').fill('Pemerintah Kota Dumai');
    await page.getByLabel('Kode wilayah Kemendagri').fill('14.72');
    await page.getByLabel('Domain utama').fill('dumaikota.go.id');
    await page.getByLabel('Domain alamat surel pegawai').fill('dumaikota.go.id');
    await page.getByLabel(/Perwako Dumai 67\/2022/).check();
    // the regulation's own date is offered as the default
    await expect.poll(() => page.getByRole('textbox', { name: 'Berlaku sejak' }).inputValue()).toBe('01/07/2022');
    await page.getByLabel('Nama lengkap').fill('Admin Diskominfo');
    await page.getByRole('textbox', { name: 'Alamat surel', exact: true }).fill('admin@dumaikota.go.id');
    await page.getByLabel(/^Kata sandi/).fill('pendek');
    await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
    // the server's rule, in Indonesian, next to the field
    await page.getByText('Data yang dikirim tidak valid').waitFor();

    await page.getByLabel(/^Kata sandi/).fill('Rahasia-Dumai-2026');
    await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Admin Diskominfo' }).waitFor();
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Dumai');
    // the staff e-mail domain is kept: /login will find this tenant from it
    const tenant = (await page.evaluate(() => fetch('/api/v1/tenant').then((r) => r.json()))) as { emailDomain: string | null };
    expect(tenant.emailDomain).toBe('dumaikota.go.id');
    await page.screenshot({ path: 'test-results/setup-home.png' });
    expect(app.pageErrors).toEqual([]);
  });
});
