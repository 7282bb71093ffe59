import { index, integer, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../db/columns';

/**
 * The first answer to a write sent with an Idempotency-Key, so a repeat of the same request
 * (a double click, a retry after a lost answer) gets that answer instead of a second record.
 * `status` is null while the first request is still running. Rows expire after 24 hours.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    ...tenantColumns,
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    /** method and path the key was first used on */
    route: text('route').notNull(),
    /** SHA-256 of method, path and body: the same key with another body is refused */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    contentType: text('content_type'),
    body: text('body'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('idempotency_keys_key').on(t.tenantId, t.userId, t.key),
    index('idempotency_keys_expiry').on(t.tenantId, t.expiresAt),
  ],
);
