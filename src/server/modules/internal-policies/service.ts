import { and, eq } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import { t } from '../../../i18n/server';
import type { Locale } from '../../../i18n/format';
import type { z } from 'zod';
import type { InternalPolicyInput, InternalPolicyView, PolicyReviewInput } from '../../../shared/internal-policies';
import { internalPolicies, internalPolicyDocuments, reviewPeriodOf, type InternalPolicyCode } from '../../../regulations/dumai-67-2022/internal-policies';
import { resolveParams } from '../../../regulations/profiles';
import { findRegulationProfile } from '../tenants/service';
import { internalPolicyRecords, internalPolicyReviews } from './tables';
import { findAllPolicies, findPolicyByCode, findPolicyById, findReview, findReviews } from './queries';
import { computeReviewDue } from './review-due';
import { indicatorForPolicy } from './policy-indicators';

const catalogue = [
  ...internalPolicies.map((p) => ({ ...p, kind: 'policy' as const })),
  ...internalPolicyDocuments.map((d) => ({ ...d, kind: 'document' as const })),
];

function assertKnownCode(code: string) {
  if (!catalogue.some((c) => c.code === code)) throw notFound('internal_policy');
}

export function labelOfPolicy(locale: Locale, code: string): string {
  return t(locale, `reg-dumai-67-2022.internalPolicy.${code}`);
}

/** Months between reviews: the text's own, or the tenant's reading of "secara periodik". */
function periodOf(code: InternalPolicyCode, periodicReadingMonths: number): number {
  const period = reviewPeriodOf(code);
  return period === 'periodic' ? periodicReadingMonths : period;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Every policy and document the Lampiran asks for, recorded or not, with its reviews and when the next is due. */
export async function listInternalPolicies(db: Queryable, ctx: RequestContext, asOf = today()): Promise<InternalPolicyView[]> {
  authorize(ctx.actor, 'internalPolicy.read');
  const [rows, profile] = await Promise.all([findAllPolicies(db, ctx.tenantId), findRegulationProfile(db, ctx.tenantId)]);
  const reviews = await findReviews(db, ctx.tenantId, rows.map((r) => r.policy.id));
  const { periodicReadingMonths } = resolveParams(profile, asOf);
  const manage = can(ctx.actor, 'internalPolicy.manage');
  return catalogue.map((entry) => {
    const found = rows.find((r) => r.policy.code === entry.code);
    const own = found ? reviews.filter((r) => r.review.policyId === found.policy.id) : [];
    const last = own[own.length - 1]?.review.reviewedAt ?? null;
    return {
      code: entry.code,
      kind: entry.kind,
      section: entry.citation.huruf ?? '',
      indicator: indicatorForPolicy(entry.code),
      id: found?.policy.id ?? null,
      title: found?.policy.title ?? null,
      decreeNumber: found?.policy.decreeNumber ?? null,
      decreeDate: found?.policy.decreeDate ?? null,
      file: found?.policy.fileId ? { id: found.policy.fileId, fileName: found.fileName!, sha256: found.sha256! } : null,
      reviews: own.map(({ review, fileName, sha256 }) => ({
        id: review.id,
        reviewedAt: review.reviewedAt,
        summary: review.summary,
        followUp: review.followUp,
        file: review.fileId ? { id: review.fileId, fileName: fileName!, sha256: sha256! } : null,
      })),
      review: computeReviewDue({ decreeDate: found?.policy.decreeDate ?? null, lastReviewedAt: last }, asOf, periodOf(entry.code, periodicReadingMonths)),
      abilities: { manage },
    };
  });
}

async function requirePolicy(db: Queryable, tenantId: string, code: string) {
  assertKnownCode(code);
  const row = await findPolicyByCode(db, tenantId, code);
  if (!row) throw new AppError('INTERNAL_POLICY_NOT_RECORDED', 409);
  return row;
}

/** Records the decree that sets a policy, or replaces it with a new one (the trail keeps the old). */
export async function setInternalPolicy(db: DB, ctx: RequestContext, code: string, input: z.infer<typeof InternalPolicyInput>) {
  authorize(ctx.actor, 'internalPolicy.manage');
  assertKnownCode(code);
  await db.transaction(async (tx) => {
    const before = await findPolicyByCode(tx, ctx.tenantId, code);
    const [after] = before
      ? await tx
          .update(internalPolicyRecords)
          .set({ ...input, updatedAt: new Date() })
          .where(and(eq(internalPolicyRecords.tenantId, ctx.tenantId), eq(internalPolicyRecords.id, before.id)))
          .returning()
      : await tx.insert(internalPolicyRecords).values({ tenantId: ctx.tenantId, id: newId(), code, ...input }).returning();
    await appendAudit(tx, ctx, { action: 'internalPolicy.set', entityType: 'internalPolicy', entityId: after.id, before, after });
  });
  return findPolicyView(db, ctx, code);
}

export async function uploadPolicyFile(db: DB, ctx: RequestContext, store: FileStore, code: string, upload: Upload) {
  authorize(ctx.actor, 'internalPolicy.manage');
  const userId = ctx.actor.userId;
  await db.transaction(async (tx) => {
    const before = await requirePolicy(tx, ctx.tenantId, code);
    const file = await storeFile(tx, store, ctx.tenantId, userId, upload);
    const [after] = await tx
      .update(internalPolicyRecords)
      .set({ fileId: file.id, updatedAt: new Date() })
      .where(and(eq(internalPolicyRecords.tenantId, ctx.tenantId), eq(internalPolicyRecords.id, before.id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'internalPolicy.upload', entityType: 'internalPolicy', entityId: after.id, before, after: { ...after, file: { name: file.fileName, sha256: file.sha256 } } });
  });
  return findPolicyView(db, ctx, code);
}

/** Laporan hasil reviu dan evaluasi (Dumai 67/2022 Lampiran BAB II.A–J). */
export async function addPolicyReview(db: DB, ctx: RequestContext, code: string, input: z.infer<typeof PolicyReviewInput>) {
  authorize(ctx.actor, 'internalPolicy.manage');
  const id = await db.transaction(async (tx) => {
    const policy = await requirePolicy(tx, ctx.tenantId, code);
    if (input.reviewedAt < policy.decreeDate) throw new AppError('INTERNAL_POLICY_REVIEW_BEFORE_DECREE', 422, {}, { reviewedAt: 'INTERNAL_POLICY_REVIEW_BEFORE_DECREE' });
    const [review] = await tx.insert(internalPolicyReviews).values({ tenantId: ctx.tenantId, id: newId(), policyId: policy.id, ...input }).returning();
    await appendAudit(tx, ctx, { action: 'internalPolicy.review', entityType: 'internalPolicy', entityId: policy.id, after: review });
    return review.id;
  });
  return { id, policy: await findPolicyView(db, ctx, code) };
}

export async function uploadReviewFile(db: DB, ctx: RequestContext, store: FileStore, code: string, reviewId: string, upload: Upload) {
  authorize(ctx.actor, 'internalPolicy.manage');
  const userId = ctx.actor.userId;
  await db.transaction(async (tx) => {
    const policy = await requirePolicy(tx, ctx.tenantId, code);
    const before = await findReview(tx, ctx.tenantId, policy.id, reviewId);
    if (!before) throw notFound('internal_policy_review');
    const file = await storeFile(tx, store, ctx.tenantId, userId, upload);
    const [after] = await tx
      .update(internalPolicyReviews)
      .set({ fileId: file.id, updatedAt: new Date() })
      .where(and(eq(internalPolicyReviews.tenantId, ctx.tenantId), eq(internalPolicyReviews.id, reviewId)))
      .returning();
    await appendAudit(tx, ctx, { action: 'internalPolicy.reviewUpload', entityType: 'internalPolicy', entityId: policy.id, before, after: { ...after, file: { name: file.fileName, sha256: file.sha256 } } });
  });
  return findPolicyView(db, ctx, code);
}

export async function findPolicyView(db: Queryable, ctx: RequestContext, code: string) {
  const view = (await listInternalPolicies(db, ctx)).find((p) => p.code === code);
  if (!view) throw notFound('internal_policy');
  return view;
}

/** The decree file or a review's file, integrity-checked on the way out. */
export async function readPolicyFile(db: DB, ctx: RequestContext, store: FileStore, code: string, reviewId?: string) {
  authorize(ctx.actor, 'internalPolicy.read');
  const policy = await requirePolicy(db, ctx.tenantId, code);
  const fileId = reviewId ? (await findReview(db, ctx.tenantId, policy.id, reviewId))?.fileId : policy.fileId;
  if (!fileId) throw notFound('file');
  const file = await findFile(db, ctx.tenantId, fileId);
  return { file, content: await store.get(file.sha256) };
}

/** A recorded policy, for other modules that cite it (evaluation evidence). */
export async function findRecordedPolicy(db: Queryable, tenantId: string, id: string) {
  return findPolicyById(db, tenantId, id);
}

export async function findRecordedPolicyByCode(db: Queryable, tenantId: string, code: string) {
  return findPolicyByCode(db, tenantId, code);
}
