import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';
import { agencies } from '../agencies/tables';
import { files } from '../../platform/files/tables';

/**
 * Jambi 10/2017 Ps 22(1): agencies report "secara berkala" to the mayor through the ICT office.
 * The regulation names no period, so each tenant sets one: the period length in months
 * (3 quarterly, 6 per semester …), periods aligned to the calendar year, and the days after a
 * period's end by which its report is due.
 */
export const periodicReportSchedules = pgTable(
  'periodic_report_schedules',
  {
    ...tenantColumns,
    periodMonths: integer('period_months').notNull(),
    deadlineDays: integer('deadline_days').notNull(),
    /** the first period starts on the first period boundary on or after this date */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('periodic_report_schedules_tenant').on(t.tenantId)],
);

/** An agency's report for one period, received by the ICT office. */
export const periodicReportSubmissions = pgTable(
  'periodic_report_submissions',
  {
    ...tenantColumns,
    agencyId: uuid('agency_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    fileId: uuid('file_id').notNull(),
    notes: text('notes'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    submittedBy: uuid('submitted_by'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }),
    receivedBy: uuid('received_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('periodic_report_submissions_period').on(t.tenantId, t.agencyId, t.periodStart),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.fileId], foreignColumns: [files.tenantId, files.id] }),
  ],
);

/** Jambi 10/2017 Ps 22(3): the mayor's teguran to an agency that did not report for a period. */
export const periodicReportWarnings = pgTable(
  'periodic_report_warnings',
  {
    ...tenantColumns,
    agencyId: uuid('agency_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('periodic_report_warnings_period').on(t.tenantId, t.agencyId, t.periodStart),
    index('periodic_report_warnings_agency').on(t.tenantId, t.agencyId),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
  ],
);
