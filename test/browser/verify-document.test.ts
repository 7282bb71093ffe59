import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDocument } from '../../src/server/platform/documents/issue-document';
import { createTestTenant } from '../../src/server/testing/factories';
import { startBrowserApp, type BrowserApp } from './support';

describe('public verification of a signed document in the browser', { timeout: 90_000 }, () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('anyone following the QR link sees the issued document without signing in, and can check the PDF they hold', async () => {
    const { db } = app.database;
    const { admin } = await createTestTenant(db, { name: 'Pemerintah Kota Palu' });
    const { document, pdf } = await db.transaction((tx) =>
      issueDocument(tx, app.deps, admin, { kind: 'test_letter', title: 'Surat Rekomendasi Teknis', draw: (doc) => void doc.text('Isi surat'), footerText: (url) => url }),
    );
    const { page } = app;
    await page.goto(`${app.baseUrl}/verify/${document.id}`);
    await page.getByText('Dokumen ini tercatat diterbitkan oleh Simpul').waitFor();
    const facts = await page.getByTestId('document-facts').textContent();
    expect(facts).toContain('Surat Rekomendasi Teknis');
    expect(facts).toContain('Pemerintah Kota Palu');
    expect(new URL(page.url()).pathname).toBe(`/verify/${document.id}`);

    await page.locator('input[type=file]').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect
      .poll(() => page.getByTestId('verification').getByRole('alert').textContent())
      .toBe('Tanda tangan sah dan isi berkas sama persis dengan dokumen yang diterbitkan.');
    expect(app.pageErrors).toEqual([]);
  });
});
