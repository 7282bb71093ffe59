import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';

/** In-app notifications: one row per recipient. */
export const notifications = pgTable(
  'notifications',
  {
    ...tenantColumns,
    recipientUserId: uuid('recipient_user_id').notNull(),
    /** i18n key suffix under `notifications.kind.` */
    kind: text('kind').notNull(),
    /** what the message names: the request number, type, state… */
    params: jsonb('params').notNull().default({}),
    /** the record the notification is about, for a link */
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('notifications_recipient').on(t.tenantId, t.recipientUserId, t.readAt, t.createdAt)],
);

/**
 * The outbox of email and webhook messages. Written in the same transaction as the change
 * that causes them, sent after it commits; a failure is recorded and retried later, and never
 * undoes the change.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    ...tenantColumns,
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    /** an email address or the webhook URL */
    target: text('target').notNull(),
    subject: text('subject').notNull().default(''),
    body: text('body').notNull().default(''),
    payload: jsonb('payload'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('notification_deliveries_due').on(t.tenantId, t.status, t.nextAttemptAt)],
);

/** Per tenant: the SMTP server for email and a webhook for messaging gateways. */
export const notificationSettings = pgTable('notification_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  smtpHost: text('smtp_host'),
  smtpPort: integer('smtp_port'),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it */
  smtpSecure: boolean('smtp_secure').notNull().default(false),
  smtpUser: text('smtp_user'),
  smtpPassword: text('smtp_password'),
  mailFrom: text('mail_from'),
  /** the address people open, for the links in email */
  appUrl: text('app_url'),
  webhookUrl: text('webhook_url'),
  /** the HMAC-SHA256 key of the X-Simpul-Signature header */
  webhookSecret: text('webhook_secret'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
