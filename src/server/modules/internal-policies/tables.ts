import { date, foreignKey, index, pgTable, primaryKey, text, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { files } from '../../platform/files/tables';

/**
 * The register of Kebijakan Internal SPBE (Dumai 67/2022 Lampiran BAB II.A–J) and the documents
 * they order (guidelines, SOPs): one row per code per tenant, with the decree that set it.
 * A new decree replaces the old one in place; the audit trail keeps the earlier one.
 */
export const internalPolicyRecords = pgTable(
  'internal_policies',
  {
    ...tenantColumns,
    code: text('code').notNull(),
    title: text('title'),
    decreeNumber: text('decree_number').notNull(),
    decreeDate: date('decree_date', { mode: 'string' }).notNull(),
    fileId: uuid('file_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('internal_policies_code').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/** Laporan hasil reviu dan evaluasi: the Lampiran asks each policy to be reviewed periodically. */
export const internalPolicyReviews = pgTable(
  'internal_policy_reviews',
  {
    ...tenantColumns,
    policyId: uuid('policy_id').notNull(),
    reviewedAt: date('reviewed_at', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    followUp: text('follow_up'),
    fileId: uuid('file_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('internal_policy_reviews_policy').on(t.tenantId, t.policyId, t.reviewedAt),
    foreignKey({ columns: [t.tenantId, t.policyId], foreignColumns: [internalPolicyRecords.tenantId, internalPolicyRecords.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);
