import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { createTestApp } from '../support/http';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';
import { issueDocument, readIssuedDocument } from '../../src/server/platform/documents/issue-document';
import { verifySignedPdf } from '../../src/server/platform/documents/verify-pdf';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

function pdfForm(content: Buffer, name = 'surat.pdf') {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(content)], name, { type: 'application/pdf' }));
  return form;
}

describe('signed documents and their public verification (Palu 14/2022 Ps 32)', () => {
  it('issues a signed PDF with the tenant key and verifies it publicly by id and by upload', async () => {
    const { db } = database;
    const { app, deps } = createTestApp(db);
    const { admin, input } = await createTestTenant(db);
    const { document, pdf } = await db.transaction((tx) =>
      issueDocument(tx, deps, admin, {
        kind: 'test_letter',
        title: 'Surat Uji',
        draw: (doc) => void doc.fontSize(12).text('Isi surat uji'),
        footerText: (url) => `Verifikasi: ${url}`,
      }),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(verifySignedPdf(pdf)).toMatchObject({ signed: true, valid: true, signer: input.name });

    const stored = await readIssuedDocument(db, deps, admin.tenantId, document.id);
    expect(Buffer.compare(stored.pdf, pdf)).toBe(0);

    const byId = await app.request(`/api/public/documents/${document.id}`);
    expect(byId.status).toBe(200);
    expect(await byId.json()).toMatchObject({ title: 'Surat Uji', tenantName: input.name, sha256: document.sha256 });

    const upload = await app.request('/api/public/documents/verify', { method: 'POST', body: pdfForm(pdf) });
    expect(await upload.json()).toMatchObject({ signed: true, valid: true, issued: { id: document.id } });

    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('Isi surat');
    tampered[at > 0 ? at : 300] ^= 1;
    const bad = await app.request('/api/public/documents/verify', { method: 'POST', body: pdfForm(tampered) });
    expect(await bad.json()).toMatchObject({ valid: false, issued: null });
  });

  it('answers 404 for an unknown document', async () => {
    const { app } = createTestApp(database.db);
    const res = await app.request('/api/public/documents/01900000-0000-7000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});
