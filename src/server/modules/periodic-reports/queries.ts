import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { files } from '../../platform/files/tables';
import { periodicReportSchedules, periodicReportSubmissions, periodicReportWarnings } from './tables';

export async function findSchedule(db: Queryable, tenantId: string) {
  const [row] = await db.select().from(periodicReportSchedules).where(eq(periodicReportSchedules.tenantId, tenantId));
  return row ?? null;
}

export async function findSubmissions(db: Queryable, tenantId: string) {
  return db
    .select({ submission: periodicReportSubmissions, fileName: files.fileName, sha256: files.sha256 })
    .from(periodicReportSubmissions)
    .innerJoin(files, and(eq(files.tenantId, periodicReportSubmissions.tenantId), eq(files.id, periodicReportSubmissions.fileId)))
    .where(eq(periodicReportSubmissions.tenantId, tenantId))
    .orderBy(asc(periodicReportSubmissions.periodStart), asc(periodicReportSubmissions.submittedAt));
}

export async function findSubmission(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(periodicReportSubmissions).where(and(eq(periodicReportSubmissions.tenantId, tenantId), eq(periodicReportSubmissions.id, id)));
  return row ?? null;
}

export async function findSubmissionForPeriod(db: Queryable, tenantId: string, agencyId: string, periodStart: string) {
  const [row] = await db
    .select()
    .from(periodicReportSubmissions)
    .where(and(eq(periodicReportSubmissions.tenantId, tenantId), eq(periodicReportSubmissions.agencyId, agencyId), eq(periodicReportSubmissions.periodStart, periodStart)));
  return row ?? null;
}

export async function findWarnings(db: Queryable, tenantId: string) {
  return db.select().from(periodicReportWarnings).where(eq(periodicReportWarnings.tenantId, tenantId)).orderBy(asc(periodicReportWarnings.periodStart));
}

export async function findWarningForPeriod(db: Queryable, tenantId: string, agencyId: string, periodStart: string) {
  const [row] = await db
    .select()
    .from(periodicReportWarnings)
    .where(and(eq(periodicReportWarnings.tenantId, tenantId), eq(periodicReportWarnings.agencyId, agencyId), eq(periodicReportWarnings.periodStart, periodStart)));
  return row ?? null;
}
