import { and, eq, isNull, lt } from 'drizzle-orm';
import type { DB } from '../db/database';
import { newId } from '../ids';
import { idempotencyKeys } from './tables';

export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

export interface IdempotencyScope {
  tenantId: string;
  userId: string;
  key: string;
}

export type StoredAnswer = { status: number; contentType: string; body: string };

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'mismatch' }
  | { kind: 'in_flight' };

const byScope = (s: IdempotencyScope) =>
  and(eq(idempotencyKeys.tenantId, s.tenantId), eq(idempotencyKeys.userId, s.userId), eq(idempotencyKeys.key, s.key));

/**
 * Takes the key for this request, or says what the first request with it left. The unique
 * index decides between two requests racing for the same key: exactly one insert wins.
 * Expired rows of the person are removed first, so a key is reusable after 24 hours.
 */
export async function claimIdempotencyKey(db: DB, scope: IdempotencyScope, route: string, requestHash: string, now = new Date()): Promise<Claim> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, scope.tenantId), eq(idempotencyKeys.userId, scope.userId), lt(idempotencyKeys.expiresAt, now)));
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ ...scope, id: newId(), route, requestHash, expiresAt: new Date(now.getTime() + idempotencyTtlMs) })
    .onConflictDoNothing()
    .returning({ id: idempotencyKeys.id });
  if (inserted.length > 0) return { kind: 'claimed' };
  const [row] = await db.select().from(idempotencyKeys).where(byScope(scope));
  // the other request released its claim (it failed) between our insert and this read
  if (!row) return claimIdempotencyKey(db, scope, route, requestHash, now);
  if (row.route !== route || row.requestHash !== requestHash) return { kind: 'mismatch' };
  if (row.status === null) return { kind: 'in_flight' };
  return { kind: 'replay', answer: { status: row.status, contentType: row.contentType ?? 'application/json', body: row.body ?? '' } };
}

/** Keeps the first answer for repeats of the request. */
export async function storeIdempotentAnswer(db: DB, scope: IdempotencyScope, answer: StoredAnswer) {
  await db
    .update(idempotencyKeys)
    .set({ ...answer, updatedAt: new Date() })
    .where(and(byScope(scope), isNull(idempotencyKeys.status)));
}

/** Gives the key back when the first request failed without an answer worth repeating. */
export async function releaseIdempotencyKey(db: DB, scope: IdempotencyScope) {
  await db.delete(idempotencyKeys).where(and(byScope(scope), isNull(idempotencyKeys.status)));
}

/** Every expired key of every tenant (the periodic clean-up). */
export async function deleteExpiredIdempotencyKeys(db: DB, now = new Date()) {
  const gone = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).returning({ id: idempotencyKeys.id });
  return gone.length;
}
