import { date, index, pgTable, primaryKey, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';

/** A Pemda. The one table not keyed by tenant_id: it is the tenant (a Citus reference table). */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['kota', 'kabupaten', 'provinsi'] }).notNull(),
  regionCode: text('region_code').notNull(),
  primaryDomain: text('primary_domain').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** The regulation profile: which regulations are in force for the tenant, from when, until when. */
export const tenantRegulations = pgTable(
  'tenant_regulations',
  {
    tenantId: uuid('tenant_id').notNull(),
    regulation: text('regulation').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveUntil: date('effective_until', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.regulation] }), index('tenant_regulations_tenant').on(t.tenantId)],
);
