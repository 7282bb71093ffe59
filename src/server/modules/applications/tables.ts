import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { tsvector } from '../../platform/db/tsvector';
import { agencies } from '../agencies/tables';
import { files } from '../../platform/files/tables';

/** Aplikasi SPBE: the application registry. */
export const applications = pgTable(
  'applications',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Pemilik Layanan */
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    operatorAgencyId: uuid('operator_agency_id'),
    kind: text('kind', { enum: ['common', 'specific'] }).notNull(),
    commonCategory: text('common_category'),
    businessFunction: text('business_function').notNull(),
    /** lower-cased, whitespace-collapsed business function: the key of the one-app-per-function rule */
    businessFunctionKey: text('business_function_key').notNull(),
    stage: text('stage').notNull(),
    platforms: text('platforms').array().notNull().default([]),
    url: text('url'),
    subdomain: text('subdomain'),
    hosting: text('hosting'),
    repositoryLocation: text('repository_location'),
    licence: text('licence'),
    copyrightOwner: text('copyright_owner'),
    fundingSource: text('funding_source'),
    /** applicationSuppliers (src/shared/applications.ts): who supplies it, which scopes the copyright and procurement duties */
    supplier: text('supplier'),
    sso: boolean('sso').notNull().default(false),
    ictOfficeSuperAdmin: boolean('ict_office_super_admin').notNull().default(false),
    hasCertificate: boolean('has_certificate').notNull().default(false),
    certificateExpiresAt: date('certificate_expires_at', { mode: 'string' }),
    apisProvided: text('apis_provided').array().notNull().default([]),
    apisUsed: text('apis_used').array().notNull().default([]),
    lastServiceEvaluationAt: date('last_service_evaluation_at', { mode: 'string' }),
    duplicateJustification: text('duplicate_justification'),
    specificConditions: jsonb('specific_conditions'),
    recommendationRef: text('recommendation_ref'),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(business_function, ''))`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('applications_owner').on(t.tenantId, t.ownerAgencyId, t.businessFunctionKey),
    index('applications_tenant_name').on(t.tenantId, t.name),
    index('applications_search').using('gin', t.search),
    index('applications_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    foreignKey({ columns: [t.tenantId, t.ownerAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.operatorAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);

/** The handover checklist: one row per required document code, with the delivered file. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    ...tenantColumns,
    applicationId: uuid('application_id').notNull(),
    code: text('code').notNull(),
    fileId: uuid('file_id'),
    note: text('note'),
    deliveredAt: date('delivered_at', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('application_documents_code').on(t.tenantId, t.applicationId, t.code),
    foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);
