import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import { findFramework, type FrameworkId } from '../../../evaluation';
import type { AssignmentInput, CycleInput, TeamInput } from '../../../shared/evaluations';
import { assertAgenciesExist, listAllAgencies } from '../agencies/service';
import { findUserById } from '../people/queries';
import { evaluationCycles, evaluationIndicators, evaluationTeams } from './tables';
import { countEvidence, findAllCycles, findAllIndicatorLevels, findCycleByYear, findIndicators, findPreviousCycle } from './queries';
import { assertNotSubmitted, loadCycle, type LoadedCycle } from './load-cycle';
import { presentCycle, presentSummary, presentUncertain } from './present';
import { scoreCycle } from './cycle-levels';
import { indicatorState } from './indicator-state';

type TeamKind = 'coordination' | 'assessor';

async function userNames(db: Queryable, tenantId: string, ids: readonly string[]) {
  const users = await Promise.all([...new Set(ids)].map((id) => findUserById(db, tenantId, id)));
  return new Map(users.filter((u) => u !== null).map((u) => [u.id, u.name]));
}

async function agencyNames(db: Queryable, tenantId: string) {
  return new Map((await listAllAgencies(db, tenantId)).map((a) => [a.id, a.name]));
}

export async function presentLoadedCycle(db: Queryable, ctx: RequestContext, loaded: LoadedCycle) {
  const [rows, counts, agencies, users] = await Promise.all([
    findIndicators(db, ctx.tenantId, loaded.cycle.id),
    countEvidence(db, ctx.tenantId, loaded.cycle.id),
    agencyNames(db, ctx.tenantId),
    userNames(db, ctx.tenantId, [...loaded.record.coordinationUserIds, ...loaded.record.assessorUserIds]),
  ]);
  return presentCycle(loaded, rows, counts, agencies, users, ctx.actor);
}

export async function getCycle(db: Queryable, ctx: RequestContext, id: string) {
  return presentLoadedCycle(db, ctx, await loadCycle(db, ctx, id));
}

export async function listCycles(db: Queryable, ctx: RequestContext) {
  authorize(ctx.actor, 'evaluation.read');
  const [cycles, levels] = await Promise.all([findAllCycles(db, ctx.tenantId), findAllIndicatorLevels(db, ctx.tenantId)]);
  return cycles.map((cycle) => {
    const framework = findFramework(cycle.frameworkId as FrameworkId);
    const rows = levels.filter((l) => l.cycleId === cycle.id);
    const score = scoreCycle(framework, rows);
    return { ...presentSummary(cycle, rows, framework.indicators.length), index: score.final.index.reported, predicate: score.final.predicate.key, complete: score.complete, uncertain: presentUncertain(framework.uncertain) };
  });
}

/**
 * Opens the year's cycle (Dumai 67/2022 Ps 33(2): at least once a year) with one row per
 * indicator of the framework and both teams empty. Indicator assignments start from the
 * previous cycle on the same framework, since agencies' duties rarely change between years.
 */
export async function createCycle(db: DB, ctx: RequestContext, input: z.infer<typeof CycleInput>) {
  authorize(ctx.actor, 'evaluation.create');
  const framework = findFramework(input.frameworkId);
  const id = await db.transaction(async (tx) => {
    if (await findCycleByYear(tx, ctx.tenantId, input.year)) throw new AppError('EVALUATION_YEAR_EXISTS', 409, { year: input.year }, { year: 'EVALUATION_YEAR_EXISTS' });
    const previous = await findPreviousCycle(tx, ctx.tenantId, input.year, input.frameworkId);
    const carried = previous ? new Map((await findIndicators(tx, ctx.tenantId, previous.id)).map((r) => [r.indicatorNumber, r.agencyId])) : new Map<number, string | null>();
    const [cycle] = await tx.insert(evaluationCycles).values({ tenantId: ctx.tenantId, id: newId(), year: input.year, frameworkId: input.frameworkId }).returning();
    await tx.insert(evaluationTeams).values((['coordination', 'assessor'] as const).map((kind) => ({ tenantId: ctx.tenantId, id: newId(), cycleId: cycle.id, kind })));
    await tx.insert(evaluationIndicators).values(
      framework.indicators.map((i) => ({ tenantId: ctx.tenantId, id: newId(), cycleId: cycle.id, indicatorNumber: i.number, agencyId: carried.get(i.number) ?? null })),
    );
    await appendAudit(tx, ctx, { action: 'evaluation.create', entityType: 'evaluation', entityId: cycle.id, after: { ...cycle, carriedFromYear: previous?.year ?? null } });
    return cycle.id;
  });
  return getCycle(db, ctx, id);
}

async function requireManageable(db: Queryable, ctx: RequestContext, id: string) {
  const loaded = await loadCycle(db, ctx, id);
  authorize(ctx.actor, 'evaluation.manage', loaded.record);
  assertNotSubmitted(loaded.cycle);
  return loaded;
}

function teamOf(loaded: LoadedCycle, kind: TeamKind) {
  const found = loaded.teams.find((t) => t.team.kind === kind);
  if (!found) throw new AppError('NOT_FOUND', 404, { entity: 'team' });
  return found.team;
}

/**
 * Today's date in the easternmost Indonesian zone (WIT, UTC+9): a decree signed today anywhere
 * in Indonesia is never refused as "in the future".
 */
function latestIndonesianToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The coordination team (Ps 33(4)) or the internal assessor team with its decree (Ps 33(5)). */
export async function setTeam(db: DB, ctx: RequestContext, id: string, kind: TeamKind, input: z.infer<typeof TeamInput>) {
  if (input.decreeDate && input.decreeDate > latestIndonesianToday()) throw new AppError('EVALUATION_DECREE_DATE_FUTURE', 422, {}, { decreeDate: 'EVALUATION_DECREE_DATE_FUTURE' });
  await db.transaction(async (tx) => {
    const loaded = await requireManageable(tx, ctx, id);
    const members = [...new Set(input.memberUserIds)];
    const found = await Promise.all(members.map((userId) => findUserById(tx, ctx.tenantId, userId)));
    if (found.some((u) => u === null || u.status !== 'active')) throw new AppError('VALIDATION_FAILED', 422, {}, { memberUserIds: 'UNKNOWN_USER' });
    const before = teamOf(loaded, kind);
    const [after] = await tx
      .update(evaluationTeams)
      .set({ memberUserIds: members, decreeNumber: input.decreeNumber, decreeDate: input.decreeDate, updatedAt: new Date() })
      .where(and(eq(evaluationTeams.tenantId, ctx.tenantId), eq(evaluationTeams.id, before.id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.team.update', entityType: 'evaluation', entityId: id, before, after });
  });
  return getCycle(db, ctx, id);
}

export async function uploadTeamDecree(db: DB, ctx: RequestContext, store: FileStore, id: string, kind: TeamKind, upload: Upload) {
  await db.transaction(async (tx) => {
    const loaded = await requireManageable(tx, ctx, id);
    const before = teamOf(loaded, kind);
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor?.userId ?? null, upload);
    const [after] = await tx
      .update(evaluationTeams)
      .set({ decreeFileId: file.id, updatedAt: new Date() })
      .where(and(eq(evaluationTeams.tenantId, ctx.tenantId), eq(evaluationTeams.id, before.id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.team.decree', entityType: 'evaluation', entityId: id, before, after: { ...after, file: { name: file.fileName, sha256: file.sha256 } } });
  });
  return getCycle(db, ctx, id);
}

export async function readTeamDecree(db: DB, ctx: RequestContext, store: FileStore, id: string, kind: TeamKind) {
  const loaded = await loadCycle(db, ctx, id);
  const fileId = teamOf(loaded, kind).decreeFileId;
  if (!fileId) throw new AppError('NOT_FOUND', 404, { entity: 'file' });
  const file = await findFile(db, ctx.tenantId, fileId);
  return { file, content: await store.get(file.sha256) };
}

/** Which agency answers for which indicator; only while the self-assessment is open. */
export async function assignIndicators(db: DB, ctx: RequestContext, id: string, input: z.infer<typeof AssignmentInput>) {
  await db.transaction((tx) => assignIndicatorsInTx(tx, ctx, id, input));
  return getCycle(db, ctx, id);
}

/** The assignment write inside a caller's transaction (one audit entry), for the Excel import's rows. */
export async function assignIndicatorsInTx(tx: Tx, ctx: RequestContext, id: string, input: z.infer<typeof AssignmentInput>) {
  const loaded = await requireManageable(tx, ctx, id);
  if (loaded.cycle.status !== 'open') throw new AppError('EVALUATION_SELF_ASSESSMENT_CLOSED', 409);
  const known = new Set(loaded.framework.indicators.map((i) => i.number));
  const unknown = input.assignments.find((a) => !known.has(a.indicator));
  if (unknown) throw new AppError('EVALUATION_UNKNOWN_INDICATOR', 422, { indicator: unknown.indicator }, { assignments: 'EVALUATION_UNKNOWN_INDICATOR' });
  await assertAgenciesExist(tx, ctx.tenantId, input.assignments.flatMap((a) => (a.agencyId ? [a.agencyId] : [])));
  const numbers = input.assignments.map((a) => a.indicator);
  const before = await tx
    .select({ indicatorNumber: evaluationIndicators.indicatorNumber, agencyId: evaluationIndicators.agencyId })
    .from(evaluationIndicators)
    .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.cycleId, id), inArray(evaluationIndicators.indicatorNumber, numbers)));
  for (const a of input.assignments) {
    await tx
      .update(evaluationIndicators)
      .set({ agencyId: a.agencyId, updatedAt: new Date() })
      .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.cycleId, id), eq(evaluationIndicators.indicatorNumber, a.indicator)));
  }
  await appendAudit(tx, ctx, { action: 'evaluation.assign', entityType: 'evaluation', entityId: id, before, after: input.assignments });
}

/**
 * open → self_assessed (every indicator answered; the coordination team closes it),
 * self_assessed → verified (every indicator verified; the assessor team, Ps 33(5)),
 * verified → submitted (the coordination team sends the result to the regional head, Ps 33(6);
 * the cycle is read-only from then on and keeps the result as submitted).
 */
export async function advanceCycle(db: DB, ctx: RequestContext, id: string, to: 'self_assessed' | 'verified' | 'submitted') {
  await db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, ctx, id);
    assertNotSubmitted(loaded.cycle);
    const from = { self_assessed: 'open', verified: 'self_assessed', submitted: 'verified' }[to];
    authorize(ctx.actor, to === 'verified' ? 'evaluation.verify' : 'evaluation.manage', loaded.record);
    if (loaded.cycle.status !== from) throw new AppError('EVALUATION_STATUS_INVALID', 409, { status: loaded.cycle.status, to });
    const rows = await findIndicators(tx, ctx.tenantId, id);
    // closing the self-assessment needs every answer sent to the assessors, not only saved
    const sent = (r: (typeof rows)[number]) => ['submitted', 'verified'].includes(indicatorState(r));
    const open = rows.filter((r) => (to === 'self_assessed' ? !sent(r) : r.verification === null)).map((r) => r.indicatorNumber);
    if (to !== 'submitted' && open.length > 0) throw new AppError('EVALUATION_INCOMPLETE', 409, { missing: open.join(', ') });
    const submitted = to === 'submitted' ? { submittedAt: new Date(), submittedBy: ctx.actor!.userId, submittedResult: scoreCycle(loaded.framework, rows).final } : {};
    const [after] = await tx
      .update(evaluationCycles)
      .set({ status: to, ...submitted, updatedAt: new Date() })
      .where(and(eq(evaluationCycles.tenantId, ctx.tenantId), eq(evaluationCycles.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: `evaluation.${to === 'self_assessed' ? 'closeSelfAssessment' : to === 'verified' ? 'closeVerification' : 'submit'}`, entityType: 'evaluation', entityId: id, before: loaded.cycle, after });
  });
  return getCycle(db, ctx, id);
}
