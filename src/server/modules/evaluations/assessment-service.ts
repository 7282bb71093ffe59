import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import type { SealScope } from '../../platform/audit/row-seals';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import type { EvidenceFileInput, EvidenceLinkInput, EvidenceUrlInput, IndicatorDetail, ReturnInput, SelfAssessmentInput, SubmitInput, VerificationInput } from '../../../shared/evaluations';
import { listAllAgencies } from '../agencies/service';
import { findReadableApplication } from '../applications/service';
import { findRecordedPolicy, findRecordedPolicyByCode, labelOfPolicy } from '../internal-policies/service';
import { policyForIndicator } from '../internal-policies/policy-indicators';
import { findUserById } from '../people/queries';
import { evaluationEvidence, evaluationExchanges, evaluationIndicators, evaluationOfficialResults } from './tables';
import { findEvidence, findEvidenceItem, findExchanges, findIndicator } from './queries';
import { agencyMayEdit, agencyMaySubmit, assessorMayDecide, indicatorState, isOwnAgencyIndicator } from './indicator-state';
import { assertNotSubmitted, findFrameworkIndicator, loadCycle, type LoadedCycle } from './load-cycle';
import { presentIndicatorRow } from './present';
import { evidenceCode } from './evidence-code';

/**
 * The rows of its cycle an answer, a decision or an evidence item touches: its entry seals those
 * only, since a cycle holds every indicator and every item of evidence (row-seals.ts).
 */
function indicatorSeal(indicatorId: string, touched: { evidence?: string; exchange?: string } = {}): SealScope {
  return {
    [getTableName(evaluationIndicators)]: [indicatorId],
    [getTableName(evaluationEvidence)]: touched.evidence ? [touched.evidence] : [],
    [getTableName(evaluationExchanges)]: touched.exchange ? [touched.exchange] : [],
    [getTableName(evaluationOfficialResults)]: [],
  };
}

async function loadIndicator(db: Queryable, ctx: RequestContext, cycleId: string, number: number) {
  const loaded = await loadCycle(db, ctx, cycleId);
  const indicator = findFrameworkIndicator(loaded.framework, number);
  const row = await findIndicator(db, ctx.tenantId, cycleId, number);
  if (!row) throw notFound('indicator');
  return { loaded, indicator, row };
}

/** Ps 33: agencies answer while the self-assessment is open, and only for their own indicators. */
async function loadForSelfAssessment(tx: Tx, ctx: RequestContext, cycleId: string, number: number) {
  const found = await loadIndicator(tx, ctx, cycleId, number);
  assertNotSubmitted(found.loaded.cycle);
  authorize(ctx.actor, 'evaluation.selfAssess', { agencyId: found.row.agencyId });
  if (found.loaded.cycle.status !== 'open') throw new AppError('EVALUATION_SELF_ASSESSMENT_CLOSED', 409);
  return found;
}

/** The answer and evidence are the agency's to change until it sends them (and again once returned). */
async function loadForEditing(tx: Tx, ctx: RequestContext, cycleId: string, number: number) {
  const found = await loadForSelfAssessment(tx, ctx, cycleId, number);
  if (!agencyMayEdit(indicatorState(found.row))) throw new AppError('EVALUATION_INDICATOR_SENT', 409, { indicator: number });
  return found;
}

/** Ps 33(5): the assessor team decides on what the agency sent, never on their own agency's answer. */
async function loadForDecision(tx: Tx, ctx: RequestContext, cycleId: string, number: number) {
  const found = await loadIndicator(tx, ctx, cycleId, number);
  assertNotSubmitted(found.loaded.cycle);
  authorize(ctx.actor, 'evaluation.verify', found.loaded.record);
  if (found.loaded.cycle.status === 'verified') throw new AppError('EVALUATION_VERIFICATION_CLOSED', 409);
  if (isOwnAgencyIndicator(ctx.actor, found.row.agencyId)) throw new AppError('EVALUATION_OWN_AGENCY', 403, { indicator: number });
  if (!assessorMayDecide(indicatorState(found.row))) throw new AppError('EVALUATION_NOT_SUBMITTED', 409, { indicator: number });
  return found;
}

async function recordExchange(tx: Tx, ctx: RequestContext, cycleId: string, number: number, kind: 'submitted' | 'returned' | 'verified', level: number | null, note: string | null) {
  const now = new Date();
  const [row] = await tx
    .insert(evaluationExchanges)
    .values({ tenantId: ctx.tenantId, id: newId(), cycleId, indicatorNumber: number, kind, level, note, userId: ctx.actor!.userId, createdAt: now, updatedAt: now })
    .returning();
  return row;
}

/**
 * The next item number of an indicator's evidence, counted on the indicator row in the same
 * transaction so two uploads at once get different numbers and a removed item's number stays taken.
 */
async function takeItemNumber(tx: Tx, ctx: RequestContext, rowId: string) {
  const [row] = await tx
    .update(evaluationIndicators)
    .set({ evidenceItems: sql`${evaluationIndicators.evidenceItems} + 1` })
    .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.id, rowId)))
    .returning({ itemNumber: evaluationIndicators.evidenceItems });
  return row.itemNumber;
}

/** The level an item supports: the one the agency names, else its answer's level at the time (then fixed: it is part of the code). */
const levelOf = (input: { level?: number | null }, row: { selfLevel: number | null }) => input.level ?? row.selfLevel;

/** Existing evidence this indicator could cite: for 59/2020 indicators 1–10, the recorded internal policy. */
async function suggestEvidence(db: Queryable, ctx: RequestContext, loaded: LoadedCycle, number: number): Promise<IndicatorDetail['suggestions']> {
  const code = policyForIndicator(loaded.framework.id, number);
  const policy = code ? await findRecordedPolicyByCode(db, ctx.tenantId, code) : null;
  if (!policy || !code) return [];
  return [{ recordType: 'internal_policy', recordId: policy.id, label: `${labelOfPolicy(ctx.locale, code)} (${policy.decreeNumber})` }];
}

export async function getIndicator(db: Queryable, ctx: RequestContext, cycleId: string, number: number): Promise<IndicatorDetail> {
  const { loaded, indicator, row } = await loadIndicator(db, ctx, cycleId, number);
  const [evidence, agencies, suggestions, exchanges] = await Promise.all([
    findEvidence(db, ctx.tenantId, cycleId, number),
    listAllAgencies(db, ctx.tenantId),
    suggestEvidence(db, ctx, loaded, number),
    findExchanges(db, ctx.tenantId, cycleId, number),
  ]);
  const people = await Promise.all([...new Set(exchanges.map((x) => x.userId))].map((u) => findUserById(db, ctx.tenantId, u)));
  const names = new Map(people.filter((u) => u !== null).map((u) => [u.id, u.name]));
  const scale = loaded.framework.scales.find((s) => s.key === indicator.scale)!;
  const cited = new Set(evidence.map((e) => e.evidence.recordId));
  return {
    ...presentIndicatorRow(loaded, indicator, row, new Map(agencies.map((a) => [a.id, a.name])), evidence.length, ctx.actor),
    question: indicator.question ?? null,
    criteria: indicator.criteria ?? null,
    scale: { key: scale.key, levels: scale.levels.map((l) => ({ value: l.value, name: l.name })) },
    evidence: evidence.map(({ evidence: e, fileName, size, sha256, mimeType }) => ({
      id: e.id,
      code: evidenceCode(indicator.code, e.level, e.itemNumber),
      level: e.level,
      kind: e.kind,
      label: e.label,
      url: e.url,
      file: e.fileId ? { id: e.fileId, fileName: fileName!, size: size!, sha256: sha256!, mimeType: mimeType! } : null,
      recordType: (e.recordType as 'application' | 'internal_policy' | null) ?? null,
      recordId: e.recordId,
      createdAt: e.createdAt.toISOString(),
    })),
    exchanges: exchanges.map((x) => ({ id: x.id, kind: x.kind, level: x.level, note: x.note, userName: names.get(x.userId) ?? '', at: x.createdAt.toISOString() })),
    suggestions: suggestions.filter((s) => !cited.has(s.recordId)),
  };
}

export async function selfAssess(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof SelfAssessmentInput>) {
  await db.transaction(async (tx) => {
    const { row: before } = await loadForEditing(tx, ctx, cycleId, number);
    // saving keeps a returned answer returned until the agency sends it again
    const submission = before.submission === 'returned' ? 'returned' : 'draft';
    const [after] = await tx
      .update(evaluationIndicators)
      .set({ selfLevel: input.level, explanation: input.explanation, selfAssessedAt: new Date(), selfAssessedBy: ctx.actor!.userId, submission, updatedAt: new Date() })
      .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.id, before.id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.selfAssess', entityType: 'evaluation', entityId: cycleId, agencyId: before.agencyId, before, after, sealScope: indicatorSeal(before.id) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** Dumai 67/2022 Ps 33(5): an assessor agrees with the agency's level or sets another with a note. */
export async function verifyIndicator(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof VerificationInput>) {
  await db.transaction(async (tx) => {
    const { row: before } = await loadForDecision(tx, ctx, cycleId, number);
    const adjusted = input.decision === 'adjust';
    const [after] = await tx
      .update(evaluationIndicators)
      .set({
        verification: adjusted ? 'adjusted' : 'agreed',
        verifiedLevel: adjusted ? input.level : before.selfLevel,
        verificationNote: input.note,
        verifiedAt: new Date(),
        verifiedBy: ctx.actor!.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.id, before.id)))
      .returning();
    const exchange = await recordExchange(tx, ctx, cycleId, number, 'verified', after.verifiedLevel, input.note);
    await appendAudit(tx, ctx, { action: 'evaluation.verify', entityType: 'evaluation', entityId: cycleId, agencyId: before.agencyId, before, after: { ...after, exchange }, sealScope: indicatorSeal(before.id, { exchange: exchange.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** The agency sends its answer to the assessors; after a return, its note answers theirs. */
export async function submitIndicator(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof SubmitInput>) {
  await db.transaction(async (tx) => {
    const { row: before } = await loadForSelfAssessment(tx, ctx, cycleId, number);
    if (!agencyMaySubmit(indicatorState(before))) {
      throw before.selfLevel === null ? new AppError('EVALUATION_NOT_SELF_ASSESSED', 409, { indicator: number }) : new AppError('EVALUATION_INDICATOR_SENT', 409, { indicator: number });
    }
    const [after] = await tx
      .update(evaluationIndicators)
      .set({ submission: 'submitted', updatedAt: new Date() })
      .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.id, before.id)))
      .returning();
    const exchange = await recordExchange(tx, ctx, cycleId, number, 'submitted', before.selfLevel, input.note);
    await appendAudit(tx, ctx, { action: 'evaluation.submitIndicator', entityType: 'evaluation', entityId: cycleId, agencyId: before.agencyId, before, after: { ...after, exchange }, sealScope: indicatorSeal(before.id, { exchange: exchange.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** An assessor sends the answer back with a note; any verification so far no longer stands. */
export async function returnIndicator(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof ReturnInput>) {
  await db.transaction(async (tx) => {
    const { row: before } = await loadForDecision(tx, ctx, cycleId, number);
    const [after] = await tx
      .update(evaluationIndicators)
      .set({ submission: 'returned', verification: null, verifiedLevel: null, verificationNote: null, verifiedAt: null, verifiedBy: null, updatedAt: new Date() })
      .where(and(eq(evaluationIndicators.tenantId, ctx.tenantId), eq(evaluationIndicators.id, before.id)))
      .returning();
    const exchange = await recordExchange(tx, ctx, cycleId, number, 'returned', null, input.note);
    await appendAudit(tx, ctx, { action: 'evaluation.returnIndicator', entityType: 'evaluation', entityId: cycleId, agencyId: before.agencyId, before, after: { ...after, exchange }, sealScope: indicatorSeal(before.id, { exchange: exchange.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

export async function addEvidenceFile(db: DB, ctx: RequestContext, store: FileStore, cycleId: string, number: number, upload: Upload, input: z.infer<typeof EvidenceFileInput> = { level: null }) {
  await db.transaction(async (tx) => {
    const { row } = await loadForEditing(tx, ctx, cycleId, number);
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor!.userId, upload);
    const itemNumber = await takeItemNumber(tx, ctx, row.id);
    const [after] = await tx
      .insert(evaluationEvidence)
      .values({ tenantId: ctx.tenantId, id: newId(), cycleId, indicatorNumber: number, kind: 'file', fileId: file.id, label: file.fileName, addedBy: ctx.actor!.userId, level: levelOf(input, row), itemNumber })
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.evidence.add', entityType: 'evaluation', entityId: cycleId, agencyId: row.agencyId, after: { ...after, sha256: file.sha256 }, sealScope: indicatorSeal(row.id, { evidence: after.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** A link to a Simpul record the agency may read: an application, or a recorded internal policy. */
export async function addEvidenceLink(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof EvidenceLinkInput>) {
  await db.transaction(async (tx) => {
    const { row } = await loadForEditing(tx, ctx, cycleId, number);
    let label: string;
    if (input.recordType === 'application') {
      label = (await findReadableApplication(tx, ctx, input.recordId)).name;
    } else {
      const policy = await findRecordedPolicy(tx, ctx.tenantId, input.recordId);
      if (!policy) throw notFound('internal_policy');
      label = `${labelOfPolicy(ctx.locale, policy.code)} (${policy.decreeNumber})`;
    }
    const itemNumber = await takeItemNumber(tx, ctx, row.id);
    const [after] = await tx
      .insert(evaluationEvidence)
      .values({ tenantId: ctx.tenantId, id: newId(), cycleId, indicatorNumber: number, kind: 'record', recordType: input.recordType, recordId: input.recordId, label, addedBy: ctx.actor!.userId, level: levelOf(input, row), itemNumber })
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.evidence.add', entityType: 'evaluation', entityId: cycleId, agencyId: row.agencyId, after, sealScope: indicatorSeal(row.id, { evidence: after.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** A web address as evidence: a published page or dashboard the assessors can open. */
export async function addEvidenceUrl(db: DB, ctx: RequestContext, cycleId: string, number: number, input: z.infer<typeof EvidenceUrlInput>) {
  await db.transaction(async (tx) => {
    const { row } = await loadForEditing(tx, ctx, cycleId, number);
    const itemNumber = await takeItemNumber(tx, ctx, row.id);
    const [after] = await tx
      .insert(evaluationEvidence)
      .values({ tenantId: ctx.tenantId, id: newId(), cycleId, indicatorNumber: number, kind: 'url', url: input.url, label: input.label, addedBy: ctx.actor!.userId, level: levelOf(input, row), itemNumber })
      .returning();
    await appendAudit(tx, ctx, { action: 'evaluation.evidence.add', entityType: 'evaluation', entityId: cycleId, agencyId: row.agencyId, after, sealScope: indicatorSeal(row.id, { evidence: after.id }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

/** Takes evidence off an indicator; the audit trail keeps what it was. */
export async function removeEvidence(db: DB, ctx: RequestContext, cycleId: string, number: number, evidenceId: string) {
  await db.transaction(async (tx) => {
    const { row } = await loadForEditing(tx, ctx, cycleId, number);
    const before = await findEvidenceItem(tx, ctx.tenantId, cycleId, number, evidenceId);
    if (!before) throw notFound('evidence');
    await tx.delete(evaluationEvidence).where(and(eq(evaluationEvidence.tenantId, ctx.tenantId), eq(evaluationEvidence.id, evidenceId)));
    await appendAudit(tx, ctx, { action: 'evaluation.evidence.remove', entityType: 'evaluation', entityId: cycleId, agencyId: row.agencyId, before, sealScope: indicatorSeal(row.id, { evidence: evidenceId }) });
  });
  return getIndicator(db, ctx, cycleId, number);
}

export async function readEvidenceFile(db: DB, ctx: RequestContext, store: FileStore, cycleId: string, number: number, evidenceId: string) {
  await loadIndicator(db, ctx, cycleId, number);
  const item = await findEvidenceItem(db, ctx.tenantId, cycleId, number, evidenceId);
  if (!item?.fileId) throw notFound('file');
  const file = await findFile(db, ctx.tenantId, item.fileId);
  return { file, content: await store.get(file.sha256) };
}
