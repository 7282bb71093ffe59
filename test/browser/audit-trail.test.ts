import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { updateAgency } from '../../src/server/modules/agencies/service';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('the audit trail in the browser (Palu 14/2022 Ps 10(3))', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the inspector reads actions in words with their records, narrows by record type, record and date, and exports what is shown', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const bappeda = await createTestAgency(db, tenant.admin, { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah' });
    await createTestAgency(db, tenant.admin, { code: 'DINKES', name: 'Dinas Kesehatan' });
    await updateAgency(db, tenant.admin, bappeda.id, { name: 'Badan Perencanaan Daerah', kind: 'badan' });
    const inspector = await createTestUser(db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
    await signInAs(app, inspector.user.email, { tenant: tenant.slug });
    const { page } = app;
    await page.goto(`${app.baseUrl}/audit`);
    const entries = page.getByTestId('audit-entries');
    await entries.getByText('Perangkat daerah diubah').waitFor();
    expect(await entries.getByText('agency.update', { exact: true }).count()).toBe(0);
    // the diff names fields as the form does and codes by their labels, not raw keys
    const diff = entries.getByTestId('audit-entry').filter({ hasText: 'Perangkat daerah diubah' }).locator('table');
    await diff.getByRole('cell', { name: 'Nama Perangkat Daerah', exact: true }).waitFor();
    await diff.getByRole('cell', { name: 'Jenis', exact: true }).waitFor();
    await diff.getByRole('cell', { name: 'Badan', exact: true }).waitFor();
    expect(await diff.getByRole('cell', { name: 'badan', exact: true }).count()).toBe(0);
    expect(await diff.getByRole('cell', { name: 'updatedAt', exact: true }).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Jenis rekaman' }).click();
    await page.getByRole('option', { name: 'Perangkat daerah', exact: true }).click();
    await expect.poll(() => entries.getByText('Akun pengguna dibuat').count()).toBe(0);
    expect(await entries.getByText('Perangkat daerah didaftarkan').count()).toBe(2);

    await entries.getByRole('button', { name: 'BAPPEDA — Badan Perencanaan Daerah' }).first().click();
    await page.getByTestId('audit-record-filter').waitFor();
    await expect.poll(() => entries.getByText('Perangkat daerah didaftarkan').count()).toBe(1);
    expect(await entries.getByText('Perangkat daerah diubah').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.getWorksheet('Jejak audit')!;
    expect(ws.getColumn(4).values.slice(2)).toEqual(['Perangkat daerah diubah', 'Perangkat daerah didaftarkan']);
    expect(ws.getCell('B2').value).toBeInstanceOf(Date);

    // a day after today: nothing happened yet
    const tomorrow = new Date(Date.now() + 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    // the Indonesian date field (DateField): typed dd/mm/yyyy, taken when the field is left
    await page.getByRole('textbox', { name: 'Dari tanggal' }).fill(`${pad(tomorrow.getDate())}/${pad(tomorrow.getMonth() + 1)}/${tomorrow.getFullYear()}`);
    await page.getByRole('textbox', { name: 'Dari tanggal' }).press('Tab');
    await expect.poll(() => entries.getByText('Perangkat daerah diubah').count()).toBe(0);
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await entries.getByText('Akun pengguna dibuat').first().waitFor();

    // the inspector may verify the chain; the button is there
    await page.getByRole('button', { name: 'Verifikasi rantai audit' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
