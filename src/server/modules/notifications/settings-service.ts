import { and, count, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { NotificationSettingsInput } from '../../../shared/notifications';
import type { NotificationSettingsPatch } from '../../../shared/settings';
import { notificationDeliveries, notificationSettings } from './tables';

type Row = typeof notificationSettings.$inferSelect;

// The password and the webhook secret are written, never read back.
function presentSettings(row: Row | undefined, counts: { failed: number; pending: number }) {
  return {
    smtpHost: row?.smtpHost ?? null,
    smtpPort: row?.smtpPort ?? null,
    smtpSecure: row?.smtpSecure ?? false,
    smtpUser: row?.smtpUser ?? null,
    hasSmtpPassword: !!row?.smtpPassword,
    mailFrom: row?.mailFrom ?? null,
    appUrl: row?.appUrl ?? null,
    webhookUrl: row?.webhookUrl ?? null,
    hasWebhookSecret: !!row?.webhookSecret,
    failedDeliveries: counts.failed,
    pendingDeliveries: counts.pending,
  };
}

async function countDeliveries(db: DB, tenantId: string, status: 'failed' | 'pending') {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.tenantId, tenantId), eq(notificationDeliveries.status, status)));
  return n;
}

async function loadSettings(db: DB, tenantId: string) {
  const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.tenantId, tenantId));
  const [failed, pending] = await Promise.all([countDeliveries(db, tenantId, 'failed'), countDeliveries(db, tenantId, 'pending')]);
  return presentSettings(row, { failed, pending });
}

export async function getNotificationSettings(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'notificationSettings.manage');
  return loadSettings(db, ctx.tenantId);
}

export async function updateNotificationSettings(db: DB, ctx: RequestContext, input: NotificationSettingsInput) {
  authorize(ctx.actor, 'notificationSettings.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(notificationSettings).where(eq(notificationSettings.tenantId, ctx.tenantId));
    const { smtpPassword, webhookSecret, ...plain } = input;
    const values = {
      ...plain,
      smtpPassword: smtpPassword === undefined ? (before?.smtpPassword ?? null) : smtpPassword,
      webhookSecret: webhookSecret === undefined ? (before?.webhookSecret ?? null) : webhookSecret,
      updatedAt: new Date(),
    };
    await tx
      .insert(notificationSettings)
      .values({ tenantId: ctx.tenantId, ...values })
      .onConflictDoUpdate({ target: notificationSettings.tenantId, set: values });
    // the trail records that secrets changed, not what they are
    const redact = (r: Partial<Row> | undefined) =>
      r && { ...r, smtpPassword: r.smtpPassword ? '[set]' : null, webhookSecret: r.webhookSecret ? '[set]' : null };
    await appendAudit(tx, ctx, { action: 'notificationSettings.update', entityType: 'tenant', entityId: ctx.tenantId, before: redact(before), after: redact(values) });
  });
  return loadSettings(db, ctx.tenantId);
}

/** Changes the settings sent and keeps the others (PATCH /notification-settings). */
export async function patchNotificationSettings(db: DB, ctx: RequestContext, patch: NotificationSettingsPatch) {
  authorize(ctx.actor, 'notificationSettings.manage');
  const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.tenantId, ctx.tenantId));
  const pick = <K extends keyof NotificationSettingsPatch>(key: K, stored: NotificationSettingsInput[K]) => (patch[key] === undefined ? stored : patch[key]) as NotificationSettingsInput[K];
  return updateNotificationSettings(db, ctx, {
    smtpHost: pick('smtpHost', row?.smtpHost ?? null),
    smtpPort: pick('smtpPort', row?.smtpPort ?? null),
    smtpSecure: pick('smtpSecure', row?.smtpSecure ?? false),
    smtpUser: pick('smtpUser', row?.smtpUser ?? null),
    mailFrom: pick('mailFrom', row?.mailFrom ?? null),
    appUrl: pick('appUrl', row?.appUrl ?? null),
    webhookUrl: pick('webhookUrl', row?.webhookUrl ?? null),
    // left out, the stored secrets are kept
    smtpPassword: patch.smtpPassword,
    webhookSecret: patch.webhookSecret,
  });
}
