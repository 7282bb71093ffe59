import { z } from 'zod';
import { PageQuery, Uuid, pageOf } from './common';

export const NotificationView = z
  .object({
    id: Uuid,
    kind: z.string(),
    /** the message in the reader's language */
    message: z.string(),
    entityType: z.string().nullable(),
    entityId: Uuid.nullable(),
    readAt: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'Notification' });

export const NotificationPage = pageOf(NotificationView, 'NotificationPage').extend({ unread: z.number().int() });

export const NotificationListQuery = PageQuery.pick({ page: true, pageSize: true }).extend({
  unread: z.enum(['true', 'false']).default('false'),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

const Host = z.string().trim().min(1).max(253);

export const NotificationSettingsInput = z
  .object({
    smtpHost: Host.nullable(),
    smtpPort: z.number().int().min(1).max(65535).nullable(),
    smtpSecure: z.boolean().default(false),
    smtpUser: z.string().trim().max(254).nullable(),
    /** left out: keep the stored password; null: remove it */
    smtpPassword: z.string().max(500).nullable().optional(),
    mailFrom: z.string().trim().email().max(254).nullable(),
    /** the address people open, for links in email (e.g. https://simpul.palukota.go.id) */
    appUrl: z.url({ protocol: /^https?$/ }).max(500).nullable(),
    webhookUrl: z.url({ protocol: /^https?$/ }).max(1000).nullable(),
    /** left out: keep the stored secret; null: remove it */
    webhookSecret: z.string().min(16).max(500).nullable().optional(),
  })
  .meta({ id: 'NotificationSettingsInput' });
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

export const NotificationSettingsView = z
  .object({
    smtpHost: z.string().nullable(),
    smtpPort: z.number().nullable(),
    smtpSecure: z.boolean(),
    smtpUser: z.string().nullable(),
    hasSmtpPassword: z.boolean(),
    mailFrom: z.string().nullable(),
    appUrl: z.string().nullable(),
    webhookUrl: z.string().nullable(),
    hasWebhookSecret: z.boolean(),
    /** messages not delivered after every retry */
    failedDeliveries: z.number().int(),
    pendingDeliveries: z.number().int(),
  })
  .meta({ id: 'NotificationSettings' });
