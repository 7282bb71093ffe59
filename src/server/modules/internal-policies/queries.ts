import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { files } from '../../platform/files/tables';
import { internalPolicyRecords, internalPolicyReviews } from './tables';

export async function findPolicyByCode(db: Queryable, tenantId: string, code: string) {
  const [row] = await db.select().from(internalPolicyRecords).where(and(eq(internalPolicyRecords.tenantId, tenantId), eq(internalPolicyRecords.code, code)));
  return row ?? null;
}

export async function findPolicyById(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(internalPolicyRecords).where(and(eq(internalPolicyRecords.tenantId, tenantId), eq(internalPolicyRecords.id, id)));
  return row ?? null;
}

export async function findAllPolicies(db: Queryable, tenantId: string) {
  return db
    .select({ policy: internalPolicyRecords, fileName: files.fileName, sha256: files.sha256 })
    .from(internalPolicyRecords)
    .leftJoin(files, and(eq(files.tenantId, internalPolicyRecords.tenantId), eq(files.id, internalPolicyRecords.fileId)))
    .where(eq(internalPolicyRecords.tenantId, tenantId));
}

export async function findReviews(db: Queryable, tenantId: string, policyIds: string[]) {
  if (policyIds.length === 0) return [];
  return db
    .select({ review: internalPolicyReviews, fileName: files.fileName, sha256: files.sha256 })
    .from(internalPolicyReviews)
    .leftJoin(files, and(eq(files.tenantId, internalPolicyReviews.tenantId), eq(files.id, internalPolicyReviews.fileId)))
    .where(and(eq(internalPolicyReviews.tenantId, tenantId), inArray(internalPolicyReviews.policyId, policyIds)))
    .orderBy(asc(internalPolicyReviews.reviewedAt));
}

export async function findReview(db: Queryable, tenantId: string, policyId: string, reviewId: string) {
  const [row] = await db
    .select()
    .from(internalPolicyReviews)
    .where(and(eq(internalPolicyReviews.tenantId, tenantId), eq(internalPolicyReviews.policyId, policyId), eq(internalPolicyReviews.id, reviewId)));
  return row ?? null;
}
