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

  it('Dumai 18/2019 Ps 22(2): the ICT office head attests, the inspector accepts, the obligation shows "Dinyatakan"', async () => {
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
