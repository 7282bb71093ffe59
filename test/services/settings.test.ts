import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import forge from 'node-forge';
import { openTestDatabase } from '../support/database';
import { createTestApp } from '../support/http';
import { buildPng, buildTestP12 } from '../support/certificates';
import { startMailServer, type MailServer } from '../support/mail-server';
import { extractPdfText } from '../support/pdf-text';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { findTenant, presentTenant, updateTenantProfile } from '../../src/server/modules/tenants/service';
import { addRegulation, patchTenantProfile, setPeriodicReadingMonths } from '../../src/server/modules/tenants/settings-service';
import { getSigningCertificate, installSigningCertificate } from '../../src/server/platform/documents/signing-certificate-service';
import { setLetterheadLines, setLetterheadLogo } from '../../src/server/platform/documents/letterhead-service';
import { issueDocument } from '../../src/server/platform/documents/issue-document';
import { signingKeys } from '../../src/server/platform/documents/tables';
import { updateNotificationSettings, patchNotificationSettings, getNotificationSettings } from '../../src/server/modules/notifications/settings-service';
import { listDeliveries, resendDelivery, sendTestNotification } from '../../src/server/modules/notifications/outbox-service';
import { auditEntries } from '../../src/server/platform/audit/tables';
import { AppError } from '../../src/server/platform/errors';

let database: Database;
let mail: MailServer;
beforeAll(async () => {
  database = await openTestDatabase();
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.close();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return `${err.status} ${err.code}`;
    throw err;
  }
  return 'no error';
}

async function lastAudit(tenantId: string) {
  const rows = await database.db.select().from(auditEntries).where(eq(auditEntries.tenantId, tenantId));
  return rows.sort((a, b) => b.seq - a.seq)[0];
}

function pdfsig(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'simpul-settings-')), 'letter.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('/usr/bin/pdfsig', [file], { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? '');
  }
}

describe('Pemda profile after setup', () => {
  it('PATCH changes only the fields sent and records before and after', async () => {
    const { db } = database;
    const { admin, input } = await createTestTenant(db);
    const after = await patchTenantProfile(db, admin, { regionCode: '72.71' });
    expect(after).toMatchObject({ name: input.name, kind: input.kind, regionCode: '72.71', primaryDomain: input.primaryDomain });
    expect(after.regulations.map((r) => r.regulation)).toEqual(['dumai-18-2019']);
    const entry = await lastAudit(admin.tenantId);
    expect(entry.action).toBe('tenant.update');
    expect(entry.after).toMatchObject({ regionCode: '72.71' });
    expect(entry.before).toMatchObject({ regionCode: '14.72' });
  });

  it('is refused to anyone but the administrator', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const { ctx: inspector } = await createTestUser(db, admin, [{ role: 'inspector', agencyId: null }]);
    expect(await codeOf(patchTenantProfile(db, inspector, { regionCode: '72.71' }))).toBe('403 FORBIDDEN');
    expect(await codeOf(setPeriodicReadingMonths(db, inspector, 6))).toBe('403 FORBIDDEN');
    expect(await codeOf(addRegulation(db, inspector, { regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', replaces: null }))).toBe('403 FORBIDDEN');
  });

  it('keeps the months Simpul reads "secara periodik" as (Dumai 67/2022 Lampiran BAB II), null for the default', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    expect((await setPeriodicReadingMonths(db, admin, 6)).periodicReadingMonths).toBe(6);
    expect(presentTenant(await findTenant(db, admin.tenantId)).periodicReadingMonths).toBe(6);
    expect((await setPeriodicReadingMonths(db, admin, null)).periodicReadingMonths).toBeNull();
    expect((await lastAudit(admin.tenantId)).action).toBe('tenant.periodicReading');
  });
});

describe('regulations in force: a new regulation that replaces another (Dumai 67/2022 Ps 34 revokes Dumai 18/2019)', () => {
  it('ends the replaced regulation the day before and records who revoked it, when and with what', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const after = await addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-18-2019' });
    const old = after.regulations.find((r) => r.regulation === 'dumai-18-2019');
    const added = after.regulations.find((r) => r.regulation === 'dumai-67-2022');
    expect(old).toMatchObject({ effectiveUntil: '2022-06-30', inForce: false, revocation: { byRegulation: 'dumai-67-2022', byUserId: admin.actor?.userId } });
    expect(Date.now() - Date.parse(old?.revocation?.at ?? '')).toBeLessThan(60_000);
    expect(added).toMatchObject({ effectiveFrom: '2022-07-01', effectiveUntil: null, inForce: true, revocation: null });
    const entry = await lastAudit(admin.tenantId);
    expect(entry.action).toBe('tenant.regulation.replace');
    expect(entry.after).toMatchObject({ added: { regulation: 'dumai-67-2022', replaces: 'dumai-18-2019' } });
  });

  it('keeps the recorded revocation when the whole profile is saved again with PUT', async () => {
    const { db } = database;
    const { admin, input } = await createTestTenant(db);
    const replaced = await addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-18-2019' });
    const again = await updateTenantProfile(db, admin, { ...input, regulations: replaced.regulations.map(({ regulation, effectiveFrom, effectiveUntil }) => ({ regulation, effectiveFrom, effectiveUntil })) });
    expect(again.regulations.find((r) => r.regulation === 'dumai-18-2019')?.revocation?.byRegulation).toBe('dumai-67-2022');
  });

  it('adds a regulation that replaces none, in force from its date', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    const after = await addRegulation(db, admin, { regulation: 'palu-14-2022', effectiveFrom: '2022-01-01', replaces: null });
    expect(after.regulations.find((r) => r.regulation === 'palu-14-2022')).toMatchObject({ inForce: true, revocation: null });
    expect(after.regulations.find((r) => r.regulation === 'dumai-18-2019')?.effectiveUntil).toBeNull();
    expect((await lastAudit(admin.tenantId)).action).toBe('tenant.regulation.add');
  });

  it('refuses a regulation already in the profile, a replaced one not in it, one that starts too early, one already ended', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db, {
      regulations: [
        { regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: '2020-12-31' },
        { regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', effectiveUntil: null },
      ],
    });
    expect(await codeOf(addRegulation(db, admin, { regulation: 'jambi-10-2017', effectiveFrom: '2023-01-01', replaces: null }))).toBe('409 REGULATION_ALREADY_IN_PROFILE');
    expect(await codeOf(addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'palu-14-2022' }))).toBe('422 REGULATION_NOT_IN_PROFILE');
    expect(await codeOf(addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2017-03-27', replaces: 'jambi-10-2017' }))).toBe('422 REPLACEMENT_STARTS_TOO_EARLY');
    expect(await codeOf(addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-18-2019' }))).toBe('409 REGULATION_ALREADY_ENDED');
    expect((await findTenant(db, admin.tenantId)).regulations.map((r) => r.regulation).sort()).toEqual(['dumai-18-2019', 'jambi-10-2017']);
  });
});

describe('signing certificate (Palu 14/2022 Ps 32: keaslian dan kenirsangkalan of issued documents)', () => {
  const day = 86400_000;

  it('installs an uploaded PKCS#12, shows its subject, issuer, serial and validity, and signs the next letter with it', async () => {
    const { db } = database;
    const { deps } = createTestApp(db);
    const { admin } = await createTestTenant(db);
    const cert = buildTestP12({ commonName: 'Kepala Dinas Kominfo Kota Uji', password: 'sandi-p12-uji' });
    const { current } = await installSigningCertificate(db, deps, admin, { content: cert.p12, password: 'sandi-p12-uji' });
    expect(current).toMatchObject({
      subject: 'CN=Kepala Dinas Kominfo Kota Uji, O=Pemerintah Kota Uji, C=ID',
      issuer: 'CN=CA Uji Simpul, O=Otoritas Sertifikat Uji, C=ID',
      serialNumber: cert.serialNumber,
      uploaded: true,
    });
    expect((await getSigningCertificate(db, admin)).current?.serialNumber).toBe(cert.serialNumber);
    expect((await lastAudit(admin.tenantId)).action).toBe('signingCertificate.install');

    const { pdf } = await db.transaction((tx) =>
      issueDocument(tx, deps, admin, { kind: 'test_letter', title: 'Surat Uji', draw: (doc) => void doc.text('Isi surat'), footerText: (url) => url }),
    );
    const report = pdfsig(pdf);
    expect(report).toContain('Signer Certificate Common Name: Kepala Dinas Kominfo Kota Uji');
    expect(report).toContain('Signature is Valid');
  });

  it('keeps the key encrypted at rest under the server-derived passphrase, not the uploaded password', async () => {
    const { db } = database;
    const { deps } = createTestApp(db);
    const { admin } = await createTestTenant(db);
    const cert = buildTestP12({ commonName: 'Penandatangan Uji', password: 'sandi-asli' });
    await installSigningCertificate(db, deps, admin, { content: cert.p12, password: 'sandi-asli' });
    const [row] = await db.select().from(signingKeys).where(and(eq(signingKeys.tenantId, admin.tenantId)));
    const der = forge.util.createBuffer(Buffer.from(row.p12Base64, 'base64').toString('binary'));
    expect(() => forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), false, 'sandi-asli')).toThrow();
    expect(row.uploadedBy).toBe(admin.actor?.userId);
  });

  it('refuses a wrong password, an expired or not yet valid certificate, and a file that is not PKCS#12', async () => {
    const { db } = database;
    const { deps } = createTestApp(db);
    const { admin } = await createTestTenant(db);
    const good = buildTestP12({ commonName: 'Uji', password: 'benar' });
    expect(await codeOf(installSigningCertificate(db, deps, admin, { content: good.p12, password: 'salah' }))).toBe('422 CERTIFICATE_WRONG_PASSWORD');
    const expired = buildTestP12({ commonName: 'Uji', password: 'p', notBefore: new Date(Date.now() - 400 * day), notAfter: new Date(Date.now() - day) });
    expect(await codeOf(installSigningCertificate(db, deps, admin, { content: expired.p12, password: 'p' }))).toBe('422 CERTIFICATE_EXPIRED');
    const early = buildTestP12({ commonName: 'Uji', password: 'p', notBefore: new Date(Date.now() + 10 * day), notAfter: new Date(Date.now() + 400 * day) });
    expect(await codeOf(installSigningCertificate(db, deps, admin, { content: early.p12, password: 'p' }))).toBe('422 CERTIFICATE_NOT_YET_VALID');
    expect(await codeOf(installSigningCertificate(db, deps, admin, { content: Buffer.from('bukan sertifikat'), password: 'p' }))).toBe('422 CERTIFICATE_NOT_PKCS12');
    expect((await getSigningCertificate(db, admin)).current).toBeNull();
  });
});

describe('letterhead', () => {
  it('prints the lines and the logo at the top of the first page of issued documents', async () => {
    const { db } = database;
    const { deps } = createTestApp(db);
    const { admin } = await createTestTenant(db);
    await setLetterheadLines(db, admin, ['PEMERINTAH KOTA UJI', 'DINAS KOMUNIKASI DAN INFORMATIKA', 'Jl. Merdeka No. 1, Kota Uji']);
    const view = await setLetterheadLogo(db, deps, admin, { content: buildPng(), fileName: 'logo.png', mimeType: 'image/png' });
    expect(view).toMatchObject({ hasLogo: true, lines: ['PEMERINTAH KOTA UJI', 'DINAS KOMUNIKASI DAN INFORMATIKA', 'Jl. Merdeka No. 1, Kota Uji'] });
    const { pdf } = await db.transaction((tx) =>
      issueDocument(tx, deps, admin, { kind: 'test_letter', title: 'Surat Uji', draw: (doc) => void doc.text('Isi surat'), footerText: (url) => url }),
    );
    const text = extractPdfText(pdf);
    expect(text.indexOf('PEMERINTAH KOTA UJI')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('PEMERINTAH KOTA UJI')).toBeLessThan(text.indexOf('Isi surat'));
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });
});

describe('notifications: test send, outbox, resend', () => {
  it('sends a test email through the outbox to the SMTP server and shows it sent', async () => {
    const { db } = database;
    const { admin, input } = await createTestTenant(db);
    await updateNotificationSettings(db, admin, { smtpHost: '127.0.0.1', smtpPort: mail.port, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@dumaikota.go.id', appUrl: null, webhookUrl: null });
    const delivery = await sendTestNotification(db, admin, { channel: 'email', to: null });
    expect(delivery).toMatchObject({ channel: 'email', target: input.admin.email, status: 'sent', attempts: 1 });
    expect(mail.mails.some((m) => m.to.includes(input.admin.email) && m.data.includes('Simpul'))).toBe(true);
    const page = await listDeliveries(db, admin, { page: 1, pageSize: 25, status: 'sent' });
    expect(page.items.map((d) => d.id)).toContain(delivery.id);
    expect((await listDeliveries(db, admin, { page: 1, pageSize: 25, status: 'failed' })).total).toBe(0);
  });

  it('keeps a failed message in the outbox with its error, and resends it once the server is right', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    await updateNotificationSettings(db, admin, { smtpHost: '127.0.0.1', smtpPort: 9, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@dumaikota.go.id', appUrl: null, webhookUrl: null });
    const failed = await sendTestNotification(db, admin, { channel: 'email', to: 'uji@dumaikota.go.id' });
    expect(failed.status).toBe('pending');
    expect(failed.lastError).toBeTruthy();
    await patchNotificationSettings(db, admin, { smtpPort: mail.port });
    const resent = await resendDelivery(db, admin, failed.id);
    expect(resent).toMatchObject({ id: failed.id, status: 'sent', attempts: 1 });
    expect(mail.mails.some((m) => m.to.includes('uji@dumaikota.go.id'))).toBe(true);
    expect(await codeOf(resendDelivery(db, admin, failed.id))).toBe('409 DELIVERY_ALREADY_SENT');
  });

  it('refuses a test send on a channel that is not set up', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    expect(await codeOf(sendTestNotification(db, admin, { channel: 'email', to: null }))).toBe('409 SMTP_NOT_CONFIGURED');
    expect(await codeOf(sendTestNotification(db, admin, { channel: 'webhook', to: null }))).toBe('409 WEBHOOK_NOT_CONFIGURED');
  });

  it('PATCH of the settings keeps the fields and the secrets left out', async () => {
    const { db } = database;
    const { admin } = await createTestTenant(db);
    await updateNotificationSettings(db, admin, { smtpHost: 'mail.dumaikota.go.id', smtpPort: 465, smtpSecure: true, smtpUser: 'simpul', smtpPassword: 'sandi-smtp', mailFrom: 'simpul@dumaikota.go.id', appUrl: null, webhookUrl: null });
    const after = await patchNotificationSettings(db, admin, { mailFrom: 'kominfo@dumaikota.go.id' });
    expect(after).toMatchObject({ smtpHost: 'mail.dumaikota.go.id', smtpPort: 465, smtpSecure: true, smtpUser: 'simpul', hasSmtpPassword: true, mailFrom: 'kominfo@dumaikota.go.id' });
    expect((await getNotificationSettings(db, admin)).smtpSecure).toBe(true);
  });
});
