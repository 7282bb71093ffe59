import { date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { agencies } from '../agencies/tables';
import { files } from '../../platform/files/tables';

/**
 * Pemantauan dan Evaluasi SPBE: one cycle per tenant per year (Dumai 67/2022 Ps 33(2): at least
 * once a year), scored on one national framework (resources/frameworks/).
 */
export const evaluationCycles = pgTable(
  'evaluation_cycles',
  {
    ...tenantColumns,
    year: integer('year').notNull(),
    frameworkId: text('framework_id').notNull(),
    status: text('status', { enum: ['open', 'self_assessed', 'verified', 'submitted'] }).notNull().default('open'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by'),
    /** the result as submitted to the regional head (Ps 33(6)), kept as it was on that day */
    submittedResult: jsonb('submitted_result'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('evaluation_cycles_year').on(t.tenantId, t.year)],
);

/**
 * The coordination team (Ps 33(4)) and the internal assessor team set by decree (Ps 33(5)) of a
 * cycle: members are users of the tenant.
 */
export const evaluationTeams = pgTable(
  'evaluation_teams',
  {
    ...tenantColumns,
    cycleId: uuid('cycle_id').notNull(),
    kind: text('kind', { enum: ['coordination', 'assessor'] }).notNull(),
    memberUserIds: uuid('member_user_ids').array().notNull().default([]),
    decreeNumber: text('decree_number'),
    decreeDate: date('decree_date', { mode: 'string' }),
    decreeFileId: uuid('decree_file_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('evaluation_teams_kind').on(t.tenantId, t.cycleId, t.kind),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [evaluationCycles.tenantId, evaluationCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.decreeFileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/**
 * One row per indicator of the cycle's framework: the responsible agency, its self-assessment,
 * and the assessor's verification.
 */
export const evaluationIndicators = pgTable(
  'evaluation_indicators',
  {
    ...tenantColumns,
    cycleId: uuid('cycle_id').notNull(),
    indicatorNumber: integer('indicator_number').notNull(),
    agencyId: uuid('agency_id'),
    selfLevel: integer('self_level'),
    explanation: text('explanation'),
    selfAssessedAt: timestamp('self_assessed_at', { withTimezone: true, mode: 'date' }),
    selfAssessedBy: uuid('self_assessed_by'),
    verification: text('verification', { enum: ['agreed', 'adjusted'] }),
    verifiedLevel: integer('verified_level'),
    verificationNote: text('verification_note'),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'date' }),
    verifiedBy: uuid('verified_by'),
    /** draft (saved, not yet sent), submitted to the assessors, or returned to the agency with a note */
    submission: text('submission', { enum: ['draft', 'submitted', 'returned'] }),
    /** evidence items numbered so far: the next one gets this plus one, so a removed item's number is never reused */
    evidenceItems: integer('evidence_items').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('evaluation_indicators_number').on(t.tenantId, t.cycleId, t.indicatorNumber),
    index('evaluation_indicators_agency').on(t.tenantId, t.agencyId),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [evaluationCycles.tenantId, evaluationCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);

/** Data dukung: an uploaded file (stored by SHA-256), a web address, or a link to a Simpul record. */
export const evaluationEvidence = pgTable(
  'evaluation_evidence',
  {
    ...tenantColumns,
    cycleId: uuid('cycle_id').notNull(),
    indicatorNumber: integer('indicator_number').notNull(),
    kind: text('kind', { enum: ['file', 'record', 'url'] }).notNull(),
    fileId: uuid('file_id'),
    /** a web address the agency cites (a published page, a dashboard) */
    url: text('url'),
    recordType: text('record_type'),
    recordId: uuid('record_id'),
    label: text('label').notNull(),
    addedBy: uuid('added_by'),
    /** the level this item supports (null: not stated); part of its code */
    level: integer('level'),
    /** the item's number within its indicator, given once and never reused: `<indicator code>.<level>.<item>` */
    itemNumber: integer('item_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('evaluation_evidence_item').on(t.tenantId, t.cycleId, t.indicatorNumber, t.itemNumber),
    index('evaluation_evidence_indicator').on(t.tenantId, t.cycleId, t.indicatorNumber),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [evaluationCycles.tenantId, evaluationCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/**
 * The exchanges on one indicator between the agency and the assessors: submitted (with the
 * agency's answer to a return), returned with a note, verified. The indicator's history.
 */
export const evaluationExchanges = pgTable(
  'evaluation_exchanges',
  {
    ...tenantColumns,
    cycleId: uuid('cycle_id').notNull(),
    indicatorNumber: integer('indicator_number').notNull(),
    kind: text('kind', { enum: ['submitted', 'returned', 'verified'] }).notNull(),
    level: integer('level'),
    note: text('note'),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('evaluation_exchanges_indicator').on(t.tenantId, t.cycleId, t.indicatorNumber),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [evaluationCycles.tenantId, evaluationCycles.id] }),
  ],
);

/**
 * The official results of a cycle as the national evaluation published them (imported from CSV
 * or XLSX): one row per cycle, replaced by a re-import. Levels per indicator number; domain and
 * aspect indices, the index and the predicate when the file gives them.
 */
export const evaluationOfficialResults = pgTable(
  'evaluation_official_results',
  {
    ...tenantColumns,
    cycleId: uuid('cycle_id').notNull(),
    /** indicator number → official level */
    levels: jsonb('levels').$type<Record<string, number>>().notNull(),
    /** domain number → official domain index */
    domains: jsonb('domains').$type<Record<string, number>>().notNull().default({}),
    /** aspect number → official aspect index */
    aspects: jsonb('aspects').$type<Record<string, number>>().notNull().default({}),
    officialIndex: doublePrecision('official_index'),
    predicate: text('predicate'),
    fileId: uuid('file_id').notNull(),
    importedBy: uuid('imported_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('evaluation_official_results_cycle').on(t.tenantId, t.cycleId),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [evaluationCycles.tenantId, evaluationCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);
