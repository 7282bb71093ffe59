import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DB, Tx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { NotificationListQuery } from '../../../shared/notifications';
import { findActiveUsersByIds } from '../people/queries';
import { t } from '../../../i18n/server';
import { notificationDeliveries, notifications, notificationSettings } from './tables';
import { renderNotification, type NotificationParams } from './render';
import { findTenantSlug } from '../tenants/service';

/**
 * The address of a page of the web app as e-mail carries it: under the tenant's /t/<slug>, so
 * whoever opens it signs in to the right Pemda. Absolute when the settings name the app's URL.
 */
export function tenantLink(appUrl: string | null, slug: string, path: string): string {
  return `${appUrl ? appUrl.replace(/\/$/, '') : ''}/t/${slug}${path}`;
}

/**
 * Queues one e-mail in the outbox, in the caller's transaction, when the tenant has SMTP set
 * up; the id of the queued message, or null when the tenant sends no e-mail. Links in `body`
 * are built by the caller with `tenantLink` from the `appUrl` it is given.
 */
export async function queueEmail(tx: Tx, tenantId: string, compose: (appUrl: string | null) => { to: string; subject: string; body: string }): Promise<string | null> {
  const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.tenantId, tenantId));
  if (!settings?.smtpHost || !settings.mailFrom) return null;
  const mail = compose(settings.appUrl);
  const id = newId();
  await tx.insert(notificationDeliveries).values({ tenantId, id, channel: 'email', target: mail.to, subject: mail.subject, body: mail.body });
  return id;
}

export interface NotificationMessage {
  /** message key under `notifications.kind.` */
  kind: string;
  params: NotificationParams;
  recipientUserIds: readonly string[];
}

export interface NotificationEvent {
  entityType: string;
  entityId: string;
  /** the path of the record in the web app, for email links */
  path: string;
  messages: readonly NotificationMessage[];
  /** what a messaging gateway receives through the webhook, with the messages and their recipients */
  webhookPayload: Record<string, unknown>;
}

/**
 * Records the in-app notifications and queues the email and webhook messages in the
 * caller's transaction (an outbox): they are sent after the commit and retried on failure,
 * so a mail server that is down never undoes or blocks the change itself.
 */
export async function queueNotifications(tx: Tx, tenantId: string, event: NotificationEvent): Promise<void> {
  const people = new Map((await findActiveUsersByIds(tx, tenantId, event.messages.flatMap((m) => [...m.recipientUserIds]))).map((p) => [p.id, p]));
  const messages = event.messages
    .map((m) => ({ ...m, recipients: [...new Set(m.recipientUserIds)].flatMap((id) => people.get(id) ?? []) }))
    .filter((m) => m.recipients.length > 0);
  if (messages.length === 0) return;
  await tx.insert(notifications).values(
    messages.flatMap((m) =>
      m.recipients.map((r) => ({ tenantId, id: newId(), recipientUserId: r.id, kind: m.kind, params: m.params, entityType: event.entityType, entityId: event.entityId })),
    ),
  );
  const [settings] = await tx.select().from(notificationSettings).where(eq(notificationSettings.tenantId, tenantId));
  if (!settings) return;
  // Email and the gateway get Indonesian, the language of the Pemda's letters.
  const texts = messages.map((m) => ({ ...m, text: renderNotification('id', m.kind, m.params) }));
  if (settings.smtpHost && settings.mailFrom) {
    const link = tenantLink(settings.appUrl, await findTenantSlug(tx, tenantId), event.path);
    const footer = `${t('id', 'notifications.email.open', { link })}\n\n${t('id', 'notifications.email.footer')}`;
    await tx.insert(notificationDeliveries).values(
      texts.flatMap((m) =>
        m.recipients.map((r) => ({ tenantId, id: newId(), channel: 'email' as const, target: r.email, subject: m.text, body: `${m.text}\n\n${footer}` })),
      ),
    );
  }
  if (settings.webhookUrl) {
    const payload = {
      ...event.webhookPayload,
      messages: texts.map((m) => ({ kind: m.kind, text: m.text, recipients: m.recipients.map((r) => ({ id: r.id, name: r.name, email: r.email })) })),
    };
    await tx.insert(notificationDeliveries).values({ tenantId, id: newId(), channel: 'webhook', target: settings.webhookUrl, payload });
  }
}

type Row = typeof notifications.$inferSelect;

function presentNotification(row: Row, locale: RequestContext['locale']) {
  return {
    id: row.id,
    kind: row.kind,
    message: renderNotification(locale, row.kind, row.params as NotificationParams),
    entityType: row.entityType,
    entityId: row.entityId,
    readAt: row.readAt?.toISOString() ?? null,
    at: row.createdAt.toISOString(),
  };
}

export async function countUnreadNotifications(db: DB, tenantId: string, userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.recipientUserId, userId), isNull(notifications.readAt)));
  return n;
}

/** A person's own notifications, newest first. */
export async function listNotifications(db: DB, ctx: RequestContext, query: NotificationListQuery) {
  authorize(ctx.actor, 'notification.read');
  const where = and(
    eq(notifications.tenantId, ctx.tenantId),
    eq(notifications.recipientUserId, ctx.actor.userId),
    query.unread === 'true' ? isNull(notifications.readAt) : undefined,
  );
  const [[{ total }], rows, unread] = await Promise.all([
    db.select({ total: count() }).from(notifications).where(where),
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    countUnreadNotifications(db, ctx.tenantId, ctx.actor.userId),
  ]);
  return { items: rows.map((r) => presentNotification(r, ctx.locale)), total, page: query.page, pageSize: query.pageSize, unread };
}

/** Marks one of the person's notifications read (someone else's is not found). */
export async function markNotificationRead(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'notification.read');
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date(), updatedAt: new Date() })
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.id, id), eq(notifications.recipientUserId, ctx.actor.userId)))
    .returning();
  if (!row) throw notFound('notification');
  return presentNotification(row, ctx.locale);
}

export async function markAllNotificationsRead(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'notification.read');
  await db
    .update(notifications)
    .set({ readAt: new Date(), updatedAt: new Date() })
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.recipientUserId, ctx.actor.userId), isNull(notifications.readAt)));
}
