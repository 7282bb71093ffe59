import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestTenant } from '../../src/server/testing/factories';
import { createRequestsWorld } from '../../src/server/testing/requests-factories';
import { holidays } from '../../src/server/modules/requests/tables';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

/** The message Mantine shows under an input (its aria-describedby error element). */
async function errorUnder(app: BrowserApp, label: string | RegExp): Promise<string> {
  const input = app.page.getByLabel(label);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return (await app.page.locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

describe('screens people can work in: errors, kept work, dates', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an empty required field says "Wajib diisi." next to the field, not "Terlalu pendek … (minimal 3)"', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    await app.page.goto(`${app.baseUrl}/agencies/new`);
    await app.page.getByLabel(/^Kode/).fill('DINSOS');
    await app.page.getByRole('button', { name: 'Simpan' }).click();
    expect(await errorUnder(app, /^Nama Perangkat Daerah/)).toBe('Wajib diisi.');
    expect(await app.page.locator('body').textContent()).not.toMatch(/\{\w+\}|minimal 1/);
  });

  it('a server refusal names the missing field by the label the form shows, in the banner and next to the field', async () => {
    const world = await createRequestsWorld(app.database.db);
    const { page } = app;
    await signInAs(app, world.people.requester.user.email, { tenant: world.slug });
    await page.goto(`${app.baseUrl}/requests/new`);
    await page.getByRole('combobox', { name: 'Jenis permohonan' }).click();
    await page.getByRole('option', { name: 'Permohonan Pemanfaatan Data' }).click();
    await page.getByRole('combobox', { name: 'Perangkat Daerah Wali Data' }).click();
    await page.getByRole('option', { name: /Dinas Kependudukan dan Pencatatan Sipil/ }).click();
    await page.getByLabel('Nama penanggung jawab').fill('dr. Siti Rahmawati');
    await page.getByLabel('Jabatan penanggung jawab').fill('Kepala Bidang P2P');
    await page.getByLabel('Unit kerja').fill('Bidang P2P');
    // Maksud left empty
    await page.getByLabel('Tujuan').fill('Menyusun jadwal imunisasi');
    await page.getByLabel('Kegunaan').fill('Perencanaan layanan');
    await page.getByLabel('Jenis data').fill('Jumlah balita per kelurahan');
    await page.getByLabel('Bentuk data').fill('Layanan API');
    await page.getByLabel(/melindungi kerahasiaan data/).check();
    await page.getByTestId('request-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('form-error').first().textContent()).toBe('Isian wajib belum diisi: Maksud.');
    expect(await errorUnder(app, 'Maksud')).toBe('Wajib diisi.');
    // the draft the failed submission made is the page's own now, not a stray one
    expect(page.url()).toMatch(/\/requests\/[0-9a-f-]{36}\/edit$/);
    expect(app.pageErrors).toEqual([]);
  });

  it('leaving a half-filled form asks first; staying keeps the text; back does not lose it either', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/agencies`);
    await page.goto(`${app.baseUrl}/agencies/new`);
    await page.getByLabel(/^Nama Perangkat Daerah/).fill('Dinas Perhubungan');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Beranda' }).first().click();
    await expect.poll(() => asked).toEqual(['Isian yang belum disimpan akan hilang. Tinggalkan halaman ini?']);
    expect(new URL(page.url()).pathname).toBe('/agencies/new');
    expect(await page.getByLabel(/^Nama Perangkat Daerah/).inputValue()).toBe('Dinas Perhubungan');

    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    // the browser's back button (page.goBack would wait for a navigation that is held)
    await page.evaluate(() => window.history.back());
    await expect.poll(() => asked.length).toBe(2);
    expect(new URL(page.url()).pathname).toBe('/agencies/new');
    expect(await page.getByLabel(/^Nama Perangkat Daerah/).inputValue()).toBe('Dinas Perhubungan');

    // a saved form leaves without asking
    await page.getByLabel(/^Kode/).fill('DISHUB');
    page.once('dialog', (dialog) => {
      asked.push('asked after save');
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Dinas Perhubungan' }).waitFor();
    expect(asked).toHaveLength(2);
  });

  it('the date picker speaks Indonesian, shows dd/mm/yyyy and saves an ISO date', async () => {
    const tenant = await createTestTenant(app.database.db);
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/settings/holidays`);
    await page.getByLabel('Tahun', { exact: true }).fill('2041');
    const date = page.getByLabel('Tanggal', { exact: true });
    expect(await date.getAttribute('type')).not.toBe('date');
    await date.click();
    await date.fill('06/05/2041');
    // the calendar moved to the typed month, named in Indonesian
    await page.getByText('Mei 2041').waitFor();
    await page.getByLabel('Keterangan').click();
    expect(await date.inputValue()).toBe('06/05/2041');
    await page.getByLabel('Keterangan').fill('Hari Jadi Kota (uji)');
    await page.getByRole('button', { name: 'Tambah' }).click();
    await page.getByTestId('holiday-table').getByText('Hari Jadi Kota (uji)').waitFor();
    const rows = await app.database.db.select({ date: holidays.date }).from(holidays).where(and(eq(holidays.tenantId, tenant.tenantId), eq(holidays.name, 'Hari Jadi Kota (uji)')));
    expect(rows.map((r) => String(r.date).slice(0, 10))).toEqual(['2041-05-06']);
    expect(await page.getByTestId('holiday-table').textContent()).not.toMatch(/2041-05-06/);
    expect(app.pageErrors).toEqual([]);
  });
});
