import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, signInAs, type BrowserApp } from './support';
import { createTestAgency, createTestApplication, createTestTenant } from '../../src/server/testing/factories';
import { deliverHandoverDocuments, handoverCodesExcept } from '../../src/server/testing/compliance-factories';

describe('compliance in the browser', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Dumai 18/2019 Ps 13(5) huruf b: an unmet handover obligation leads to the application, and turns met once the source code is delivered', async () => {
    const { db } = app.database;
    const tenant = await createTestTenant(db);
    const health = await createTestAgency(db, tenant.admin, { name: 'Dinas Kesehatan' });
    const simpus = await createTestApplication(db, tenant.admin, health.id, { name: 'SIMPUS' });
    await deliverHandoverDocuments(db, tenant.admin, simpus.id, handoverCodesExcept(['dumai-18-2019'], ['source_code']));
    await signInAs(app, tenant.input.admin.email, { tenant: tenant.slug });
    const { page } = app;

    // by regulation → chapter → obligation
    await page.goto(`${app.baseUrl}/compliance`);
    await page.getByRole('heading', { name: 'Kepatuhan Regulasi' }).waitFor();
    expect(await page.getByTestId('in-force').textContent()).toContain('Perwako Dumai 18/2019');
    await page.getByRole('button', { name: /BAB V SISTEM INFORMASI/ }).click();
    const row = page.locator('[data-obligation="dumai-18-2019/13-5-b"]');
    await expect.poll(() => row.getAttribute('data-obligation')).toBe('dumai-18-2019/13-5-b');
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('not_met');
    await row.getByRole('link', { name: 'Perwako Dumai 18/2019 Pasal 13 ayat (5) huruf b' }).click();

    // the obligation's page: the article as it stands, what is missing, and what to do
    await page.getByRole('heading', { name: 'Perwako Dumai 18/2019 Pasal 13 ayat (5) huruf b' }).waitFor();
    expect(await page.getByTestId('article-text').textContent()).toContain('copy digital source code');
    expect(await page.getByTestId('missing').textContent()).toContain('SIMPUS');
    expect(await page.getByTestId('missing').textContent()).toContain('Salinan digital kode sumber');
    await page.getByTestId('missing').getByTestId('record-link').click();

    // the application's handover checklist: record the source code as delivered on paper
    await page.getByTestId('handover').waitFor();
    expect(page.url()).toContain(`/applications/${simpus.id}?tab=handover`);
    const sourceCode = page.getByTestId('handover').getByRole('row', { name: /Salinan digital kode sumber/ });
    await sourceCode.getByRole('button', { name: 'Diserahkan di atas kertas' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Diserahkan di atas kertas' }).click();
    await sourceCode.getByText('Sudah diserahkan').waitFor();

    // back on the obligation: met, with the applications checked as evidence
    await page.goBack();
    await page.getByRole('heading', { name: 'Perwako Dumai 18/2019 Pasal 13 ayat (5) huruf b' }).waitFor();
    await page.getByTestId('evidence').waitFor();
    expect(await page.locator('[data-status]').first().getAttribute('data-status')).toBe('met');
    await page.screenshot({ path: 'test-results/compliance-obligation-met.png' });
    expect(app.pageErrors).toEqual([]);
  });
});
