import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';
import { updateNotificationSettings } from '../../src/server/modules/notifications/settings-service';
import { startMailServer, type MailServer } from '../support/mail-server';
import { findAccessibilityViolations } from '../support/accessibility';
import { setLetterheadLogo } from '../../src/server/platform/documents/letterhead-service';
import { buildPng } from '../support/certificates';
import { startBrowserApp, type BrowserApp } from './support';

// the one answer to every refused sign-in (src/i18n/id/errors.json LOGIN_FAILED)
const refused = 'Tidak dapat masuk: alamat surel atau kata sandi salah, atau akun sedang dikunci sementara setelah terlalu banyak percobaan. Periksa lagi, gunakan "Lupa kata sandi", atau hubungi administrator.';

describe('signing in through the browser', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  let smtp: MailServer;
  beforeAll(async () => {
    app = await startBrowserApp();
    smtp = await startMailServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await app?.close();
  });

  it('one tenant: /login works without naming it; a wrong password is refused with the neutral message; the right one opens the app', async () => {
    const tenant = await createTestTenant(app.database.db, { name: 'Pemerintah Kota Jambi' });
    const { page } = app;
    await page.goto(`${app.baseUrl}/applications`);
    await page.getByRole('heading', { name: 'Masuk', exact: true }).waitFor();
    // no list of tenants, on this page or anywhere before sign-in
    expect(await page.getByLabel('Pemerintah Daerah').count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^Alamat surel/).fill(tenant.input.admin.email);
    await page.getByLabel(/^Kata sandi/).fill('Salah-Sekali-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(refused);

    await page.getByLabel(/^Kata sandi/).fill(testPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    // back to the page asked for before signing in
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications');
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Jambi');
    expect(app.pageErrors).toEqual([]);
  });

  it('several tenants: a /t/<slug> link signs in to that tenant and opens the page; /login finds the tenant from the e-mail domain', async () => {
    const stamp = Date.now().toString(36);
    const palu = await createTestTenant(app.database.db, { name: 'Pemerintah Kota Palu', emailDomain: `palu${stamp}.go.id`, admin: { name: 'Admin Palu', email: `admin@palu${stamp}.go.id`, password: testPassword } });
    const { page, context } = app;
    await context.clearCookies();
    await page.goto(`${app.baseUrl}/t/${palu.slug}/applications`);
    await page.getByRole('heading', { name: 'Masuk', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/t/${palu.slug}/login`);
    await page.getByLabel(/^Alamat surel/).fill(palu.input.admin.email);
    await page.getByLabel(/^Kata sandi/).fill(testPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications');
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Palu');

    await context.clearCookies();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel(/^Alamat surel/).fill(palu.input.admin.email);
    await page.getByLabel(/^Kata sandi/).fill(testPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Palu');
    expect(app.pageErrors).toEqual([]);
  });

  it("the tenant's sign-in page /t/<slug>/login names the tenant and shows its logo; an unknown address says so, with no form", async () => {
    const tenant = await createTestTenant(app.database.db, { name: 'Pemerintah Kabupaten Siak Uji' });
    const { page, context } = app;
    await context.clearCookies();
    await page.goto(`${app.baseUrl}/t/${tenant.slug}/login`);
    await page.getByRole('heading', { name: 'Masuk', exact: true }).waitFor();
    expect(await page.getByTestId('sign-in-tenant').textContent()).toBe('Pemerintah Kabupaten Siak Uji');
    // no logo set: no picture
    expect(await page.getByTestId('sign-in-tenant').getByRole('img').count()).toBe(0);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    expect(await page.getByTestId('sign-in-tenant').textContent()).toBe('Pemerintah Kabupaten Siak Uji');

    await setLetterheadLogo(app.database.db, app.deps, tenant.admin, { content: buildPng(12), fileName: 'logo.png', mimeType: 'image/png' });
    await page.goto(`${app.baseUrl}/t/${tenant.slug}/login`);
    const logo = page.getByRole('img', { name: 'Logo Pemerintah Kabupaten Siak Uji' });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(12);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${app.baseUrl}/t/tidak-ada-${Date.now().toString(36)}/login`);
    await page.getByTestId('unknown-tenant').waitFor();
    await page.getByRole('heading', { name: 'Alamat ini tidak dikenal' }).waitFor();
    expect(await page.getByLabel(/^Alamat surel/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Masuk' }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ke halaman masuk umum' }).click();
    await page.getByLabel(/^Alamat surel/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(app.pageErrors).toEqual([]);
  });

  it('"lupa kata sandi": the neutral answer, the e-mail in Indonesian, its link sets a new password and the old one stops working', async () => {
    const tenant = await createTestTenant(app.database.db, { name: 'Pemerintah Kota Dumai' });
    await updateNotificationSettings(app.database.db, tenant.admin, {
      smtpHost: '127.0.0.1', smtpPort: smtp.port, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@dumaikota.go.id', appUrl: app.baseUrl, webhookUrl: null,
    });
    const { user } = await createTestUser(app.database.db, tenant.admin, [{ role: 'planner', agencyId: null }]);
    const { page, context } = app;
    await context.clearCookies();
    await page.goto(`${app.baseUrl}/t/${tenant.slug}/login`);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Alamat surel/).fill(user.email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await expect.poll(() => page.getByTestId('forgot-sent').textContent()).toContain('Bila alamat itu terdaftar di Simpul');

    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(user.email)).length, { timeout: 10_000 }).toBe(1);
    const mail = smtp.mails.find((m) => m.to.includes(user.email))!;
    expect(mail.data).toContain('Subject: Atur ulang kata sandi Simpul');
    const link = mail.data.match(/http:\/\/127\.0\.0\.1:\d+\/t\/[^/\s]+\/reset-password#[A-Za-z0-9_-]+/)?.[0];
    expect(link).toContain(`/t/${tenant.slug}/reset-password#`);

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Buat kata sandi baru' }).waitFor();
    // the token leaves the address bar once read
    expect(new URL(page.url()).hash).toBe('');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Kata sandi baru/).fill('Sandi-Baru-Lewat-Surel-2027');
    await page.getByLabel(/^Ulangi kata sandi baru/).fill('Sandi-Baru-Lewat-Surel-2027');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByRole('status').filter({ hasText: 'Kata sandi baru sudah disimpan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/t/${tenant.slug}/login`);

    await page.getByLabel(/^Alamat surel/).fill(user.email);
    await page.getByLabel(/^Kata sandi/).fill(testPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(refused);
    await page.getByLabel(/^Kata sandi/).fill('Sandi-Baru-Lewat-Surel-2027');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('tenant-name').textContent()).toBe('Pemerintah Kota Dumai');

    // the link works once: opened again it is refused
    await context.clearCookies();
    await page.goto(link!);
    await page.getByLabel(/^Kata sandi baru/).fill('Sandi-Ketiga-Kalinya-2028');
    await page.getByLabel(/^Ulangi kata sandi baru/).fill('Sandi-Ketiga-Kalinya-2028');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Tautan atur ulang kata sandi tidak sah');
    expect(app.pageErrors).toEqual([]);
  });
});
