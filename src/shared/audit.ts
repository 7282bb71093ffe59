import { z } from 'zod';
import { auditEntityTypes } from './audit-actions';

export const AuditEntryView = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    agencyId: z.string().nullable(),
    /** the record's display name (name, code, title, number) when the reader may see it */
    recordName: z.string().nullable().optional(),
    agencyName: z.string().nullable().optional(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditVerificationView = z
  .object({
    intact: z.boolean(),
    entries: z.number().int(),
    /** rows whose table was sealed after their record's last entry: not judged until their next write */
    notYetSealed: z.number().int().optional(),
    brokenAt: z
      .object({ seq: z.number().int(), id: z.string(), reason: z.string(), table: z.string().optional(), rowId: z.string().optional() })
      .optional(),
    /** what was found, in the reader's language */
    message: z.string(),
  })
  .meta({ id: 'AuditVerification' });

/**
 * Filters of the trail. Dates are instants: the web turns the user's local dates into the start
 * of the first day and the start of the day after the last, so "to" is exclusive.
 */
export const AuditFilter = z.object({
  actorUserId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  entityType: z.enum(auditEntityTypes).optional(),
  entityId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const AuditActorView = z.object({ userId: z.string().nullable(), label: z.string() }).meta({ id: 'AuditActor' });
