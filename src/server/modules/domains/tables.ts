import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { agencies } from '../agencies/tables';
import { applications } from '../applications/tables';

/**
 * The tenant's domains: the city domain and any other domain set by the mayor's decree
 * (Jambi 10/2017 Ps 10(2); Palu 14/2022 Ps 18(1)).
 */
export const domains = pgTable(
  'domains',
  {
    ...tenantColumns,
    /** fully qualified, lower-case, e.g. dumaikota.go.id */
    name: text('name').notNull(),
    decreeRef: text('decree_ref'),
    notes: text('notes'),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('domains_name').on(t.tenantId, t.name)],
);

/** A subdomain used by an agency (Jambi 10/2017 Ps 10(3)–(4); Palu 14/2022 Ps 18; Dumai 18/2019 Ps 15(4)–(6)). */
export const subdomains = pgTable(
  'subdomains',
  {
    ...tenantColumns,
    domainId: uuid('domain_id').notNull(),
    /** the label under the domain, e.g. "disdik" */
    label: text('label').notNull(),
    /** the full name, label + domain, kept for search and uniqueness */
    fqdn: text('fqdn').notNull(),
    target: text('target'),
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    applicationId: uuid('application_id'),
    usage: text('usage'),
    description: text('description'),
    /** Jambi 10/2017 Ps 10(4): the mayor's decree that set its use */
    decreeRef: text('decree_ref'),
    /** the approved subdomain request it came from, when it did */
    requestId: uuid('request_id'),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // a retired name may be registered again
    uniqueIndex('subdomains_fqdn').on(t.tenantId, t.fqdn).where(sql`status = 'active'`),
    index('subdomains_owner').on(t.tenantId, t.ownerAgencyId),
    foreignKey({ columns: [t.tenantId, t.domainId], foreignColumns: [domains.tenantId, domains.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
  ],
);

/** Official mailboxes (email dinas) under a domain, optional (Palu 14/2022 Ps 11(2) huruf a). */
export const mailboxes = pgTable(
  'mailboxes',
  {
    ...tenantColumns,
    domainId: uuid('domain_id').notNull(),
    address: text('address').notNull(),
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    holderName: text('holder_name'),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('mailboxes_address').on(t.tenantId, t.address),
    foreignKey({ columns: [t.tenantId, t.domainId], foreignColumns: [domains.tenantId, domains.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);
