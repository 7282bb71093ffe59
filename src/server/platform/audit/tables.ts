import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail, hash-chained per tenant: each entry carries the hash of the one
 * before (Palu 14/2022 Ps 10(3) "pendeteksian modifikasi", Ps 32 non-repudiation). A chain per
 * tenant keeps appends local to one shard when distributed by tenant_id.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    tenantId: uuid('tenant_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    agencyId: uuid('agency_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    /** hashes of the entity's rows after the write (row-seals.ts); null on entries from before sealing */
    seals: jsonb('seals'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    uniqueIndex('audit_entries_id').on(t.tenantId, t.id),
    index('audit_entries_entity').on(t.tenantId, t.entityType, t.entityId, t.seq),
  ],
);

/** The head of each tenant's chain; locked FOR UPDATE while appending so the chain never forks. */
export const auditHeads = pgTable('audit_heads', {
  tenantId: uuid('tenant_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * A second record of each chain's head, written in the same transaction as audit_heads but
 * kept apart from it: cutting the tail and moving audit_heads back no longer goes unseen.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  tenantId: uuid('tenant_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
