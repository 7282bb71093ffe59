import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, testPassword } from '../../src/server/testing/factories';
import { startBrowserApp, type BrowserApp } from './support';

describe('signing in through the browser', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a wrong password is refused with the server message; the right one opens the app', async () => {
    const tenant = await createTestTenant(app.database.db, { name: 'Pemerintah Kota Jambi' });
    const { page } = app;
    await page.goto(`${app.baseUrl}/applications`);
    await page.getByRole('heading', { name: 'Masuk', exact: true }).waitFor();
    // one tenant on this server: no tenant picker
    expect(await page.getByLabel('Pemerintah Daerah').count()).toBe(0);

    await page.getByLabel(/^Alamat surel/).fill(tenant.input.admin.email);
    await page.getByLabel(/^Kata sandi/).fill('Salah-Sekali-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Alamat surel atau kata sandi salah.');

    await page.getByLabel(/^Kata sandi/).fill(testPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    // back to the page asked for before signing in
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications');
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Jambi');
    expect(app.pageErrors).toEqual([]);
  });
});
