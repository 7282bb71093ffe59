import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type Session, type TestApp } from '../support/http';
import { expectProblem, fileForm } from '../support/problems';
import { buildPng, buildTestP12, certificateForm } from '../support/certificates';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant, createTestUser, testPassword } from '../../src/server/testing/factories';

let database: Database;
let app: TestApp;
let admin: Session;
let inspector: Session;
let tenant: Awaited<ReturnType<typeof createTestTenant>>;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  tenant = await createTestTenant(database.db);
  const { user } = await createTestUser(database.db, tenant.admin, [{ role: 'inspector', agencyId: null }]);
  admin = await signIn(app, tenant.input.admin.email, testPassword, tenant.slug);
  inspector = await signIn(app, user.email, testPassword, tenant.slug);
});
afterAll(async () => database.close());

describe('settings over HTTP: administrator only', () => {
  const reads = ['/api/v1/letterhead', '/api/v1/signing-certificate', '/api/v1/notification-deliveries', '/api/v1/notification-settings'];

  it('refuses every settings read and write to anyone but the administrator, and to nobody signed in', async () => {
    for (const path of reads) {
      expect((await call(app, inspector, 'GET', path)).status, path).toBe(403);
      expect((await call(app, null, 'GET', path)).status, path).toBe(401);
      expect((await call(app, admin, 'GET', path)).status, path).toBe(200);
    }
    await expectProblem(await call(app, inspector, 'PATCH', '/api/v1/tenant', { name: 'Kota Lain' }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, inspector, 'POST', '/api/v1/tenant/regulations', { regulation: 'palu-14-2022', effectiveFrom: '2022-01-01', replaces: null }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, inspector, 'PUT', '/api/v1/tenant/periodic-reading', { months: 6 }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, inspector, 'PUT', '/api/v1/letterhead', { lines: ['X'] }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, inspector, 'POST', '/api/v1/notification-settings/test', { channel: 'email' }), 403, 'FORBIDDEN');
    await expectProblem(await call(app, inspector, 'PATCH', '/api/v1/notification-settings', { mailFrom: 'x@dumaikota.go.id' }), 403, 'FORBIDDEN');
    const cert = buildTestP12({ commonName: 'Bukan Admin', password: 'p' });
    await expectProblem(await call(app, inspector, 'POST', '/api/v1/signing-certificate', certificateForm(cert.p12, 'p')), 403, 'FORBIDDEN');
  });
});

describe('PATCH /tenant', () => {
  it('changes the fields sent, keeps the others and the regulations', async () => {
    const before = (await (await call(app, admin, 'GET', '/api/v1/tenant')).json()) as Record<string, unknown>;
    const res = await call(app, admin, 'PATCH', '/api/v1/tenant', { primaryDomain: 'Ujikota.go.id' });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Record<string, unknown>;
    expect(after).toMatchObject({ name: before.name, kind: before.kind, regionCode: before.regionCode, primaryDomain: 'ujikota.go.id', regulations: before.regulations });
    const empty = await call(app, admin, 'PATCH', '/api/v1/tenant', {});
    expect(await empty.json()).toMatchObject({ primaryDomain: 'ujikota.go.id', name: before.name });
  });

  it('answers bad input with 422 and field messages in the language asked for', async () => {
    const id = await expectProblem(await call(app, admin, 'PATCH', '/api/v1/tenant', { regionCode: '1472', kind: 'desa' }), 422, 'VALIDATION_FAILED');
    expect(id.fields).toMatchObject({ regionCode: 'REGION_CODE_FORMAT', kind: 'invalid_value' });
    expect(id.messages?.regionCode).toContain('Kode wilayah');
    const en = await expectProblem(await call(app, admin, 'PATCH', '/api/v1/tenant', { regionCode: '1472' }, { 'accept-language': 'en' }), 422, 'VALIDATION_FAILED');
    expect(en.messages?.regionCode).not.toContain('Kode wilayah');
  });
});

describe('regulations and the periodic reading over HTTP', () => {
  it('records a replacement and refuses a regulation that replaces itself', async () => {
    await expectProblem(await call(app, admin, 'POST', '/api/v1/tenant/regulations', { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-67-2022' }), 422, 'VALIDATION_FAILED');
    const res = await call(app, admin, 'POST', '/api/v1/tenant/regulations', { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-18-2019' });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { regulations: { regulation: string; effectiveUntil: string | null; revocation: { byRegulation: string; byUserName: string | null } | null }[] };
    expect(view.regulations.find((r) => r.regulation === 'dumai-18-2019')).toMatchObject({ effectiveUntil: '2022-06-30', revocation: { byRegulation: 'dumai-67-2022', byUserName: tenant.input.admin.name } });
    const again = await expectProblem(await call(app, admin, 'POST', '/api/v1/tenant/regulations', { regulation: 'dumai-67-2022', effectiveFrom: '2023-01-01', replaces: null }), 409, 'REGULATION_ALREADY_IN_PROFILE');
    expect(again.title).toContain('sudah ada');
  });

  it('keeps 1 to 60 months, or null for the default', async () => {
    expect(await (await call(app, admin, 'PUT', '/api/v1/tenant/periodic-reading', { months: 6 })).json()).toMatchObject({ periodicReadingMonths: 6 });
    await expectProblem(await call(app, admin, 'PUT', '/api/v1/tenant/periodic-reading', { months: 0 }), 422, 'VALIDATION_FAILED');
    expect(await (await call(app, admin, 'PUT', '/api/v1/tenant/periodic-reading', { months: null })).json()).toMatchObject({ periodicReadingMonths: null });
  });
});

describe('signing certificate and letterhead over HTTP', () => {
  it('refuses a wrong password in Indonesian, installs the right one, and the next downloaded report is signed by it (pdfsig)', async () => {
    const cert = buildTestP12({ commonName: 'Kepala Dinas Kominfo Uji HTTP', password: 'sandi-benar' });
    const wrong = await expectProblem(await call(app, admin, 'POST', '/api/v1/signing-certificate', certificateForm(cert.p12, 'sandi-salah')), 422, 'CERTIFICATE_WRONG_PASSWORD');
    expect(wrong.title).toBe('Kata sandi sertifikat salah.');
    expect(wrong.fields).toMatchObject({ password: 'CERTIFICATE_WRONG_PASSWORD' });
    await expectProblem(await call(app, admin, 'POST', '/api/v1/signing-certificate', new FormData()), 422, 'VALIDATION_FAILED');

    const ok = await call(app, admin, 'POST', '/api/v1/signing-certificate', certificateForm(cert.p12, 'sandi-benar'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ current: { subject: 'CN=Kepala Dinas Kominfo Uji HTTP, O=Pemerintah Kota Uji, C=ID', serialNumber: cert.serialNumber, uploaded: true } });

    await call(app, admin, 'PUT', '/api/v1/letterhead', { lines: ['PEMERINTAH KOTA UJI', 'Jl. Sudirman No. 5'] });
    const logo = await call(app, admin, 'PUT', '/api/v1/letterhead/logo', fileForm('logo.png', buildPng(), 'image/png'));
    expect(await logo.json()).toMatchObject({ hasLogo: true });
    await expectProblem(await call(app, admin, 'PUT', '/api/v1/letterhead/logo', fileForm('logo.pdf', Buffer.from('%PDF-1.4\n'), 'application/pdf')), 415, 'FILE_TYPE_NOT_ALLOWED');
    const image = await call(app, admin, 'GET', '/api/v1/letterhead/logo');
    expect(image.headers.get('content-type')).toBe('image/png');

    const pdf = await call(app, admin, 'GET', '/api/v1/compliance/export/pdf');
    expect(pdf.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'simpul-http-settings-')), 'laporan.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    let report = '';
    try {
      report = execFileSync('/usr/bin/pdfsig', [file], { encoding: 'utf8' });
    } catch (err) {
      report = String((err as { stdout?: string }).stdout ?? '');
    }
    expect(report).toContain('Signer Certificate Common Name: Kepala Dinas Kominfo Uji HTTP');
  });

  it('refuses more than six letterhead lines', async () => {
    await expectProblem(await call(app, admin, 'PUT', '/api/v1/letterhead', { lines: ['1', '2', '3', '4', '5', '6', '7'] }), 422, 'VALIDATION_FAILED');
  });
});

describe('notifications over HTTP', () => {
  it('PATCH keeps what is left out; a test send without SMTP is a 409; the outbox filters by status', async () => {
    await call(app, admin, 'PUT', '/api/v1/notification-settings', { smtpHost: 'mail.ujikota.go.id', smtpPort: 465, smtpSecure: true, smtpUser: 'simpul', smtpPassword: 'sandi', mailFrom: 'simpul@ujikota.go.id', appUrl: null, webhookUrl: null });
    const patched = await call(app, admin, 'PATCH', '/api/v1/notification-settings', { smtpUser: 'kominfo' });
    expect(await patched.json()).toMatchObject({ smtpHost: 'mail.ujikota.go.id', smtpSecure: true, smtpUser: 'kominfo', hasSmtpPassword: true });
    await expectProblem(await call(app, admin, 'PATCH', '/api/v1/notification-settings', { webhookUrl: 'ftp://x' }), 422, 'VALIDATION_FAILED');
    await call(app, admin, 'PATCH', '/api/v1/notification-settings', { smtpHost: null });
    await expectProblem(await call(app, admin, 'POST', '/api/v1/notification-settings/test', { channel: 'email' }), 409, 'SMTP_NOT_CONFIGURED');
    await expectProblem(await call(app, admin, 'POST', '/api/v1/notification-settings/test', { channel: 'sms' }), 422, 'VALIDATION_FAILED');
    await expectProblem(await call(app, admin, 'GET', '/api/v1/notification-deliveries?status=lost'), 422, 'VALIDATION_FAILED');
    for (const status of ['pending', 'sent', 'failed']) {
      const page = (await (await call(app, admin, 'GET', `/api/v1/notification-deliveries?status=${status}`)).json()) as { items: { status: string }[] };
      expect(page.items.every((d) => d.status === status)).toBe(true);
    }
  });
});
