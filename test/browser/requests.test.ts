import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestsWorld } from '../../src/server/testing/requests-factories';
import { extractPdfText } from '../support/pdf-text';
import { signInAs, startBrowserApp, type BrowserApp } from './support';

describe('requests between agencies in the browser', { timeout: 120_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function choose(label: string, option: string | RegExp) {
    await app.page.getByRole('combobox', { name: label }).click();
    await app.page.getByRole('option', { name: option }).click();
  }

  it('Palu 14/2022 Ps 9(5)-(8): an operator files a data-use request, the steward recommends, the regional secretary rejects with a ground, the requester reads the letter', async () => {
    const world = await createRequestsWorld(app.database.db);
    const { page } = app;
    const as = (email: string) => signInAs(app, email, { tenant: world.slug });

    // the health office operator files the request
    await as(world.people.requester.user.email);
    await page.goto(`${app.baseUrl}/requests`);
    await page.getByTestId('request-new').click();
    await choose('Jenis permohonan', 'Permohonan Pemanfaatan Data');
    await choose('Perangkat Daerah Wali Data', /Dinas Kependudukan dan Pencatatan Sipil/);
    await page.getByLabel('Nama penanggung jawab').fill('dr. Siti Rahmawati');
    await page.getByLabel('Jabatan penanggung jawab').fill('Kepala Bidang P2P');
    await page.getByLabel('Unit kerja').fill('Bidang Pencegahan dan Pengendalian Penyakit');
    await page.getByLabel('Maksud').fill('Memetakan sasaran imunisasi');
    await page.getByLabel('Tujuan').fill('Menyusun jadwal imunisasi per kelurahan');
    await page.getByLabel('Kegunaan').fill('Perencanaan layanan kesehatan');
    await page.getByLabel('Jenis data').fill('Jumlah balita per kelurahan');
    await page.getByLabel('Bentuk data').fill('Layanan API');
    await page.getByLabel(/melindungi kerahasiaan data/).check();
    await page.getByTestId('request-submit').click();
    await page.getByTestId('confirm-ok').click();
    const heading = page.getByRole('heading', { name: /PPD\/\d{4}\/\d{6}/ });
    await heading.waitFor();
    const number = (await heading.textContent())!.match(/PPD\/\d{4}\/\d{6}/)![0];
    expect(await page.getByTestId('request-state').textContent()).toBe('Diajukan');

    // the population office (Wali Data) recommends: Palu 14/2022 Ps 9(8)
    await as(world.people.stewardHead.user.email);
    await page.goto(`${app.baseUrl}/requests`);
    await page.getByTestId('inbox-badge').waitFor();
    expect(await page.getByTestId('inbox-badge').textContent()).toBe('1');
    await page.getByTestId('data-table').getByText(number).click();
    await page.getByTestId('step-recommend').click();
    await choose('Rekomendasi', 'Direkomendasikan untuk ditolak');
    await page.getByTestId('confirm-ok').click();
    await page.getByText('Telah Direkomendasikan').first().waitFor();

    // the regional secretary rejects on a ground of Palu 14/2022 Ps 9(7)
    await as(world.people.secretary.user.email);
    await page.goto(`${app.baseUrl}/requests`);
    await page.getByTestId('data-table').getByText(number).click();
    await page.getByTestId('step-reject').click();
    await choose('Alasan', 'Perangkat yang digunakan tidak berasal dari jaringan milik Pemerintah Daerah');
    await page.getByLabel('Catatan').fill('Akses melalui jaringan rumah.');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('request-decision').waitFor();

    // the requester sees the rejection and downloads the signed decision letter
    await as(world.people.requester.user.email);
    await page.goto(`${app.baseUrl}/requests?box=mine`);
    await page.getByTestId('data-table').getByText(number).click();
    const decision = page.getByTestId('request-decision');
    await decision.waitFor();
    expect(await decision.textContent()).toContain('Perangkat yang digunakan tidak berasal dari jaringan milik Pemerintah Daerah');
    expect(await page.getByTestId('request-state').textContent()).toBe('Ditolak');
    expect(await page.getByTestId('request-timeline').textContent()).toContain(world.people.stewardHead.user.name);
    await page.screenshot({ path: 'test-results/request-rejected.png', fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-decision').click()]);
    expect(download.suggestedFilename()).toBe(`surat-keputusan-${number.replace(/\//g, '-')}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(pdf);
    expect(text).toContain(number);
    expect(text).toContain('Permohonan tersebut DITOLAK.');
    expect(app.pageErrors).toEqual([]);
  });
});
