import { z } from 'zod';
import { IsoDate, PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';
import { RegulationIdSchema, TenantProfileInput } from './tenants';
import { NotificationSettingsInput } from './notifications';

/** PATCH /tenant: the Pemda profile fields sent are changed, the others kept. */
export const TenantProfilePatch = partialWithoutDefaults(TenantProfileInput.omit({ regulations: true })).meta({ id: 'TenantProfilePatch' });
export type TenantProfilePatch = z.infer<typeof TenantProfilePatch>;

/**
 * A regulation added to the profile; `replaces` names the one it revokes, which then ends the
 * day before the new one starts (e.g. Dumai 67/2022 Ps 34 revoking Dumai 18/2019).
 */
export const RegulationAddition = z
  .object({ regulation: RegulationIdSchema, effectiveFrom: IsoDate, replaces: RegulationIdSchema.nullable() })
  .refine((a) => a.replaces !== a.regulation, { message: 'REGULATION_REPLACES_ITSELF', path: ['replaces'] })
  .meta({ id: 'RegulationAddition' });
export type RegulationAddition = z.infer<typeof RegulationAddition>;

/** Months Simpul reads "secara periodik" as; null: the default reading (12 months). */
export const PeriodicReadingInput = z
  .object({ months: z.number().int().min(1).max(60).nullable() })
  .meta({ id: 'PeriodicReadingInput' });

export const LetterheadInput = z
  .object({ lines: z.array(z.string().trim().min(1).max(200)).max(6) })
  .meta({ id: 'LetterheadInput' });

export const LetterheadView = z
  .object({ lines: z.array(z.string()), hasLogo: z.boolean(), updatedAt: z.string().nullable() })
  .meta({ id: 'Letterhead' });

export const SigningCertificateView = z
  .object({
    subject: z.string(),
    issuer: z.string(),
    serialNumber: z.string(),
    validFrom: z.string(),
    validUntil: z.string(),
    /** true: uploaded by the administrator (issued by a CA such as BSrE); false: Simpul's self-signed one */
    uploaded: z.boolean(),
    installedAt: z.string(),
  })
  .meta({ id: 'SigningCertificate' });

/** The current certificate, or null before the first document is issued. */
export const SigningCertificateState = z.object({ current: SigningCertificateView.nullable() }).meta({ id: 'SigningCertificateState' });

export const NotificationSettingsPatch = partialWithoutDefaults(NotificationSettingsInput).meta({ id: 'NotificationSettingsPatch' });
export type NotificationSettingsPatch = z.infer<typeof NotificationSettingsPatch>;

export const notificationChannels = ['email', 'webhook'] as const;
export const deliveryStatuses = ['pending', 'sent', 'failed'] as const;

export const TestNotificationInput = z
  .object({ channel: z.enum(notificationChannels), to: z.string().trim().toLowerCase().email().max(254).nullable().default(null) })
  .meta({ id: 'TestNotificationInput' });
export type TestNotificationInput = z.infer<typeof TestNotificationInput>;

export const DeliveryView = z
  .object({
    id: Uuid,
    channel: z.enum(notificationChannels),
    target: z.string(),
    subject: z.string(),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string(),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'NotificationDelivery' });

export const DeliveryPage = pageOf(DeliveryView, 'NotificationDeliveryPage');

export const DeliveryListQuery = PageQuery.pick({ page: true, pageSize: true }).extend({ status: z.enum(deliveryStatuses).optional() });
export type DeliveryListQuery = z.infer<typeof DeliveryListQuery>;
