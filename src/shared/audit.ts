import { z } from 'zod';

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
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditVerificationView = z
  .object({
    intact: z.boolean(),
    entries: z.number().int(),
    brokenAt: z
      .object({ seq: z.number().int(), id: z.string(), reason: z.string(), table: z.string().optional(), rowId: z.string().optional() })
      .optional(),
    /** what was found, in the reader's language */
    message: z.string(),
  })
  .meta({ id: 'AuditVerification' });
