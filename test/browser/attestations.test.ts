import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, signInAs, type BrowserApp } from './support';
import { createTestAgency, createTestTenant, createTestUser } from '../../src/server/testing/factories';

describe('attestation in the browser (issue 8 §3)', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Dumai 18/2019 Ps 22(2): the ICT office head attests, the inspector returns it, the head rewrites it with the minutes, the inspector accepts; the obligation shows "Dinyatakan"', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const ictOffice = await createTestAgency(db, tenant.admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
    const head = await createTestUser(db, tenant.admin, [{ role: 'agency_head', agencyId: ictOffice.id }]);
    const inspector = await createTestUser(db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
    const { page } = app;
    const obligationUrl = `${app.baseUrl}/compliance/obligations/dumai-18-2019/22-2`;
    const heading = page.getByRole('heading', { name: 'Perwako Dumai 18/2019 Pasal 22 ayat (2)' });

    // the head of the bound party: nothing shows the duty, so the head writes a statement
    await signInAs(app, head.user.email, { tenant: tenant.slug });
    await page.goto(obligationUrl);
    await heading.waitFor();
    expect(await page.locator('[data-status]').first().getAttribute('data-status')).toBe('not_measurable');
    await page.getByRole('button', { name: 'Buat pernyataan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Teks tidak menetapkan periode; ini tafsiran Simpul.', { exact: false }).waitFor();
    await dialog.getByRole('textbox', { name: 'Pernyataan', exact: true }).fill('Pembinaan dilaksanakan melalui rapat koordinasi triwulanan dengan seluruh OPD.');
    await dialog.getByRole('button', { name: 'Simpan draf' }).click();
    const card = page.getByTestId('attestation').first();
    await expect.poll(() => card.getAttribute('data-state')).toBe('draft');
    await card.getByRole('button', { name: 'Ajukan ke Inspektorat' }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('submitted');

    // the Inspectorate's queue
    await signInAs(app, inspector.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/compliance`);
    await page.getByRole('link', { name: 'Pernyataan menunggu verifikasi' }).click();
    await page.getByRole('heading', { name: 'Pernyataan menunggu verifikasi' }).waitFor();
    const queued = page.getByTestId('attestation').filter({ hasText: 'rapat koordinasi triwulanan' });
    // returned first: the Inspectorate asks for the minutes
    await queued.getByRole('textbox', { name: 'Yang perlu diperbaiki' }).fill('Lampirkan notulen rapat triwulan terakhir.');
    await queued.getByRole('button', { name: 'Kembalikan' }).click();
    await page.getByText('Tidak ada pernyataan yang menunggu verifikasi.').waitFor();

    // the head rewrites the statement and attaches the minutes, then answers and submits again
    await signInAs(app, head.user.email, { tenant: tenant.slug });
    await page.goto(obligationUrl);
    await heading.waitFor();
    await expect.poll(() => card.getAttribute('data-state')).toBe('returned');
    await card.getByRole('button', { name: 'Ubah', exact: true }).click();
    const edit = page.getByRole('dialog');
    await edit.getByRole('textbox', { name: 'Pernyataan', exact: true }).fill('Pembinaan dilaksanakan melalui rapat koordinasi triwulanan dengan seluruh OPD; notulen triwulan IV terlampir.');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), edit.getByLabel('Berkas bukti (opsional)').click()]);
    await chooser.setFiles({ name: 'notulen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% notulen rapat koordinasi\n') });
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await edit.waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: 'Unduh bukti: notulen.pdf' }).waitFor();
    expect(await card.textContent()).toContain('notulen triwulan IV terlampir');
    await card.getByRole('textbox', { name: 'Tanggapan atas catatan Inspektorat' }).fill('Notulen sudah dilampirkan.');
    await card.getByRole('button', { name: 'Ajukan kembali' }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('submitted');

    await signInAs(app, inspector.user.email, { tenant: tenant.slug });
    await page.goto(`${app.baseUrl}/compliance`);
    await page.getByRole('link', { name: 'Pernyataan menunggu verifikasi' }).click();
    await page.getByRole('heading', { name: 'Pernyataan menunggu verifikasi' }).waitFor();
    await queued.getByRole('button', { name: 'Terima' }).click();
    await page.getByText('Tidak ada pernyataan yang menunggu verifikasi.').waitFor();

    // the obligation now stands on the accepted statement
    await page.goto(obligationUrl);
    await heading.waitFor();
    const badge = page.locator('[data-status]').first();
    await expect.poll(() => badge.getAttribute('data-status')).toBe('attested');
    expect(await badge.textContent()).toBe('Dinyatakan (atestasi)');
    expect(await page.getByTestId('evidence').textContent()).toContain('Dinas Komunikasi dan Informatika');
    expect(await page.getByTestId('attestation').first().getAttribute('data-state')).toBe('accepted');
    await page.screenshot({ path: 'test-results/attestation-accepted.png' });
    expect(app.pageErrors).toEqual([]);
  });
});
