import { and, asc, count, desc, eq, lt } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { files } from '../../platform/files/tables';
import { evaluationCycles, evaluationEvidence, evaluationExchanges, evaluationIndicators, evaluationTeams } from './tables';

export async function findCycle(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(evaluationCycles).where(and(eq(evaluationCycles.tenantId, tenantId), eq(evaluationCycles.id, id)));
  return row ?? null;
}

export async function findCycleByYear(db: Queryable, tenantId: string, year: number) {
  const [row] = await db.select().from(evaluationCycles).where(and(eq(evaluationCycles.tenantId, tenantId), eq(evaluationCycles.year, year)));
  return row ?? null;
}

export async function findAllCycles(db: Queryable, tenantId: string) {
  return db.select().from(evaluationCycles).where(eq(evaluationCycles.tenantId, tenantId)).orderBy(desc(evaluationCycles.year));
}

/** The latest cycle before `year` on the same framework, whose assignments a new cycle starts from. */
export async function findPreviousCycle(db: Queryable, tenantId: string, year: number, frameworkId: string) {
  const [row] = await db
    .select()
    .from(evaluationCycles)
    .where(and(eq(evaluationCycles.tenantId, tenantId), lt(evaluationCycles.year, year), eq(evaluationCycles.frameworkId, frameworkId)))
    .orderBy(desc(evaluationCycles.year))
    .limit(1);
  return row ?? null;
}

export async function findTeams(db: Queryable, tenantId: string, cycleId: string) {
  return db
    .select({ team: evaluationTeams, fileName: files.fileName, sha256: files.sha256 })
    .from(evaluationTeams)
    .leftJoin(files, and(eq(files.tenantId, evaluationTeams.tenantId), eq(files.id, evaluationTeams.decreeFileId)))
    .where(and(eq(evaluationTeams.tenantId, tenantId), eq(evaluationTeams.cycleId, cycleId)));
}

export async function findAllTeams(db: Queryable, tenantId: string) {
  return db.select().from(evaluationTeams).where(eq(evaluationTeams.tenantId, tenantId));
}

export async function findIndicators(db: Queryable, tenantId: string, cycleId: string) {
  return db
    .select()
    .from(evaluationIndicators)
    .where(and(eq(evaluationIndicators.tenantId, tenantId), eq(evaluationIndicators.cycleId, cycleId)))
    .orderBy(asc(evaluationIndicators.indicatorNumber));
}

export async function findAllIndicatorLevels(db: Queryable, tenantId: string) {
  return db
    .select({
      cycleId: evaluationIndicators.cycleId,
      indicatorNumber: evaluationIndicators.indicatorNumber,
      selfLevel: evaluationIndicators.selfLevel,
      verifiedLevel: evaluationIndicators.verifiedLevel,
      agencyId: evaluationIndicators.agencyId,
      verification: evaluationIndicators.verification,
      submission: evaluationIndicators.submission,
    })
    .from(evaluationIndicators)
    .where(eq(evaluationIndicators.tenantId, tenantId));
}

export async function findIndicator(db: Queryable, tenantId: string, cycleId: string, number: number) {
  const [row] = await db
    .select()
    .from(evaluationIndicators)
    .where(and(eq(evaluationIndicators.tenantId, tenantId), eq(evaluationIndicators.cycleId, cycleId), eq(evaluationIndicators.indicatorNumber, number)));
  return row ?? null;
}

export async function countEvidence(db: Queryable, tenantId: string, cycleId: string) {
  const rows = await db
    .select({ indicatorNumber: evaluationEvidence.indicatorNumber, total: count() })
    .from(evaluationEvidence)
    .where(and(eq(evaluationEvidence.tenantId, tenantId), eq(evaluationEvidence.cycleId, cycleId)))
    .groupBy(evaluationEvidence.indicatorNumber);
  return new Map(rows.map((r) => [r.indicatorNumber, r.total]));
}

export async function findEvidence(db: Queryable, tenantId: string, cycleId: string, number?: number) {
  return db
    .select({ evidence: evaluationEvidence, fileName: files.fileName, size: files.size, sha256: files.sha256, mimeType: files.mimeType })
    .from(evaluationEvidence)
    .leftJoin(files, and(eq(files.tenantId, evaluationEvidence.tenantId), eq(files.id, evaluationEvidence.fileId)))
    .where(
      and(
        eq(evaluationEvidence.tenantId, tenantId),
        eq(evaluationEvidence.cycleId, cycleId),
        number === undefined ? undefined : eq(evaluationEvidence.indicatorNumber, number),
      ),
    )
    .orderBy(asc(evaluationEvidence.indicatorNumber), asc(evaluationEvidence.createdAt));
}

export async function findEvidenceItem(db: Queryable, tenantId: string, cycleId: string, number: number, id: string) {
  const [row] = await db
    .select()
    .from(evaluationEvidence)
    .where(
      and(
        eq(evaluationEvidence.tenantId, tenantId),
        eq(evaluationEvidence.cycleId, cycleId),
        eq(evaluationEvidence.indicatorNumber, number),
        eq(evaluationEvidence.id, id),
      ),
    );
  return row ?? null;
}

export async function findExchanges(db: Queryable, tenantId: string, cycleId: string, number: number) {
  return db
    .select()
    .from(evaluationExchanges)
    .where(and(eq(evaluationExchanges.tenantId, tenantId), eq(evaluationExchanges.cycleId, cycleId), eq(evaluationExchanges.indicatorNumber, number)))
    .orderBy(asc(evaluationExchanges.createdAt));
}
