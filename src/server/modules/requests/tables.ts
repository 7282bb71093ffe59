import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { files } from '../../platform/files/tables';
import { agencies } from '../agencies/tables';

/**
 * A request between agencies (permohonan). The engine in src/workflow decides every step;
 * these rows keep what it decided. `fields` are the requester's form (validated by the type's
 * zod schema when submitted), `outcome` what reviewers recorded (a recommendation, a number,
 * an expiry date, a decree).
 */
export const requests = pgTable(
  'requests',
  {
    ...tenantColumns,
    /** letter number, given when first submitted: PPD/2026/000123 */
    number: text('number'),
    type: text('type').notNull(),
    state: text('state').notNull(),
    /** a short line for lists, derived from the fields */
    title: text('title').notNull().default(''),
    requesterUserId: uuid('requester_user_id').notNull(),
    requesterAgencyId: uuid('requester_agency_id').notNull(),
    /** the data steward agency a data-use request asks (Dumai 18/2019 Ps 12(1), Palu 14/2022 Ps 9(5)) */
    stewardAgencyId: uuid('steward_agency_id'),
    fields: jsonb('fields').notNull().default({}),
    outcome: jsonb('outcome').notNull().default({}),
    /** the calendar date by which the step now awaited is due, in the tenant's zone */
    dueAt: date('due_at', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decision: text('decision', { enum: ['approved', 'rejected'] }),
    decidedByUserId: uuid('decided_by_user_id'),
    reasonCode: text('reason_code'),
    decisionNote: text('decision_note'),
    /** a number the completed request issued (the technical recommendation's letter number) */
    issuedNumber: text('issued_number'),
    effectResult: jsonb('effect_result'),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('requests_number').on(t.tenantId, t.number),
    uniqueIndex('requests_issued_number').on(t.tenantId, t.type, t.issuedNumber),
    index('requests_requester').on(t.tenantId, t.requesterUserId, t.state),
    index('requests_requester_agency').on(t.tenantId, t.requesterAgencyId, t.state),
    index('requests_due').on(t.tenantId, t.state, t.dueAt),
    foreignKey({ columns: [t.tenantId, t.requesterAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.stewardAgencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);

/**
 * Who a request concerns, resolved when it moves: its addressees (`to`), its copies
 * (`copy`, tembusan), and the parties who may take the next step (`actor`, replaced on every
 * transition). A party is an agency with a role, a tenant-wide role, or one person. The
 * inbox queries start here; the engine then checks each candidate exactly.
 */
export const requestParties = pgTable(
  'request_parties',
  {
    ...tenantColumns,
    requestId: uuid('request_id').notNull(),
    kind: text('kind', { enum: ['to', 'copy', 'actor'] }).notNull(),
    agencyId: uuid('agency_id'),
    role: text('role'),
    userId: uuid('user_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_parties_request').on(t.tenantId, t.requestId),
    index('request_parties_agency').on(t.tenantId, t.agencyId, t.kind),
    index('request_parties_role').on(t.tenantId, t.role, t.kind),
    index('request_parties_user').on(t.tenantId, t.userId, t.kind),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
  ],
);

/** The timeline: every step taken, by whom, when, with the note and reason. */
export const requestSteps = pgTable(
  'request_steps',
  {
    ...tenantColumns,
    requestId: uuid('request_id').notNull(),
    transition: text('transition').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id').notNull(),
    /** the name at the time of the step, as a letter would carry it */
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    note: text('note'),
    reasonCode: text('reason_code'),
    outcome: jsonb('outcome'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_steps_request').on(t.tenantId, t.requestId, t.at),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
  ],
);

export const requestComments = pgTable(
  'request_comments',
  {
    ...tenantColumns,
    requestId: uuid('request_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_comments_request').on(t.tenantId, t.requestId, t.createdAt),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
  ],
);

/** Attached documents; the content is kept by SHA-256 in the file store. */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    ...tenantColumns,
    requestId: uuid('request_id').notNull(),
    fileId: uuid('file_id').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_attachments_request').on(t.tenantId, t.requestId),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/** The last letter number given per tenant, prefix and year. */
export const requestCounters = pgTable(
  'request_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.prefix, t.year] })],
);

/**
 * The tenant's holidays: movable national holidays, cuti bersama (set every year by the
 * joint decree of three ministers) and regional holidays, feeding the working-day calendar.
 */
export const holidays = pgTable(
  'holidays',
  {
    ...tenantColumns,
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['national_holiday', 'collective_leave', 'regional_holiday'] }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('holidays_date').on(t.tenantId, t.date)],
);
