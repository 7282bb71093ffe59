import { and, count, desc, eq } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { DeliveryListQuery, TestNotificationInput } from '../../../shared/settings';
import { t } from '../../../i18n/server';
import { findActiveUsersByIds } from '../people/queries';
import { deliverDueNotifications } from './delivery';
import { notificationDeliveries, notificationSettings } from './tables';

type Row = typeof notificationDeliveries.$inferSelect;

function presentDelivery(row: Row) {
  return {
    id: row.id,
    channel: row.channel,
    target: row.target,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function findDelivery(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(notificationDeliveries).where(and(eq(notificationDeliveries.tenantId, tenantId), eq(notificationDeliveries.id, id)));
  if (!row) throw notFound('notificationDelivery');
  return row;
}

/** The outbox, newest first, optionally one status (pending, sent, failed). */
export async function listDeliveries(db: DB, ctx: RequestContext, query: DeliveryListQuery) {
  authorize(ctx.actor, 'notificationSettings.manage');
  const where = and(eq(notificationDeliveries.tenantId, ctx.tenantId), query.status ? eq(notificationDeliveries.status, query.status) : undefined);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(notificationDeliveries).where(where),
    db.select().from(notificationDeliveries).where(where).orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
  ]);
  return { items: rows.map(presentDelivery), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Queues a test message through the outbox (the same path every notification takes) and runs
 * the sender at once, so the administrator sees at once whether the server accepted it.
 * An email goes to `to`, or to the administrator's own address.
 */
export async function sendTestNotification(db: DB, ctx: RequestContext, input: TestNotificationInput) {
  authorize(ctx.actor, 'notificationSettings.manage');
  const userId = ctx.actor.userId;
  const id = newId();
  await db.transaction(async (tx) => {
    const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.tenantId, ctx.tenantId));
    const subject = t('id', 'settings.test.subject');
    if (input.channel === 'email') {
      if (!settings?.smtpHost || !settings.mailFrom) throw new AppError('SMTP_NOT_CONFIGURED', 409);
      const [me] = await findActiveUsersByIds(tx, ctx.tenantId, [userId]);
      const to = input.to ?? me?.email;
      if (!to) throw new AppError('VALIDATION_FAILED', 422, {}, { to: 'required' });
      await tx.insert(notificationDeliveries).values({ tenantId: ctx.tenantId, id, channel: 'email', target: to, subject, body: t('id', 'settings.test.body') });
    } else {
      if (!settings?.webhookUrl) throw new AppError('WEBHOOK_NOT_CONFIGURED', 409);
      await tx.insert(notificationDeliveries).values({ tenantId: ctx.tenantId, id, channel: 'webhook', target: settings.webhookUrl, subject, payload: { event: 'test', text: subject } });
    }
    await appendAudit(tx, ctx, { action: 'notification.test', entityType: 'notificationDelivery', entityId: id, after: { channel: input.channel, to: input.to } });
  });
  await deliverDueNotifications(db, { tenantId: ctx.tenantId, deliveryIds: [id], log: ctx.log });
  return presentDelivery(await findDelivery(db, ctx.tenantId, id));
}

/** Sends an undelivered message again now, with a fresh count of attempts. */
export async function resendDelivery(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'notificationSettings.manage');
  await db.transaction(async (tx) => {
    const before = await findDelivery(tx, ctx.tenantId, id);
    if (before.status === 'sent') throw new AppError('DELIVERY_ALREADY_SENT', 409);
    await tx
      .update(notificationDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), updatedAt: new Date() })
      .where(and(eq(notificationDeliveries.tenantId, ctx.tenantId), eq(notificationDeliveries.id, id)));
    await appendAudit(tx, ctx, { action: 'notificationDelivery.resend', entityType: 'notificationDelivery', entityId: id, before: { status: before.status, attempts: before.attempts, lastError: before.lastError } });
  });
  await deliverDueNotifications(db, { tenantId: ctx.tenantId, deliveryIds: [id], log: ctx.log });
  return presentDelivery(await findDelivery(db, ctx.tenantId, id));
}
