import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';

/** Perangkat Daerah (Dumai 18/2019 Ps 1(5), Palu 14/2022 Ps 1(33)); sub-units point to a parent. */
export const agencies = pgTable(
  'agencies',
  {
    ...tenantColumns,
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    specialRoles: text('special_roles').array().notNull().default([]),
    /** Palu 14/2022 Ps 51: Perangkat Daerah Mandiri TIK, set by decree */
    ictSelfReliant: boolean('ict_self_reliant').notNull().default(false),
    ictSelfRelianceDecree: text('ict_self_reliance_decree'),
    email: text('email'),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('agencies_code').on(t.tenantId, t.code),
    index('agencies_parent').on(t.tenantId, t.parentId),
    index('agencies_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
  ],
);
