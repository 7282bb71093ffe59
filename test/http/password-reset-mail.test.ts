import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { call, createTestApp, signIn, type TestApp } from '../support/http';
import { startMailServer, type MailServer } from '../support/mail-server';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { updateNotificationSettings } from '../../src/server/modules/notifications/settings-service';

let database: Database;
let app: TestApp;
let smtp: MailServer;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createTestApp(database.db).app;
  smtp = await startMailServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

async function mailTo(address: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mail = smtp.mails.find((m) => m.to.includes(address));
    if (mail) return mail;
    if (Date.now() > until) throw new Error(`no mail to ${address}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the "lupa kata sandi" e-mail through SMTP', () => {
  it('arrives in Indonesian with a /t/<slug> link whose token sets the new password', async () => {
    const tenant = await createTestTenant(database.db);
    await updateNotificationSettings(database.db, tenant.admin, {
      smtpHost: '127.0.0.1', smtpPort: smtp.port, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@dumaikota.go.id', appUrl: 'https://simpul.dumaikota.go.id/', webhookUrl: null,
    });
    const { user } = await createTestUser(database.db, tenant.admin, [{ role: 'planner', agencyId: null }]);
    // the route sends the queued e-mail itself, after its answer
    expect((await call(app, null, 'POST', '/api/v1/auth/password-reset/request', { email: user.email, tenant: tenant.slug })).status).toBe(204);
    const mail = await mailTo(user.email);
    expect(mail.data).toContain('Subject: Atur ulang kata sandi Simpul');
    expect(mail.data).toContain('berlaku 30 menit');
    const link = mail.data.match(/https:\/\/simpul\.dumaikota\.go\.id\/t\/([^/\s]+)\/reset-password#([A-Za-z0-9_-]+)/);
    expect(link?.[1]).toBe(tenant.slug);

    const done = await call(app, null, 'POST', '/api/v1/auth/password-reset/complete', { tenant: link![1], token: link![2], newPassword: 'Sandi-Dari-Surel-2047' });
    expect(done.status).toBe(204);
    expect((await signIn(app, user.email, 'Sandi-Dari-Surel-2047', tenant.slug)).cookie).toMatch(/^simpul_session=/);
  });
});
