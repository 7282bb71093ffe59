import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, printServerLogOnFailure, simpul, uniqueMark } from './support/api';
import { openBrowser, savedFile, signInBrowser, type Browser } from './support/browser';
import { expectSignedPdf, xlsxType } from './support/file-checks';
import { findAgency } from './support/records';

/**
 * Journeys of the tenant-wide offices against the running process, in Indonesian: the ICT
 * office's administrator (through the login form), the planner, the inspector and the viewer.
 * Each does what the office does, and what it may not do is neither offered nor accepted.
 */
printServerLogOnFailure();

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => browser?.close());

const url = (path: string) => `${simpul().baseUrl}${path}`;

describe(`journeys of the tenant-wide offices (${simpul().kind})`, () => {
  it('the administrator signs in through the form (a wrong password is refused), registers an application and verifies the audit chain', async () => {
    const { page, context } = browser;
    await context.clearCookies();
    // a link as Simpul's e-mails carry it: the tenant's /t/<slug> address, no tenant to choose
    await page.goto(url(`/t/${simpul().demo.slug}/applications`));
    await page.getByRole('heading', { name: 'Masuk', exact: true }).waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    await page.getByLabel(/^Alamat surel/).fill(demoEmail('admin.spbe'));
    await page.getByLabel(/^Kata sandi/).fill('Bukan-Kata-Sandi-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Tidak dapat masuk: alamat surel atau kata sandi salah/);
    await page.getByLabel(/^Kata sandi/).fill(simpul().demo.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications');
    expect(await page.getByTestId('tenant-name').textContent()).toBe('[DEMO] Pemerintah Kota Dumai');

    const name = `Sistem Antrean Puskesmas ${uniqueMark()}`;
    await page.getByRole('link', { name: 'Daftarkan aplikasi' }).click();
    await page.getByLabel('Nama Aplikasi').fill(name);
    await page.getByRole('combobox', { name: 'Pemilik Layanan' }).click();
    await page.getByRole('option', { name: 'DINKES — Dinas Kesehatan' }).click();
    await page.getByLabel('Fungsi Bisnis').fill(`Antrean pasien puskesmas ${uniqueMark()}`);
    await page.getByRole('combobox', { name: 'Tahap Siklus Pengembangan' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name }).waitFor();
    expect(await page.getByText('Dinas Kesehatan').first().textContent()).toContain('Dinas Kesehatan');

    await page.getByRole('link', { name: 'Jejak audit' }).click();
    await page.getByTestId('audit-entries').getByText('Aplikasi didaftarkan').first().waitFor();
    await page.getByTestId('audit-entries').getByRole('button', { name }).first().waitFor();
    await page.getByRole('button', { name: 'Verifikasi rantai audit' }).click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toMatch(/^Rantai audit utuh: \d+ entri diperiksa\.$/);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the planner reads the compliance calendar and downloads the compliance workbook; registering an application is neither offered nor accepted', async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('perencana.bappeda'));
    await page.goto(url('/compliance'));
    await page.getByRole('heading', { name: 'Kepatuhan Regulasi' }).waitFor();
    await page.getByRole('tab', { name: 'Kalender jatuh tempo' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor Excel' }).click()]);
    const file = await savedFile(download, xlsxType);
    expect(file.fileName).toMatch(/^kepatuhan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Perangkat Daerah', 'Temuan', 'Pernyataan']);

    await page.goto(url('/applications'));
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    await page.getByTestId('data-table').waitFor();
    expect(await page.getByRole('link', { name: 'Daftarkan aplikasi' }).count()).toBe(0);
    const health = await findAgency(session, 'DINKES');
    const refused = await session.request('POST', '/applications', { name: 'Aplikasi Perencana', ownerAgencyId: health.id, kind: 'specific', businessFunction: 'Perencanaan', stage: 'planning', platforms: ['web'] });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { title: string }).title).toMatch(/[a-z]/);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the inspector downloads the signed compliance report and verifies the audit chain; changing an agency is neither offered nor accepted', async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('auditor.inspektorat'));
    await page.goto(url('/compliance'));
    await page.getByRole('heading', { name: 'Kepatuhan Regulasi' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor PDF' }).click()]);
    await expectSignedPdf(await savedFile(download, 'application/pdf'), { text: ['[DEMO] Pemerintah Kota Dumai'] });

    await page.goto(url('/audit'));
    await page.getByRole('button', { name: 'Verifikasi rantai audit' }).click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toMatch(/^Rantai audit utuh: \d+ entri diperiksa\.$/);

    const health = await findAgency(session, 'DINKES');
    await page.goto(url(`/agencies/${health.id}`));
    await page.getByRole('heading', { name: /Dinas Kesehatan/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    const refused = await session.request('PATCH', `/agencies/${health.id}`, { name: 'Dinas Kesehatan (diubah)' });
    expect(refused.status).toBe(403);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the viewer reads the application registry as the API lists it; the people directory and every change are refused', async () => {
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('pemantau.spbe'));
    const { total, items } = await session.get<{ total: number; items: { id: string; name: string }[] }>('/applications?pageSize=1');
    await page.goto(url('/applications'));
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    await expect.poll(() => page.getByTestId('table-total').textContent()).toBe(`${total} data`);
    expect(await page.getByRole('link', { name: 'Daftarkan aplikasi' }).count()).toBe(0);
    await page.goto(url(`/applications/${items[0].id}`));
    await page.getByRole('heading', { name: new RegExp(items[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
    expect(await page.getByRole('navigation').getByText('Pengguna', { exact: true }).count()).toBe(0);
    expect((await session.request('GET', '/users')).status).toBe(403);
    expect((await session.request('PATCH', `/applications/${items[0].id}`, { description: 'diubah pemantau' })).status).toBe(403);
    expect(browser.pageErrors).toEqual([]);
  });
});
