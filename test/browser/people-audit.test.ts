import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, createTestTenant } from '../../src/server/testing/factories';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('people, audit trail and language in the browser', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an administrator adds an agency operator, then verifies the audit chain, then reads it in English', async () => {
    const tenant = await createTestTenant(app.database.db);
    await createTestAgency(app.database.db, tenant.admin, { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah' });
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/people/new`);
    await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Rina Operator');
    await page.getByLabel('Alamat surel').fill('rina@dumaikota.go.id');
    await page.getByLabel(/^Kata sandi sementara/).fill('Sementara-Rina-2026');
    await page.getByRole('button', { name: 'Tambah peran' }).click();
    await page.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Operator perangkat daerah' }).click();
    // an agency-scoped role asks for its agency before it is sent
    await page.getByText('Peran ini harus untuk satu perangkat daerah.').waitFor();
    await page.getByRole('combobox', { name: 'Cakupan' }).click();
    await page.getByRole('option', { name: 'BAPPEDA — Badan Perencanaan Pembangunan Daerah' }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Rina Operator' }).waitFor();

    await page.getByRole('link', { name: 'Jejak audit' }).click();
    await page.getByTestId('audit-entries').getByText('Akun pengguna dibuat').first().waitFor();
    await page.getByTestId('audit-entries').getByRole('button', { name: 'Rina Operator' }).first().waitFor();
    await page.getByRole('button', { name: 'Verifikasi rantai audit' }).click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toMatch(/^Rantai audit utuh: \d+ entri diperiksa\.$/);

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(app.pageErrors).toEqual([]);
  });
});
