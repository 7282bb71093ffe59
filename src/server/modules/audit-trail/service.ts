import { and, desc, eq, lt } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { auditEntries } from '../../platform/audit/tables';
import { verifyAuditChain } from '../../platform/audit/verify-audit';
import { describeAuditVerification } from '../../platform/audit/describe-verification';

export function presentAuditEntry(row: typeof auditEntries.$inferSelect) {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

/**
 * The history of one record, newest first. The caller (the module owning the record) has
 * already checked that the person may read the record.
 */
export async function findEntityHistory(db: Queryable, tenantId: string, entityType: string, entityId: string, limit = 200) {
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.tenantId, tenantId), eq(auditEntries.entityType, entityType), eq(auditEntries.entityId, entityId)))
    .orderBy(desc(auditEntries.seq))
    .limit(limit);
  return rows.map(presentAuditEntry);
}

/** The whole trail for the ICT office and the inspectorate, newest first, paged by seq. */
export async function listAuditEntries(db: DB, ctx: RequestContext, opts: { before?: number; limit: number }) {
  authorize(ctx.actor, 'audit.readAll');
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.tenantId, ctx.tenantId), opts.before ? lt(auditEntries.seq, opts.before) : undefined))
    .orderBy(desc(auditEntries.seq))
    .limit(opts.limit);
  return rows.map(presentAuditEntry);
}

export async function verifyTenantAudit(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'audit.verify');
  const result = await verifyAuditChain(db, ctx.tenantId);
  return { ...result, message: describeAuditVerification(ctx.locale, result) };
}
