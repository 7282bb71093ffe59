import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import type { AgencyInput, AgencyListQuery, AgencyUpdate } from '../../../shared/agencies';
import { agencies } from './tables';
import { pickSortColumn } from '../../platform/db/sort-column';

type NewAgency = z.infer<typeof AgencyInput>;
type AgencyChanges = z.infer<typeof AgencyUpdate>;
type Row = typeof agencies.$inferSelect;

export function presentAgency(row: Row, actor: Actor | null) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parentId,
    specialRoles: row.specialRoles,
    ictSelfReliant: row.ictSelfReliant,
    ictSelfRelianceDecree: row.ictSelfRelianceDecree,
    email: row.email,
    status: row.status,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    retiredReason: row.retiredReason,
    abilities: { update: can(actor, 'agency.update') && row.status === 'active', retire: can(actor, 'agency.retire') && row.status === 'active' },
  };
}

export async function findAgency(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(agencies).where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)));
  return row ?? null;
}

/** Every active agency of a tenant (60 rows for a city): for read models and pickers. */
export async function listAllAgencies(db: Queryable, tenantId: string) {
  return db.select().from(agencies).where(eq(agencies.tenantId, tenantId)).orderBy(asc(agencies.name));
}

/** The names of some agencies of a tenant, for other modules' search lines (agencies are public within the tenant). */
export async function findAgencyNames(db: Queryable, tenantId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findAgenciesBySpecialRole(db: Queryable, tenantId: string, role: string) {
  return db
    .select()
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.status, 'active'), sql`${role} = ANY(${agencies.specialRoles})`));
}

export async function assertAgenciesExist(db: Queryable, tenantId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, unique), eq(agencies.status, 'active')));
  if (rows.length !== unique.length) throw new AppError('VALIDATION_FAILED', 422, {}, { agencyId: 'UNKNOWN_AGENCY' });
}

/** A parent must exist, be active, and not be the agency itself or one of its descendants. */
async function assertValidParent(db: Queryable, tenantId: string, agencyId: string | null, parentId: string | null) {
  if (!parentId) return;
  const parent = await findAgency(db, tenantId, parentId);
  if (!parent || parent.status !== 'active') throw new AppError('VALIDATION_FAILED', 422, {}, { parentId: 'UNKNOWN_PARENT' });
  if (!agencyId) return;
  const all = await db.select({ id: agencies.id, parentId: agencies.parentId }).from(agencies).where(eq(agencies.tenantId, tenantId));
  const parentOf = new Map(all.map((a) => [a.id, a.parentId]));
  for (let cursor: string | null = parentId; cursor; cursor = parentOf.get(cursor) ?? null) {
    if (cursor === agencyId) throw new AppError('AGENCY_PARENT_CYCLE', 422, {}, { parentId: 'AGENCY_PARENT_CYCLE' });
  }
}

async function assertCodeFree(db: Queryable, tenantId: string, code: string, exceptId?: string) {
  const [taken] = await db.select({ id: agencies.id }).from(agencies).where(and(eq(agencies.tenantId, tenantId), eq(agencies.code, code)));
  if (taken && taken.id !== exceptId) throw new AppError('AGENCY_CODE_TAKEN', 409, {}, { code: 'AGENCY_CODE_TAKEN' });
}

export async function createAgencyInTx(tx: Tx, ctx: Pick<RequestContext, 'tenantId' | 'actor'>, input: NewAgency) {
  await assertCodeFree(tx, ctx.tenantId, input.code);
  await assertValidParent(tx, ctx.tenantId, null, input.parentId);
  const [row] = await tx
    .insert(agencies)
    .values({ tenantId: ctx.tenantId, id: newId(), ...input })
    .returning();
  await appendAudit(tx, ctx, { action: 'agency.create', entityType: 'agency', entityId: row.id, agencyId: row.id, after: row });
  return row;
}

export async function createAgency(db: DB, ctx: RequestContext, input: NewAgency) {
  authorize(ctx.actor, 'agency.create');
  const row = await db.transaction((tx) => createAgencyInTx(tx, ctx, input));
  return presentAgency(row, ctx.actor);
}

export async function updateAgency(db: DB, ctx: RequestContext, id: string, changes: AgencyChanges) {
  authorize(ctx.actor, 'agency.update');
  const row = await db.transaction(async (tx) => {
    const before = await findAgency(tx, ctx.tenantId, id);
    if (!before) throw notFound('agency');
    if (before.status === 'retired') throw new AppError('AGENCY_RETIRED', 409);
    if (changes.code !== undefined) await assertCodeFree(tx, ctx.tenantId, changes.code, id);
    if (changes.parentId !== undefined) await assertValidParent(tx, ctx.tenantId, id, changes.parentId);
    const [after] = await tx
      .update(agencies)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'agency.update', entityType: 'agency', entityId: id, agencyId: id, before, after });
    return after;
  });
  return presentAgency(row, ctx.actor);
}

/** Agencies are retired with a reason, never deleted: applications and requests keep pointing at them. */
export async function retireAgency(db: DB, ctx: RequestContext, id: string, reason: string) {
  authorize(ctx.actor, 'agency.retire');
  const row = await db.transaction(async (tx) => {
    const before = await findAgency(tx, ctx.tenantId, id);
    if (!before) throw notFound('agency');
    if (before.status === 'retired') throw new AppError('AGENCY_RETIRED', 409);
    const [{ children }] = await tx
      .select({ children: count() })
      .from(agencies)
      .where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.parentId, id), eq(agencies.status, 'active')));
    if (children > 0) throw new AppError('AGENCY_HAS_ACTIVE_CHILDREN', 409);
    const [after] = await tx
      .update(agencies)
      .set({ status: 'retired', retiredAt: new Date(), retiredReason: reason, updatedAt: new Date() })
      .where(and(eq(agencies.tenantId, ctx.tenantId), eq(agencies.id, id)))
      .returning();
    await appendAudit(tx, ctx, { action: 'agency.retire', entityType: 'agency', entityId: id, agencyId: id, before, after });
    return after;
  });
  return presentAgency(row, ctx.actor);
}

const sortable = { name: agencies.name, code: agencies.code, kind: agencies.kind, createdAt: agencies.createdAt } as const;

export async function listAgencies(db: DB, ctx: RequestContext, query: AgencyListQuery) {
  authorize(ctx.actor, 'agency.read');
  const where = and(
    eq(agencies.tenantId, ctx.tenantId),
    query.status === 'all' ? undefined : eq(agencies.status, query.status),
    query.kind ? eq(agencies.kind, query.kind) : undefined,
    query.parentId ? eq(agencies.parentId, query.parentId) : undefined,
    query.specialRole ? sql`${query.specialRole} = ANY(${agencies.specialRoles})` : undefined,
    query.q ? or(ilike(agencies.name, `%${query.q}%`), ilike(agencies.code, `%${query.q}%`)) : undefined,
  );
  const column = pickSortColumn(sortable, query.sort, agencies.name);
  const [{ total }] = await db.select({ total: count() }).from(agencies).where(where);
  const rows = await db
    .select()
    .from(agencies)
    .where(where)
    .orderBy(query.dir === 'desc' ? desc(column) : asc(column), asc(agencies.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map((r) => presentAgency(r, ctx.actor)), total, page: query.page, pageSize: query.pageSize };
}

export async function getAgency(db: DB, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'agency.read');
  const row = await findAgency(db, ctx.tenantId, id);
  if (!row) throw notFound('agency');
  return presentAgency(row, ctx.actor);
}
