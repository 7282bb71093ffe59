import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { tsvector } from '../../platform/db/tsvector';
import { agencies } from '../agencies/tables';
import { applications } from '../applications/tables';
import { files } from '../../platform/files/tables';

/** Data dan Informasi / basis data with its Satu Data Indonesia metadata (Perpres 39/2019 Ps 3–10). */
export const datasets = pgTable(
  'datasets',
  {
    ...tenantColumns,
    /** CKAN package name: lower-case, unique within the tenant */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    producerAgencyId: uuid('producer_agency_id').notNull(),
    stewardAgencyId: uuid('steward_agency_id'),
    classification: text('classification', { enum: ['public', 'limited', 'confidential', 'secret'] }).notNull(),
    category: text('category'),
    isMasterData: boolean('is_master_data').notNull().default(false),
    isReferenceData: boolean('is_reference_data').notNull().default(false),
    keyIdentifier: text('key_identifier'),
    identifierSamples: text('identifier_samples').array().notNull().default([]),
    updateFrequency: text('update_frequency'),
    nextReleaseAt: date('next_release_at', { mode: 'string' }),
    lastUpdatedAt: date('last_updated_at', { mode: 'string' }),
    format: text('format'),
    unitOfMeasure: text('unit_of_measure'),
    concept: text('concept'),
    timeCoverageStart: date('time_coverage_start', { mode: 'string' }),
    timeCoverageEnd: date('time_coverage_end', { mode: 'string' }),
    areaCoverage: text('area_coverage'),
    sourceApplicationId: uuid('source_application_id'),
    storageLocation: text('storage_location'),
    qualityNotes: text('quality_notes'),
    licence: text('licence'),
    tags: text('tags').array().notNull().default([]),
    /** the tags joined by spaces, kept by the service so the search column can be generated */
    tagsText: text('tags_text').notNull().default(''),
    publicationStatus: text('publication_status', { enum: ['draft', 'in_review', 'returned', 'published', 'retired'] }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    /** the steward's latest return notes (Perpres 39/2019 Ps 21(1) huruf a) */
    revisionNotes: text('revision_notes'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    retiredReason: text('retired_reason'),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(tags_text, ''))`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('datasets_slug').on(t.tenantId, t.slug),
    index('datasets_producer').on(t.tenantId, t.producerAgencyId),
    index('datasets_steward_status').on(t.tenantId, t.stewardAgencyId, t.publicationStatus),
    index('datasets_status_class').on(t.tenantId, t.publicationStatus, t.classification),
    index('datasets_search').using('gin', t.search),
    index('datasets_title_trgm').using('gin', t.title.op('gin_trgm_ops')),
    foreignKey({ columns: [t.tenantId, t.producerAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.stewardAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.sourceApplicationId], foreignColumns: [applications.tenantId, applications.id] }),
  ],
);

/** A distribution of a dataset: an uploaded file (kept by SHA-256) or a link. */
export const datasetResources = pgTable(
  'dataset_resources',
  {
    ...tenantColumns,
    datasetId: uuid('dataset_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['file', 'url'] }).notNull(),
    url: text('url'),
    fileId: uuid('file_id'),
    format: text('format'),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('dataset_resources_dataset').on(t.tenantId, t.datasetId),
    foreignKey({ columns: [t.tenantId, t.datasetId], foreignColumns: [datasets.tenantId, datasets.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/** Each hand-in, publication, return and retirement with its notes (Perpres 39/2019 Ps 21–22). */
export const datasetReviews = pgTable(
  'dataset_reviews',
  {
    ...tenantColumns,
    datasetId: uuid('dataset_id').notNull(),
    action: text('action', { enum: ['submit', 'publish', 'return', 'retire'] }).notNull(),
    notes: text('notes'),
    actorUserId: uuid('actor_user_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('dataset_reviews_dataset').on(t.tenantId, t.datasetId, t.createdAt),
    foreignKey({ columns: [t.tenantId, t.datasetId], foreignColumns: [datasets.tenantId, datasets.id] }),
  ],
);
