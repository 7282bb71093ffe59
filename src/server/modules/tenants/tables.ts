import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A Pemda. The one table not keyed by tenant_id: it is the tenant (a Citus reference table). */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['kota', 'kabupaten', 'provinsi'] }).notNull(),
    regionCode: text('region_code').notNull(),
    primaryDomain: text('primary_domain').notNull(),
    /**
     * The domain of the Pemda's staff e-mail addresses (e.g. dumaikota.go.id): sign-in at the
     * address root finds the tenant from it. Unique across tenants; null: only /t/<slug> finds it.
     */
    emailDomain: text('email_domain'),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * How many months Simpul reads "secara periodik" as, for duties that name no period (Dumai
     * 67/2022 Lampiran BAB II); null: Simpul's default reading (yearly).
     */
    periodicReadingMonths: integer('periodic_reading_months'),
    /** who set the reading (name as signed in) and when; null while it is the default */
    periodicReadingSetByName: text('periodic_reading_set_by_name'),
    periodicReadingSetAt: timestamp('periodic_reading_set_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tenants_email_domain').on(t.emailDomain)],
);

/** The regulation profile: which regulations are in force for the tenant, from when, until when. */
export const tenantRegulations = pgTable(
  'tenant_regulations',
  {
    tenantId: uuid('tenant_id').notNull(),
    regulation: text('regulation').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveUntil: date('effective_until', { mode: 'string' }),
    /** set when a later regulation replaced this one in the profile: which one, who recorded it, when */
    revokedByRegulation: text('revoked_by_regulation'),
    revokedByUserId: uuid('revoked_by_user_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.regulation] }), index('tenant_regulations_tenant').on(t.tenantId)],
);
