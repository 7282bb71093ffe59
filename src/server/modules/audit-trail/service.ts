import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { auditEntries } from '../../platform/audit/tables';
import { verifyAuditChain } from '../../platform/audit/verify-audit';
import { describeAuditVerification } from '../../platform/audit/describe-verification';
import type { AuditFilter } from '../../../shared/audit';
import { resolveRecordNames, withholdForReader, type RecordNameProvider } from './record-names';

export type AuditFilterInput = z.infer<typeof AuditFilter>;

export function presentAuditEntry(row: typeof auditEntries.$inferSelect, names?: { recordName: string | null; agencyName: string | null }) {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    agencyId: row.agencyId,
    ...names,
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
  return rows.map((row) => presentAuditEntry(row));
}

function filterConditions(tenantId: string, filter: AuditFilterInput, before?: number): (SQL | undefined)[] {
  return [
    eq(auditEntries.tenantId, tenantId),
    before ? lt(auditEntries.seq, before) : undefined,
    filter.actorUserId ? eq(auditEntries.actorUserId, filter.actorUserId) : undefined,
    filter.agencyId ? eq(auditEntries.agencyId, filter.agencyId) : undefined,
    filter.entityType ? eq(auditEntries.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEntries.entityId, filter.entityId) : undefined,
    filter.from ? gte(auditEntries.at, new Date(filter.from)) : undefined,
    filter.to ? lt(auditEntries.at, new Date(filter.to)) : undefined,
  ];
}

/** One page of the filtered trail with the names of its records and agencies, resolved in bulk. */
async function findAuditPage(db: DB, ctx: RequestContext, providers: readonly RecordNameProvider[], filter: AuditFilterInput, page: { before?: number; limit: number }) {
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(...filterConditions(ctx.tenantId, filter, page.before)))
    .orderBy(desc(auditEntries.seq))
    .limit(page.limit);
  const nameOf = await resolveRecordNames(db, ctx, providers, [
    ...rows,
    ...rows.map((r) => ({ entityType: 'agency', entityId: r.agencyId })),
  ]);
  const entries = rows.map((row) => presentAuditEntry(row, { recordName: nameOf(row.entityType, row.entityId), agencyName: nameOf('agency', row.agencyId) }));
  return withholdForReader(db, ctx, providers, entries);
}

/** The whole trail for the ICT office and the inspectorate, newest first, paged by seq. */
export async function listAuditEntries(db: DB, ctx: RequestContext, providers: readonly RecordNameProvider[], opts: AuditFilterInput & { before?: number; limit: number }) {
  authorize(ctx.actor, 'audit.readAll');
  return findAuditPage(db, ctx, providers, opts, opts);
}

/** Everyone who appears in the trail as its actor, for the person filter (no people directory needed). */
export async function listAuditActors(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'audit.readAll');
  const rows = await db
    .selectDistinct({ userId: auditEntries.actorUserId, label: auditEntries.actorLabel })
    .from(auditEntries)
    .where(eq(auditEntries.tenantId, ctx.tenantId));
  return rows.sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** Pages the filtered trail in full, as the export writes it. */
export async function findAllAuditEntries(db: DB, ctx: RequestContext, providers: readonly RecordNameProvider[], filter: AuditFilterInput, max: number) {
  authorize(ctx.actor, 'audit.readAll');
  const all: Awaited<ReturnType<typeof findAuditPage>> = [];
  let before: number | undefined;
  while (all.length < max) {
    const page = await findAuditPage(db, ctx, providers, filter, { before, limit: Math.min(1000, max - all.length) });
    all.push(...page);
    if (page.length < 1000) break;
    before = page[page.length - 1].seq;
  }
  return all;
}

export async function verifyTenantAudit(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'audit.verify');
  const result = await verifyAuditChain(db, ctx.tenantId);
  return { ...result, message: describeAuditVerification(ctx.locale, result) };
}
