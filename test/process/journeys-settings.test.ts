import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, printServerLogOnFailure, signIn, simpul, type ApiSession } from './support/api';
import { openBrowser, signInBrowser, type Browser } from './support/browser';
import { download, expectSignedPdf } from './support/file-checks';
import { buildTestP12 } from '../support/certificates';
import { startMailServer, type MailServer } from '../support/mail-server';

/**
 * The administrator's settings against the running process, in Indonesian: the Pemda profile,
 * a signing certificate from a CA (then a downloaded report is signed by it), a test e-mail
 * through the outbox to a local SMTP stand-in, a holiday; and the same screens at 390 px.
 * What the journey changes in the shared demo it puts back, since other files run beside it.
 */
printServerLogOnFailure();

let browser: Browser;
let mail: MailServer;
let admin: ApiSession;
let demoMail: Record<string, unknown>;
beforeAll(async () => {
  browser = await openBrowser();
  mail = await startMailServer();
  admin = await signIn(demoEmail('admin.spbe'));
  demoMail = await admin.get('/notification-settings');
});
afterAll(async () => {
  // the demo's own mail settings and region code, as other files expect them
  if (admin) {
    const { smtpHost, smtpPort, smtpSecure, smtpUser, mailFrom, appUrl, webhookUrl } = demoMail as Record<string, never>;
    await admin.request('PATCH', '/notification-settings', { smtpHost, smtpPort, smtpSecure, smtpUser, mailFrom, appUrl, webhookUrl });
    await admin.request('PATCH', '/tenant', { regionCode: '14.72' });
  }
  await mail?.close();
  await browser?.close();
});

const url = (path: string) => `${simpul().baseUrl}${path}`;

function p12File(commonName: string, password: string) {
  const cert = buildTestP12({ commonName, password });
  const file = join(mkdtempSync(join(tmpdir(), 'simpul-p12-')), 'sertifikat.p12');
  writeFileSync(file, cert.p12);
  return { file, cert };
}

describe(`settings of the administrator (${simpul().kind})`, () => {
  it('changes the profile, installs a certificate (a wrong password is refused), sends a test e-mail and adds a holiday', async () => {
    const { page } = browser;
    await signInBrowser(browser, demoEmail('admin.spbe'));
    await page.goto(url('/pengaturan'));
    await page.getByRole('heading', { name: 'Pengaturan', exact: true }).waitFor();
    expect(page.url()).toBe(url('/settings'));

    // Pemda profile: the same region, written another way, is refused in Indonesian; a good one is kept
    await expect.poll(() => page.getByLabel(/^Kode wilayah/).inputValue()).toBe('14.72');
    await page.getByLabel(/^Kode wilayah/).fill('1471');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kode wilayah Kemendagri tidak sah (contoh: 14.72).').waitFor();
    await page.getByLabel(/^Kode wilayah/).fill('14.71');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('saved').waitFor();
    expect((await admin.get('/tenant')).regionCode).toBe('14.71');

    // regulations: the demo recorded Dumai 67/2022 replacing Dumai 18/2019
    await page.getByRole('tab', { name: 'Regulasi' }).click();
    await expect.poll(() => page.getByTestId('revocation').first().textContent()).toMatch(/^Dicabut oleh Perwako Dumai 67\/2022/);

    // signing certificate: wrong password, then the right one
    await page.getByRole('tab', { name: 'Kop surat dan sertifikat' }).click();
    const { file, cert } = p12File('Kepala Diskominfo Demo Uji', 'sandi-sertifikat');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Berkas sertifikat (.p12 atau .pfx)').click()]);
    await chooser.setFiles(file);
    await page.getByLabel('Kata sandi sertifikat').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Pasang sertifikat' }).click();
    await page.getByText('Kata sandi sertifikat salah.').first().waitFor();
    await page.getByLabel('Kata sandi sertifikat').fill('sandi-sertifikat');
    await page.getByRole('button', { name: 'Pasang sertifikat' }).click();
    await page.getByText('Sertifikat dipasang. Dokumen berikutnya ditandatangani dengan sertifikat ini.').waitFor();
    const shown = await page.getByTestId('certificate').textContent();
    expect(shown).toContain('CN=Kepala Diskominfo Demo Uji');
    expect(shown).toContain('CN=CA Uji Simpul');
    expect(shown).toContain(cert.serialNumber);

    // the next letter is signed with it
    const report = await download(admin, '/api/v1/compliance/export/pdf');
    await expectSignedPdf(report);
    const pdf = join(mkdtempSync(join(tmpdir(), 'simpul-signed-')), 'laporan.pdf');
    writeFileSync(pdf, report.content);
    let sig = '';
    try {
      sig = execFileSync('pdfsig', [pdf], { encoding: 'utf8' });
    } catch (err) {
      sig = String((err as { stdout?: string }).stdout ?? '');
    }
    expect(sig).toContain('Signer Certificate Common Name: Kepala Diskominfo Demo Uji');

    // notifications: point SMTP at the stand-in and send a test e-mail through the outbox
    await page.getByRole('tab', { name: 'Notifikasi' }).click();
    // the form holds the demo's settings once they arrive; typing starts after that
    await expect.poll(() => page.getByLabel('Alamat pengirim').inputValue()).toBe(demoMail.mailFrom);
    await page.getByLabel('Server SMTP').fill('127.0.0.1');
    expect(await page.getByLabel('Server SMTP').inputValue()).toBe('127.0.0.1');
    await page.getByLabel('Port', { exact: true }).fill(String(mail.port));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('saved').waitFor();
    const to = `uji.pengaturan.${Date.now()}@dumaikota.go.id`;
    await page.getByLabel('Kirim surel uji ke').fill(to);
    await page.getByRole('button', { name: 'Kirim surel uji' }).click();
    await expect.poll(() => page.getByTestId('test-result').textContent()).toBe(`Pesan uji ke ${to}: Terkirim.`);
    expect(mail.mails.some((m) => m.to.includes(to) && m.data.includes('Uji notifikasi Simpul'))).toBe(true);
    await page.getByTestId('outbox-table').getByText(to).waitFor();

    // holidays: add one far ahead (it moves no deadline of the demo) and see it listed
    await page.getByRole('tab', { name: 'Hari libur' }).click();
    await page.getByLabel('Tahun', { exact: true }).fill('2041');
    await page.getByLabel('Tanggal', { exact: true }).fill('2041-05-06');
    await page.getByLabel('Keterangan').fill('Hari Jadi Kota (uji)');
    await page.getByRole('button', { name: 'Tambah' }).click();
    await page.getByTestId('holiday-table').getByText('Hari Jadi Kota (uji)').waitFor();
    const holidays = await admin.get<{ date: string; name: string }[]>('/holidays?year=2041');
    expect(holidays.some((h) => h.date === '2041-05-06' && h.name === 'Hari Jadi Kota (uji)')).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it('is offered only to the administrator: an operator sees no settings in the menu and is refused by the server', async () => {
    const { page } = browser;
    const operator = await signInBrowser(browser, demoEmail('operator.dinkes'));
    await page.goto(url('/'));
    await page.getByRole('navigation').first().waitFor();
    expect(await page.getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);
    expect((await operator.request('GET', '/signing-certificate')).status).toBe(403);
    expect((await operator.request('PATCH', '/tenant', { regionCode: '14.73' })).status).toBe(403);
  });

  it('works on a phone 390 px wide: every tab opens and nothing runs off the screen', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = phone;
      await signInBrowser(phone, demoEmail('admin.spbe'));
      await page.goto(url('/settings'));
      await page.getByRole('heading', { name: 'Pengaturan', exact: true }).waitFor();
      for (const tab of ['Profil Pemda', 'Regulasi', 'Kop surat dan sertifikat', 'Notifikasi', 'Hari libur', 'Periode']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        // measured once the tab's content is in (the holiday table is the widest)
        if (tab === 'Hari libur') await page.getByTestId('holiday-table').locator('tr').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, tab).toBeLessThanOrEqual(0);
      }
      // the reading is set explicitly to the default's 12 months, so the demo's results stay as other
      // files running beside this one expect them (test/services/periodic-reading.test.ts changes them);
      // the obligation page then shows the reading as the administrator's, with the date
      await page.getByLabel('Jumlah bulan').fill('12');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText(/Saat ini: 12 bulan\. Ditetapkan oleh .+ pada \d{2}\/\d{2}\/\d{4}\./).waitFor();
      await page.goto(url('/compliance/obligations/dumai-67-2022/lampiran-I-A-policy-review'));
      const reading = page.getByTestId('interpretation');
      await reading.waitFor();
      expect(await reading.textContent()).toMatch(/secara periodik.*setiap 12 bulan: ditetapkan oleh .+ pada \d{1,2} \w+ \d{4} di Pengaturan › Periode/);
      await admin.put('/tenant/periodic-reading', { months: null });
      await page.reload();
      await expect.poll(() => page.getByTestId('interpretation').textContent()).toContain('bacaan bawaan Simpul');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
