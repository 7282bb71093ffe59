import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, printServerLogOnFailure, signIn, simpul, uniqueMark } from './support/api';
import { openBrowser, savedFile, signInBrowser, type Browser } from './support/browser';
import { expectSignedPdf } from './support/file-checks';
import { fileTechnicalRecommendation, findAgency, pdfUpload, submitStatements, upload, type RequestTypeItem } from './support/records';

/**
 * Journeys of the agencies and the regional secretary against the running process, in
 * Indonesian: an agency operator on a phone (390 × 844), the ICT office's head deciding a
 * technical recommendation, and the regional secretary deciding a data-use request.
 */
printServerLogOnFailure();

let browser: Browser;
let phone: Browser;
beforeAll(async () => {
  [browser, phone] = await Promise.all([openBrowser(), openBrowser({ width: 390, height: 844 })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), phone?.close()]);
});

const url = (path: string) => `${simpul().baseUrl}${path}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`journeys of the agencies and the regional secretary (${simpul().kind})`, () => {
  it("an agency operator, on a 390 px phone, edits one of the agency's applications; another agency's is neither offered nor accepted", async () => {
    const { page } = phone;
    const session = await signInBrowser(phone, demoEmail('operator.dinkes'));
    const health = await findAgency(session, 'DINKES');
    type Item = { id: string; name: string; ownerAgencyId: string };
    const own = (await session.get<{ items: Item[] }>(`/applications?pageSize=1&kind=specific&ownerAgencyId=${health.id}`)).items[0];
    // a common application of another agency is visible to every agency, but only its owner changes it
    const other = (await session.get<{ items: Item[] }>('/applications?pageSize=100&kind=common')).items.find((a) => a.ownerAgencyId !== health.id)!;
    // another agency's specific application is not even visible (404, as for what does not exist)
    const admin = await signIn(demoEmail('admin.spbe'));
    const hidden = (await admin.get<{ items: Item[] }>('/applications?pageSize=100&kind=specific')).items.find((a) => a.ownerAgencyId !== health.id)!;

    await page.goto(url(`/applications/${own.id}`));
    await page.getByRole('heading', { name: new RegExp(escape(own.name)) }).waitFor();
    await page.getByRole('link', { name: 'Ubah' }).click();
    const description = `Layanan pendaftaran pasien puskesmas secara daring (${uniqueMark()})`;
    await page.getByLabel('Deskripsi').fill(description);
    await page.getByRole('button', { name: 'Simpan' }).click();
    // saved when the record's page is back (the form's own textarea already holds the typed text)
    await page.waitForURL(new RegExp(`/applications/${own.id}$`));
    await page.getByText(description).waitFor();
    // nothing is wider than the phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await session.get<{ description: string }>(`/applications/${own.id}`)).description).toBe(description);

    await page.goto(url(`/applications/${other.id}`));
    await page.getByRole('heading', { name: new RegExp(escape(other.name)) }).waitFor();
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
    expect((await session.request('PATCH', `/applications/${other.id}`, { description: 'diubah operator lain' })).status).toBe(403);
    expect((await session.request('GET', `/applications/${hidden.id}`)).status).toBe(404);
    expect((await session.request('PATCH', `/applications/${hidden.id}`, { description: 'diubah operator lain' })).status).toBe(404);
    expect(phone.pageErrors).toEqual([]);
  });

  it('the head of the ICT office approves a technical recommendation with its number and downloads the signed decision letter; managing people is neither offered nor accepted', async () => {
    const filed = await fileTechnicalRecommendation({ decide: false });
    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('kepala.diskominfo'));
    await page.goto(url('/requests'));
    await page.getByTestId('data-table').getByText(filed.number).click();
    await page.getByRole('heading', { name: new RegExp(escape(filed.number)) }).waitFor();
    expect(await page.getByTestId('request-state').textContent()).toBe('Diajukan');
    await page.getByTestId('step-approve').click();
    const recommendationNumber = `000.8/RT/${uniqueMark()}`;
    await page.getByLabel('Nomor surat rekomendasi').fill(recommendationNumber);
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('request-decision').waitFor();
    expect(await page.getByTestId('request-state').textContent()).toBe('Disetujui');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-decision').click()]);
    const letter = await expectSignedPdf(await savedFile(download, 'application/pdf'), { text: [filed.number] });
    expect(letter.text).toContain(recommendationNumber);

    expect(await page.getByRole('navigation').getByText('Pengguna', { exact: true }).count()).toBe(0);
    const refused = await session.request('POST', '/users', { name: 'Staf Baru', email: `staf.${uniqueMark()}@dumaikota.go.id`, password: 'Sementara-Staf-2026', roles: [] });
    expect(refused.status).toBe(403);
    expect(browser.pageErrors).toEqual([]);
  });

  it("the regional secretary approves a data-use request the ICT office recommended; registering an application for another agency than the Setda is refused", async () => {
    const operator = await signIn(demoEmail('operator.dinkes'));
    const steward = await findAgency(operator, 'DISDUKCAPIL');
    const statements = submitStatements(await operator.get<RequestTypeItem[]>('/request-types'), 'data_access');
    const created = await operator.post<{ id: string }>('/requests', {
      type: 'data_access',
      stewardAgencyId: steward.id,
      fields: {
        responsiblePerson: { name: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', position: 'Kepala Bidang' },
        workUnit: 'Bidang Pencegahan dan Pengendalian Penyakit',
        purpose: { intent: 'Memetakan sasaran imunisasi', objective: 'Menyusun jadwal imunisasi per kelurahan', use: 'Perencanaan layanan kesehatan' },
        requestedData: { kind: `Jumlah penduduk usia 0-5 tahun per kelurahan (${uniqueMark()})`, form: 'Layanan API' },
      },
    });
    await upload(operator, `/requests/${created.id}/attachments`, pdfUpload('surat-pengantar'));
    const submitted = await operator.post<{ number: string }>(`/requests/${created.id}/steps`, { transition: 'submit', acknowledgedStatements: statements });
    const ictHead = await signIn(demoEmail('kepala.diskominfo'));
    await ictHead.post(`/requests/${created.id}/steps`, { transition: 'recommend', outcome: { recommendation: 'approve' } });

    const { page } = browser;
    const session = await signInBrowser(browser, demoEmail('sekda'));
    await page.goto(url('/requests'));
    await page.getByTestId('data-table').getByText(submitted.number).click();
    await page.getByRole('heading', { name: new RegExp(escape(submitted.number)) }).waitFor();
    expect(await page.getByTestId('request-state').textContent()).toBe('Telah Direkomendasikan');
    await page.getByTestId('step-approve').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('request-decision').waitFor();
    expect(await page.getByTestId('request-state').textContent()).toBe('Disetujui');
    expect(await page.getByTestId('request-timeline').textContent()).toContain('Kepala Dinas Komunikasi dan Informatika');

    await page.goto(url('/applications'));
    await page.getByRole('heading', { name: 'Aplikasi SPBE' }).waitFor();
    await page.getByTestId('data-table').waitFor();
    // the Sekda heads the Setda (demo-people.ts): registering for it is offered and accepted, for another agency refused
    await page.getByRole('link', { name: 'Daftarkan aplikasi' }).waitFor();
    const refused = await session.request('POST', '/applications', { name: 'Aplikasi Sekda', ownerAgencyId: steward.id, kind: 'specific', businessFunction: 'Uji', stage: 'planning', platforms: ['web'] });
    expect(refused.status).toBe(403);
    expect(browser.pageErrors).toEqual([]);
  });
});
