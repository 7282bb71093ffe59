import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { buildWorkbook, countAudit, countRows, expectProblem, fileForm, pdfBytes } from '../support/problems';
import type { Database } from '../../src/server/platform/db/database';
import { createApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/platform/config';
import { createLogger } from '../../src/server/platform/logger';
import { createTestAgency, createTestApplication, createTestTenant, testPassword } from '../../src/server/testing/factories';

describe('bad input becomes problem details', () => {
  let database: Database;
  let app: TestApp;
  let tenant: Awaited<ReturnType<typeof createTestTenant>>;
  let session: Session;
  let applicationId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    app = createTestApp(database.db, { MAX_BODY_BYTES: '2048', MAX_UPLOAD_BYTES: '4096' }).app;
    tenant = await createTestTenant(database.db);
    session = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
    const agency = await createTestAgency(database.db, tenant.admin);
    applicationId = (await createTestApplication(database.db, tenant.admin, agency.id)).id;
  });
  afterAll(async () => {
    await database.close();
  });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await app.request('/api/v1/agencies', {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: '{"code": "X1", "name": ',
    });
    const problem = await expectProblem(res, 400, 'MALFORMED_JSON');
    expect(problem.type).toBe('/problems/malformed-json');
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('a JSON body over MAX_BODY_BYTES → 413, nothing written', async () => {
    const before = await countRows(database.db, 'agencies', tenant.tenantId);
    const res = await call(app, session, 'POST', '/api/v1/agencies', { code: 'BESAR', name: 'x'.repeat(3000), kind: 'dinas' });
    await expectProblem(res, 413, 'BODY_TOO_LARGE');
    expect(await countRows(database.db, 'agencies', tenant.tenantId)).toBe(before);
  });

  it('schema failures → 422 with field codes, messages in Indonesian by default', async () => {
    const res = await call(app, session, 'POST', '/api/v1/agencies', { code: 'kode salah!', name: 'ab', kind: 'kementerian' });
    const problem = await expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.fields).toEqual({ code: 'CODE_FORMAT', name: 'too_small', kind: 'invalid_value' });
    expect(problem.title).toBe('Data yang dikirim tidak valid. Periksa isian yang ditandai.');
    expect(problem.messages).toEqual({
      code: 'Kode hanya boleh huruf, angka, titik, garis bawah, dan tanda hubung.',
      name: 'Terlalu pendek atau terlalu kecil (minimal 3).',
      kind: 'Pilihan tidak dikenal.',
    });
    const missing = await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', {}), 422, 'VALIDATION_FAILED');
    expect(missing.fields).toMatchObject({ code: 'required', name: 'required', kind: 'required' });
    expect(missing.messages?.code).toBe('Wajib diisi.');
  });

  it('… in English with Accept-Language: en, and with the simpul_locale=en cookie (which wins)', async () => {
    const body = { code: 'kode salah!', name: 'Dinas Baik', kind: 'dinas' };
    const byHeader = await expectProblem(await call(app, session, 'POST', '/api/v1/agencies', body, { 'accept-language': 'en-US,en;q=0.9' }), 422, 'VALIDATION_FAILED');
    expect(byHeader.title).toBe('The data sent is not valid. Check the marked fields.');
    expect(byHeader.messages?.code).toMatch(/letters, digits/i);
    const byCookie = await expectProblem(
      await call(app, { ...session, cookie: `${session.cookie}; simpul_locale=en` }, 'POST', '/api/v1/agencies', body, { 'accept-language': 'id' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(byCookie.title).toBe(byHeader.title);
    expect(byCookie.messages).toEqual(byHeader.messages);
    // a domain error follows the language too
    const weak = await call(app, session, 'POST', '/api/v1/users', { email: 'x@dumaikota.go.id', name: 'Orang', password: 'hanyahurufkecil' }, { 'accept-language': 'en' });
    expect((await expectProblem(weak, 422, 'PASSWORD_TOO_WEAK')).title).toMatch(/at least 12 characters/);
  });

  it('an unknown API route → 404 problem, for any method', async () => {
    await expectProblem(await call(app, session, 'GET', '/api/v1/tidak-ada'), 404, 'NOT_FOUND');
    await expectProblem(await call(app, session, 'DELETE', '/api/v1/agencies'), 404, 'NOT_FOUND');
    await expectProblem(await app.request('/api/v2/agencies'), 404, 'NOT_FOUND');
  });

  it('a malformed id in the path → 422, not 500', async () => {
    const problem = await expectProblem(await call(app, session, 'GET', '/api/v1/agencies/bukan-uuid'), 422, 'VALIDATION_FAILED');
    expect(problem.fields).toEqual({ id: 'invalid_format' });
  });

  describe('uploads', () => {
    const handoverFile = () => `/api/v1/applications/${applicationId}/handover/source_code/file`;
    async function expectNothingStored() {
      expect(await countRows(database.db, 'files', tenant.tenantId)).toBe(0);
      expect(await countRows(database.db, 'application_documents', tenant.tenantId)).toBe(0);
    }

    it('a .exe renamed .pdf, or a text file → 415 FILE_TYPE_NOT_ALLOWED, nothing stored', async () => {
      const audit = await countAudit(database.db, tenant.tenantId);
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
      const p1 = await expectProblem(await call(app, session, 'POST', handoverFile(), fileForm('laporan.pdf', exe, 'application/pdf')), 415, 'FILE_TYPE_NOT_ALLOWED');
      expect(p1.fields).toEqual({ file: 'FILE_TYPE_NOT_ALLOWED' });
      await expectProblem(await call(app, session, 'POST', handoverFile(), fileForm('catatan.txt', Buffer.from('hanya teks biasa'), 'text/plain')), 415, 'FILE_TYPE_NOT_ALLOWED');
      // an Excel import refuses a PDF
      await expectProblem(await call(app, session, 'POST', '/api/v1/agencies/import', fileForm('daftar.xlsx', pdfBytes())), 415, 'FILE_TYPE_NOT_ALLOWED');
      await expectNothingStored();
      expect(await countAudit(database.db, tenant.tenantId)).toBe(audit);
    });

    it('a file over MAX_UPLOAD_BYTES → 413, nothing stored', async () => {
      const justOver = Buffer.concat([pdfBytes(), Buffer.alloc(4096)]);
      await expectProblem(await call(app, session, 'POST', handoverFile(), fileForm('besar.pdf', justOver)), 413, 'FILE_TOO_LARGE');
      const farOver = Buffer.concat([pdfBytes(), Buffer.alloc(200_000)]);
      await expectProblem(await call(app, session, 'POST', handoverFile(), fileForm('sangat-besar.pdf', farOver)), 413, 'FILE_TOO_LARGE');
      const sheet = await buildWorkbook(['code', 'name', 'kind'], Array.from({ length: 400 }, (_, i) => [`K${i}`, `Dinas Nomor ${i} ${'x'.repeat(40)}`, 'dinas']));
      expect(sheet.length).toBeGreaterThan(4096);
      await expectProblem(await call(app, session, 'POST', '/api/v1/agencies/import?commit=true', fileForm('daftar.xlsx', sheet)), 413, 'FILE_TOO_LARGE');
      await expectNothingStored();
    });

    // PostgreSQL text cannot hold U+0000: refused like the JSON path does (refuse-nul.ts), never a 500
    it('a NUL in a multipart text field, a field name or a file name → 400 NUL_CHARACTER naming it, nothing stored', async () => {
      const audit = await countAudit(database.db, tenant.tenantId);
      const withNote = fileForm('laporan.pdf', pdfBytes());
      withNote.append('notes', 'catatan\u0000tersembunyi');
      const p1 = await expectProblem(await call(app, session, 'POST', '/api/v1/periodic-reports/submissions', withNote), 400, 'NUL_CHARACTER');
      expect(p1.fields).toEqual({ notes: 'NUL_CHARACTER' });
      const p2 = await expectProblem(await call(app, session, 'POST', handoverFile(), fileForm('laporan\u0000.pdf', pdfBytes(), 'application/pdf')), 400, 'NUL_CHARACTER');
      expect(p2.fields).toEqual({ file: 'NUL_CHARACTER' });
      expect(p2.title).toBe('Masukan pada file memuat karakter NUL (kode 0), yang tidak diizinkan.');
      const badName = fileForm('laporan.pdf', pdfBytes(), 'application/pdf');
      badName.append('x\u0000y', 'z');
      await expectProblem(await call(app, session, 'POST', handoverFile(), badName), 400, 'NUL_CHARACTER');
      await expectNothingStored();
      expect(await countAudit(database.db, tenant.tenantId)).toBe(audit);
    });

    it('a missing file field → 422, the file marked required', async () => {
      const form = new FormData();
      form.append('lain', 'x');
      const problem = await expectProblem(await call(app, session, 'POST', handoverFile(), form), 422, 'VALIDATION_FAILED');
      expect(problem.fields).toEqual({ file: 'required' });
    });
  });

  it('a 500 says only that something failed, with a reference, never the stack or the message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-broken-'));
    const broken = createApp({
      config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'no-web') }),
      db: database.db,
      log: createLogger('silent'),
      files: {
        put: async () => {
          throw new Error('disk /srv/simpul/rahasia penuh');
        },
        get: async () => Buffer.alloc(0),
      },
    });
    const res = await call(broken, session, 'POST', `/api/v1/applications/${applicationId}/handover/design/file`, fileForm('desain.pdf', pdfBytes()), { 'accept-language': 'en' });
    const text = await res.clone().text();
    const problem = await expectProblem(res, 500, 'INTERNAL');
    expect(text).not.toMatch(/rahasia|\/srv\/|at .*\.ts|Error:/);
    expect(problem.title).toContain(problem.requestId);
    expect(Object.keys(problem).sort()).toEqual(['code', 'requestId', 'status', 'title', 'type']);
  });
});
