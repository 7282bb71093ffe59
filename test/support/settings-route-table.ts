import type { RouteCase, WalkFixtures } from './route-table';
import { buildPng, buildTestP12, certificateForm } from './certificates';
import { fileForm } from './problems';
import { and, desc, eq } from 'drizzle-orm';
import { queueNotifications } from '../../src/server/modules/notifications/service';
import { notificationDeliveries } from '../../src/server/modules/notifications/tables';

// one certificate for the whole walk: every admin call installs it again
const certificate = buildTestP12({ commonName: 'Kepala Diskominfo Uji', password: 'sandi-p12' });

/** An undelivered webhook message of the walk's tenant, through the real outbox. */
async function undeliveredMessage(f: WalkFixtures): Promise<string> {
  const adminId = f.admin.actor?.userId ?? '';
  const ids = await f.db.transaction(async (tx) => {
    await queueNotifications(tx, f.admin.tenantId, {
      entityType: 'tenant',
      entityId: f.admin.tenantId,
      path: '/settings',
      messages: [{ kind: 'request.awaiting', params: { number: 'UJI-1', type: 'uji' }, recipientUserIds: [adminId] }],
      webhookPayload: { event: 'walk' },
    });
    return tx.select({ id: notificationDeliveries.id }).from(notificationDeliveries).where(and(eq(notificationDeliveries.tenantId, f.admin.tenantId), eq(notificationDeliveries.channel, 'webhook'))).orderBy(desc(notificationDeliveries.createdAt)).limit(1);
  });
  return ids[0]?.id ?? '0190b2a4-0000-7000-8000-000000000000';
}

/** The settings routes of the administrator (docs/settings.md § API). */
export const settingsRouteTable: Record<string, RouteCase[]> = {
  'PATCH /api/v1/tenant': [{ permission: 'tenant.update', request: async (f) => ({ path: '/api/v1/tenant', body: { name: f.tenantInput.name } }) }],
  'POST /api/v1/tenant/regulations': [
    // the first admin call adds it; every later one finds it in the profile already
    { permission: 'tenant.update', allowedErrors: [409], request: async () => ({ path: '/api/v1/tenant/regulations', body: { regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', replaces: null } }) },
  ],
  'PUT /api/v1/tenant/periodic-reading': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/tenant/periodic-reading', body: { months: 12 } }) }],
  'GET /api/v1/letterhead': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/letterhead' }) }],
  'PUT /api/v1/letterhead': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/letterhead', body: { lines: ['PEMERINTAH KOTA UJI', 'Jl. Uji No. 1'] } }) }],
  'GET /api/v1/letterhead/logo': [{ permission: 'tenant.update', allowedErrors: [404], request: async () => ({ path: '/api/v1/letterhead/logo' }) }],
  'PUT /api/v1/letterhead/logo': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/letterhead/logo', body: fileForm('logo.png', buildPng(), 'image/png') }) }],
  'DELETE /api/v1/letterhead/logo': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/letterhead/logo' }) }],
  'GET /api/v1/signing-certificate': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/signing-certificate' }) }],
  'POST /api/v1/signing-certificate': [{ permission: 'tenant.update', request: async () => ({ path: '/api/v1/signing-certificate', body: certificateForm(certificate.p12, 'sandi-p12') }) }],
  'PATCH /api/v1/notification-settings': [
    // a webhook nobody listens on: the test send below fails at once and stays in the outbox
    { permission: 'notificationSettings.manage', request: async () => ({ path: '/api/v1/notification-settings', body: { webhookUrl: 'http://127.0.0.1:9/simpul-walk' } }) },
  ],
  'POST /api/v1/notification-settings/test': [
    { permission: 'notificationSettings.manage', allowedErrors: [409], request: async () => ({ path: '/api/v1/notification-settings/test', body: { channel: 'webhook' } }) },
  ],
  'GET /api/v1/notification-deliveries': [{ permission: 'notificationSettings.manage', request: async () => ({ path: '/api/v1/notification-deliveries' }) }],
  'POST /api/v1/notification-deliveries/{id}/resend': [
    { permission: 'notificationSettings.manage', allowedErrors: [409], request: async (f) => ({ path: `/api/v1/notification-deliveries/${await undeliveredMessage(f)}/resend` }) },
  ],
};
