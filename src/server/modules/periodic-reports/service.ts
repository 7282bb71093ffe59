import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import { actorAgencyIds, readsWholeTenant, type Actor } from '../../platform/policy/actor';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import type { PeriodicReportOverview, ScheduleInput, WarningInput } from '../../../shared/periodic-reports';
import { listAllAgencies } from '../agencies/service';
import { periodicReportSchedules, periodicReportSubmissions, periodicReportWarnings } from './tables';
import { findSchedule, findSubmission, findSubmissionForPeriod, findSubmissions, findWarningForPeriod, findWarnings } from './queries';
import { findMissingReports, listPeriods } from './periods';

const today = () => new Date().toISOString().slice(0, 10);

function visibleTo(actor: Actor) {
  if (readsWholeTenant(actor)) return () => true;
  const mine = new Set(actorAgencyIds(actor));
  return (agencyId: string) => mine.has(agencyId);
}

/** The schedule, its periods, the reports received, who has not reported after a deadline, and the warnings given. */
export async function getOverview(db: Queryable, ctx: RequestContext, asOf = today()): Promise<PeriodicReportOverview> {
  authorize(ctx.actor, 'periodicReport.read');
  const visible = visibleTo(ctx.actor);
  const [schedule, agencies, submissions, warnings] = await Promise.all([
    findSchedule(db, ctx.tenantId),
    listAllAgencies(db, ctx.tenantId),
    findSubmissions(db, ctx.tenantId),
    findWarnings(db, ctx.tenantId),
  ]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const periods = schedule ? listPeriods(schedule, asOf) : [];
  const active = agencies.filter((a) => a.status === 'active').map((a) => a.id);
  const missing = findMissingReports({
    periods,
    agencyIds: active,
    submitted: submissions.map((s) => s.submission),
    warned: warnings,
    asOf,
  });
  return {
    asOf,
    schedule: schedule ? { periodMonths: schedule.periodMonths, deadlineDays: schedule.deadlineDays, startsOn: schedule.startsOn } : null,
    periods,
    submissions: submissions
      .filter((s) => visible(s.submission.agencyId))
      .map(({ submission: s, fileName, sha256 }) => ({
        id: s.id,
        agencyId: s.agencyId,
        agencyName: names.get(s.agencyId) ?? '',
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        notes: s.notes,
        file: { id: s.fileId, fileName, sha256 },
        submittedAt: s.submittedAt.toISOString(),
        receivedAt: s.receivedAt?.toISOString() ?? null,
      })),
    missing: missing.filter((m) => visible(m.agencyId)).map((m) => ({ ...m, agencyName: names.get(m.agencyId) ?? '' })),
    warnings: warnings
      .filter((w) => visible(w.agencyId))
      .map((w) => ({ id: w.id, agencyId: w.agencyId, agencyName: names.get(w.agencyId) ?? '', periodStart: w.periodStart, periodEnd: w.periodEnd, number: w.number, issuedOn: w.issuedOn, text: w.text })),
    abilities: {
      manage: can(ctx.actor, 'periodicReport.manage'),
      warn: can(ctx.actor, 'periodicReport.warn'),
      submitFor: active.filter((agencyId) => can(ctx.actor, 'periodicReport.submit', { agencyId })),
    },
  };
}

/** Jambi 10/2017 Ps 22(1) "secara berkala": the tenant sets the period length and the deadline. */
export async function setSchedule(db: DB, ctx: RequestContext, input: z.infer<typeof ScheduleInput>) {
  authorize(ctx.actor, 'periodicReport.manage');
  await db.transaction(async (tx) => {
    const before = await findSchedule(tx, ctx.tenantId);
    const [after] = before
      ? await tx
          .update(periodicReportSchedules)
          .set({ ...input, updatedAt: new Date() })
          .where(and(eq(periodicReportSchedules.tenantId, ctx.tenantId), eq(periodicReportSchedules.id, before.id)))
          .returning()
      : await tx.insert(periodicReportSchedules).values({ tenantId: ctx.tenantId, id: newId(), ...input }).returning();
    await appendAudit(tx, ctx, { action: 'periodicReport.schedule', entityType: 'periodicReportSchedule', entityId: after.id, before, after });
  });
  return getOverview(db, ctx);
}

async function findPeriod(db: Queryable, tenantId: string, periodStart: string, asOf: string) {
  const schedule = await findSchedule(db, tenantId);
  if (!schedule) throw new AppError('PERIODIC_REPORT_NO_SCHEDULE', 409);
  const period = listPeriods(schedule, asOf).find((p) => p.start === periodStart);
  if (!period) throw new AppError('PERIODIC_REPORT_PERIOD_UNKNOWN', 422, { periodStart }, { periodStart: 'PERIODIC_REPORT_PERIOD_UNKNOWN' });
  return period;
}

/**
 * Jambi 10/2017 Ps 22(1): an agency's report for a period, to the mayor through the ICT office.
 * `now` is the moment it is handed in (the demo loader files reports on the days they came).
 */
export async function submitReport(
  db: DB,
  ctx: RequestContext,
  store: FileStore,
  input: { agencyId: string; periodStart: string; notes: string | null },
  upload: Upload,
  now = new Date(),
) {
  authorize(ctx.actor, 'periodicReport.submit', { agencyId: input.agencyId });
  const userId = ctx.actor.userId;
  const id = await db.transaction(async (tx) => {
    const period = await findPeriod(tx, ctx.tenantId, input.periodStart, now.toISOString().slice(0, 10));
    if (await findSubmissionForPeriod(tx, ctx.tenantId, input.agencyId, period.start)) throw new AppError('PERIODIC_REPORT_EXISTS', 409, { periodStart: period.start });
    const file = await storeFile(tx, store, ctx.tenantId, userId, upload);
    const [after] = await tx
      .insert(periodicReportSubmissions)
      .values({ tenantId: ctx.tenantId, id: newId(), agencyId: input.agencyId, periodStart: period.start, periodEnd: period.end, fileId: file.id, notes: input.notes, submittedAt: now, submittedBy: userId })
      .returning();
    await appendAudit(tx, ctx, { action: 'periodicReport.submit', entityType: 'periodicReport', entityId: after.id, agencyId: input.agencyId, after: { ...after, sha256: file.sha256 } });
    return after.id;
  });
  return { id, overview: await getOverview(db, ctx) };
}

/** The ICT office acknowledges that it received the report (at `now`). */
export async function receiveReport(db: DB, ctx: RequestContext, id: string, now = new Date()) {
  authorize(ctx.actor, 'periodicReport.manage');
  await db.transaction(async (tx) => {
    const before = await findSubmission(tx, ctx.tenantId, id);
    if (!before) throw notFound('periodic_report');
    if (before.receivedAt) throw new AppError('PERIODIC_REPORT_ALREADY_RECEIVED', 409);
    const [after] = await tx
      .update(periodicReportSubmissions)
      .set({ receivedAt: now, receivedBy: ctx.actor!.userId, updatedAt: now })
      .where(and(eq(periodicReportSubmissions.tenantId, ctx.tenantId), eq(periodicReportSubmissions.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'periodicReport.receive', entityType: 'periodicReport', entityId: id, agencyId: before.agencyId, before, after });
  });
  return getOverview(db, ctx);
}

/** Jambi 10/2017 Ps 22(3): the mayor's teguran for an agency that did not report for a period past its deadline. */
export async function recordWarning(db: DB, ctx: RequestContext, input: z.infer<typeof WarningInput>, asOf = today()) {
  authorize(ctx.actor, 'periodicReport.warn');
  await db.transaction(async (tx) => {
    const period = await findPeriod(tx, ctx.tenantId, input.periodStart, asOf);
    if (period.deadline >= asOf) throw new AppError('PERIODIC_REPORT_NOT_DUE', 409, { deadline: period.deadline });
    const agency = (await listAllAgencies(tx, ctx.tenantId)).find((a) => a.id === input.agencyId);
    if (!agency) throw new AppError('VALIDATION_FAILED', 422, {}, { agencyId: 'UNKNOWN_AGENCY' });
    if (await findSubmissionForPeriod(tx, ctx.tenantId, input.agencyId, period.start)) throw new AppError('PERIODIC_REPORT_WAS_SUBMITTED', 409);
    if (await findWarningForPeriod(tx, ctx.tenantId, input.agencyId, period.start)) throw new AppError('PERIODIC_REPORT_ALREADY_WARNED', 409);
    const [after] = await tx
      .insert(periodicReportWarnings)
      .values({ tenantId: ctx.tenantId, id: newId(), agencyId: input.agencyId, periodStart: period.start, periodEnd: period.end, number: input.number, issuedOn: input.issuedOn, text: input.text })
      .returning();
    await appendAudit(tx, ctx, { action: 'periodicReport.warn', entityType: 'periodicReportWarning', entityId: after.id, agencyId: input.agencyId, after });
  });
  return getOverview(db, ctx, asOf);
}

export async function readSubmissionFile(db: DB, ctx: RequestContext, store: FileStore, id: string) {
  authorize(ctx.actor, 'periodicReport.read');
  const submission = await findSubmission(db, ctx.tenantId, id);
  if (!submission) throw notFound('periodic_report');
  authorize(ctx.actor, 'periodicReport.read', { agencyId: submission.agencyId });
  const file = await findFile(db, ctx.tenantId, submission.fileId);
  return { file, content: await store.get(file.sha256) };
}
