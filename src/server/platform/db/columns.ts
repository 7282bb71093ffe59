import { timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Columns every tenant table carries. The primary key is (tenant_id, id) so the tables
 * can be distributed by tenant_id on Citus: every unique key and foreign key includes it.
 */
export const tenantColumns = {
  tenantId: uuid('tenant_id').notNull(),
  id: uuid('id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};
