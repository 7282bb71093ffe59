import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import { startMailServer, type MailServer } from '../support/mail-server';
import type { Database } from '../../src/server/platform/db/database';
import { createRequestsWorld, createTestRequest } from '../../src/server/testing/requests-factories';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { updateNotificationSettings, getNotificationSettings } from '../../src/server/modules/notifications/settings-service';
import { deliverDueNotifications } from '../../src/server/modules/notifications/delivery';
import { notificationDeliveries } from '../../src/server/modules/notifications/tables';

let database: Database;
const hooks: { headers: IncomingHttpHeaders; body: string }[] = [];
let hookStatus = 200;
let smtp: MailServer;
let hookServer: Server;
let hookUrl = '';

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startMailServer();
  hookServer = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(hookStatus).end();
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/simpul`;
});

afterAll(async () => {
  await smtp.close();
  await new Promise<void>((resolve) => hookServer.close(() => resolve()));
  await database.close();
});

const secret = 'rahasia-webhook-uji-0123456789';

async function setUp() {
  const { db } = database;
  const world = await createRequestsWorld(db);
  await updateNotificationSettings(db, world.admin, {
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    smtpSecure: false,
    smtpUser: null,
    mailFrom: 'simpul@palukota.go.id',
    appUrl: 'https://simpul.palukota.go.id',
    webhookUrl: hookUrl,
    webhookSecret: secret,
  });
  const draft = await createTestRequest(db, world.people.requester.ctx, 'data_access', { stewardAgencyId: world.agencies.population.id });
  return { world, draft };
}

describe('email and webhook notifications', () => {
  it('the SMTP server receives the mail to the steward, the webhook a JSON body signed with HMAC-SHA256', async () => {
    const { db } = database;
    const { world, draft } = await setUp();
    hookStatus = 200;
    const submitted = await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
    const result = await deliverDueNotifications(db, { tenantId: world.tenantId });
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThan(2);

    const toSteward = smtp.mails.find((m) => m.to.includes(world.people.stewardHead.user.email));
    expect(toSteward?.data).toContain(submitted.number);
    // the link names the tenant, so whoever opens it signs in to the right Pemda
    expect(toSteward?.data).toContain(`https://simpul.palukota.go.id/t/${world.slug}/requests/${draft.id}`);
    expect(smtp.mails.find((m) => m.to.includes(world.people.ictHead.user.email))?.data).toContain('Tembusan');

    const hook = hooks.find((h) => JSON.parse(h.body).request?.id === draft.id);
    expect(hook).toBeDefined();
    const expected = `sha256=${createHmac('sha256', secret).update(hook!.body).digest('hex')}`;
    expect(hook!.headers['x-simpul-signature']).toBe(expected);
    expect(hook!.headers['content-type']).toBe('application/json');
    const payload = JSON.parse(hook!.body);
    expect(payload).toMatchObject({ event: 'request.step', request: { number: submitted.number, state: 'submitted' }, step: { transition: 'submit' } });
    expect(payload.messages.map((m: { kind: string }) => m.kind).sort()).toEqual(['request.awaiting', 'request.copy_submitted']);
    expect(await deliverDueNotifications(db, { tenantId: world.tenantId })).toEqual({ sent: 0, failed: 0 });
  });

  it('a failed delivery never fails the step: it is recorded and retried later', async () => {
    const { db } = database;
    const { world, draft } = await setUp();
    // nothing listens on port 1; the webhook secret is left out, so the stored one is kept
    await updateNotificationSettings(db, world.admin, {
      smtpHost: '127.0.0.1', smtpPort: 1, smtpSecure: false, smtpUser: null, mailFrom: 'simpul@palukota.go.id', appUrl: null, webhookUrl: hookUrl,
    });
    hookStatus = 503;
    const submitted = await takeRequestStep(db, world.people.requester.ctx, draft.id, { transition: 'submit', acknowledgedStatements: ['data_confidentiality'] });
    expect(submitted.state).toBe('submitted');

    const now = new Date();
    const first = await deliverDueNotifications(db, { tenantId: world.tenantId, now });
    expect(first.sent).toBe(0);
    expect(first.failed).toBeGreaterThan(0);
    const [hook] = await db.select().from(notificationDeliveries).where(and(eq(notificationDeliveries.tenantId, world.tenantId), eq(notificationDeliveries.channel, 'webhook')));
    expect(hook).toMatchObject({ status: 'pending', attempts: 1, lastError: 'webhook answered 503' });
    const lastHook = hooks.at(-1)!;
    expect(lastHook.headers['x-simpul-signature']).toBe(`sha256=${createHmac('sha256', secret).update(lastHook.body).digest('hex')}`);
    expect(await getNotificationSettings(db, world.admin)).toMatchObject({ hasWebhookSecret: true, pendingDeliveries: first.failed });

    hookStatus = 200;
    expect((await deliverDueNotifications(db, { tenantId: world.tenantId, now })).sent).toBe(0);
    const later = await deliverDueNotifications(db, { tenantId: world.tenantId, now: new Date(now.getTime() + 2 * 60_000) });
    expect(later.sent).toBe(1);
    const [retried] = await db.select().from(notificationDeliveries).where(and(eq(notificationDeliveries.tenantId, world.tenantId), eq(notificationDeliveries.channel, 'webhook')));
    expect(retried).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });
});
