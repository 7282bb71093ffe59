import { z } from 'zod';
import { IsoDate, Uuid } from './common';
import { PastIsoDate } from './dates';

export const ScheduleInput = z
  .object({
    periodMonths: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)]),
    deadlineDays: z.number().int().min(0).max(180),
    startsOn: IsoDate,
  })
  .meta({ id: 'PeriodicReportScheduleInput' });

export const WarningInput = z
  .object({
    agencyId: Uuid,
    periodStart: IsoDate,
    number: z.string().trim().min(1).max(200),
    issuedOn: PastIsoDate,
    text: z.string().trim().min(3).max(10_000),
  })
  .meta({ id: 'PeriodicReportWarningInput' });

export const PeriodView = z.object({ start: z.string(), end: z.string(), deadline: z.string() }).meta({ id: 'ReportPeriod' });

export const SubmissionView = z
  .object({
    id: Uuid,
    agencyId: Uuid,
    agencyName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    notes: z.string().nullable(),
    file: z.object({ id: Uuid, fileName: z.string(), sha256: z.string() }),
    submittedAt: z.string(),
    receivedAt: z.string().nullable(),
  })
  .meta({ id: 'PeriodicReportSubmission' });

export const WarningView = z
  .object({ id: Uuid, agencyId: Uuid, agencyName: z.string(), periodStart: z.string(), periodEnd: z.string(), number: z.string(), issuedOn: z.string(), text: z.string() })
  .meta({ id: 'PeriodicReportWarning' });

export const PeriodicReportOverview = z
  .object({
    asOf: z.string(),
    schedule: z.object({ periodMonths: z.number().int(), deadlineDays: z.number().int(), startsOn: z.string() }).nullable(),
    periods: z.array(PeriodView),
    submissions: z.array(SubmissionView),
    missing: z.array(z.object({ agencyId: Uuid, agencyName: z.string(), period: PeriodView, warned: z.boolean() })),
    warnings: z.array(WarningView),
    abilities: z.object({ manage: z.boolean(), warn: z.boolean(), submitFor: z.array(Uuid) }),
  })
  .meta({ id: 'PeriodicReportOverview' });

export type PeriodicReportOverview = z.infer<typeof PeriodicReportOverview>;
