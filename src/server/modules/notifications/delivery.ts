import { createHmac } from 'node:crypto';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { DB } from '../../platform/db/database';
import type { Logger } from '../../platform/logger';
import { notificationDeliveries, notificationSettings } from './tables';

type Delivery = typeof notificationDeliveries.$inferSelect;
type Settings = typeof notificationSettings.$inferSelect;

/** After this many attempts a message is marked failed and left for the administrator. */
export const maxDeliveryAttempts = 8;
const batchSize = 50;
// A claimed message is not picked up by another sender for this long.
const leaseMs = 5 * 60_000;

/** 1, 2, 4 … minutes, at most a day, between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 24 * 60 * 60_000);
}

/** The signature a gateway checks: HMAC-SHA256 of the raw body with the tenant's secret. */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

async function sendEmail(settings: Settings, delivery: Delivery): Promise<void> {
  if (!settings.smtpHost || !settings.mailFrom) throw new Error('SMTP is not configured');
  const transport = nodemailer.createTransport({
    host: settings.smtpHost,
    port: settings.smtpPort ?? (settings.smtpSecure ? 465 : 587),
    secure: settings.smtpSecure,
    auth: settings.smtpUser ? { user: settings.smtpUser, pass: settings.smtpPassword ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: settings.mailFrom, to: delivery.target, subject: delivery.subject, text: delivery.body });
  } finally {
    transport.close();
  }
}

async function sendWebhook(settings: Settings, delivery: Delivery): Promise<void> {
  const body = JSON.stringify({ id: delivery.id, at: delivery.createdAt.toISOString(), ...(delivery.payload as object) });
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Simpul-Webhook/1', 'x-simpul-delivery': delivery.id };
  if (settings.webhookSecret) headers['x-simpul-signature'] = signWebhookBody(body, settings.webhookSecret);
  const res = await fetch(delivery.target, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}

/** Takes due messages for this sender: the lease keeps a parallel sender from sending them too. */
async function claimDueDeliveries(db: DB, tenantId: string | null, now: Date, ids?: string[]): Promise<Delivery[]> {
  const due = db
    .select({ id: notificationDeliveries.id })
    .from(notificationDeliveries)
    .where(
      and(
        tenantId ? eq(notificationDeliveries.tenantId, tenantId) : undefined,
        ids ? inArray(notificationDeliveries.id, ids) : undefined,
        eq(notificationDeliveries.status, 'pending'),
        lte(notificationDeliveries.nextAttemptAt, now),
      ),
    )
    .limit(batchSize);
  return db
    .update(notificationDeliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${notificationDeliveries.attempts} + 1`, updatedAt: now })
    .where(and(inArray(notificationDeliveries.id, due), eq(notificationDeliveries.status, 'pending'), lte(notificationDeliveries.nextAttemptAt, now)))
    .returning();
}

/**
 * Sends the messages that are due (for one tenant, or all; or only the ones named, as a test
 * send does), records each outcome, and
 * schedules a retry for each failure. Never throws for a failed message.
 */
export async function deliverDueNotifications(db: DB, options: { tenantId?: string; deliveryIds?: string[]; now?: Date; log?: Logger } = {}) {
  const now = options.now ?? new Date();
  const claimed = await claimDueDeliveries(db, options.tenantId ?? null, now, options.deliveryIds);
  const tenantIds = [...new Set(claimed.map((d) => d.tenantId))];
  const settingsRows = tenantIds.length
    ? await db.select().from(notificationSettings).where(inArray(notificationSettings.tenantId, tenantIds))
    : [];
  const settingsOf = new Map(settingsRows.map((s) => [s.tenantId, s]));
  const result = { sent: 0, failed: 0 };
  for (const delivery of claimed) {
    const where = and(eq(notificationDeliveries.tenantId, delivery.tenantId), eq(notificationDeliveries.id, delivery.id));
    try {
      const settings = settingsOf.get(delivery.tenantId);
      if (!settings) throw new Error('notification settings removed');
      await (delivery.channel === 'email' ? sendEmail(settings, delivery) : sendWebhook(settings, delivery));
      await db.update(notificationDeliveries).set({ status: 'sent', sentAt: new Date(), lastError: null, updatedAt: new Date() }).where(where);
      result.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const gaveUp = delivery.attempts >= maxDeliveryAttempts;
      options.log?.warn({ deliveryId: delivery.id, channel: delivery.channel, attempts: delivery.attempts, err: message }, 'notification delivery failed');
      await db
        .update(notificationDeliveries)
        .set({
          status: gaveUp ? 'failed' : 'pending',
          lastError: message.slice(0, 1000),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)),
          updatedAt: new Date(),
        })
        .where(where);
      result.failed++;
    }
  }
  return result;
}
