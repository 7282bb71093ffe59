import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';

/**
 * A responsible person's dated, signed-in statement that a registry has nothing to register,
 * so a check over it is met by the declaration instead of "registry empty" (issue 8 §2). A
 * withdrawn declaration is kept for the record (withdrawnAt) and no longer counts.
 */
export const emptyRegistryDeclarations = pgTable(
  'empty_registry_declarations',
  {
    ...tenantColumns,
    /** DeclarableRegistry (src/regulations/types.ts) */
    registry: text('registry').notNull(),
    /** the obligation page it was declared from, for the record */
    obligationId: text('obligation_id'),
    note: text('note').notNull().default(''),
    declaredByUserId: uuid('declared_by_user_id').notNull(),
    declaredByName: text('declared_by_name').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('empty_registry_declarations_registry').on(t.tenantId, t.registry)],
);
