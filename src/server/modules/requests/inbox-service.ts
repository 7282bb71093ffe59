import { and, count, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import type { RequestListQuery } from '../../../shared/requests';
import { isOverdue } from '../../../workflow/engine';
import { countUnreadNotifications } from '../notifications/service';
import { requestAttachments, requests } from './tables';
import { actingCandidate, copiedTo, filedBy, openStates, visibleRequests, type RequestRow } from './queries';
import { listActorTransitions } from './present-request';
import { loadRequestTenantContext, type RequestTenantContext } from './tenant-context';

// Nobody has more open requests awaiting them than this; the engine checks each one.
const candidateLimit = 1000;

function presentListItem(row: RequestRow, tc: RequestTenantContext, now: Date, open: boolean) {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    state: row.state,
    title: row.title,
    requesterAgencyId: row.requesterAgencyId,
    requesterAgencyName: tc.agencies.get(row.requesterAgencyId)?.name ?? '',
    dueAt: row.dueAt,
    overdue: open && isOverdue(row, now, tc.calendar.timeZone),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function attachmentCounts(db: DB, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ requestId: requestAttachments.requestId, n: count() })
    .from(requestAttachments)
    .where(and(eq(requestAttachments.tenantId, tenantId), inArray(requestAttachments.requestId, ids)))
    .groupBy(requestAttachments.requestId);
  return new Map(rows.map((r) => [r.requestId, r.n]));
}

/** Of the candidates, those on which the engine lets this person take a step (other than withdrawing). */
async function keepActionable(db: DB, ctx: RequestContext & { actor: Actor }, rows: RequestRow[], tc: RequestTenantContext) {
  const counts = await attachmentCounts(db, ctx.tenantId, rows.map((r) => r.id));
  return rows.filter((row) => {
    const def = tc.types.get(row.type);
    return !!def && listActorTransitions(def, row, ctx.actor, tc, counts.get(row.id) ?? 0).some((t) => t.name !== 'withdraw');
  });
}

async function selectRows(db: DB, where: SQL | undefined, limit = candidateLimit, offset = 0) {
  return db.select().from(requests).where(where).orderBy(desc(requests.updatedAt), desc(requests.id)).limit(limit).offset(offset);
}

function baseWhere(ctx: RequestContext & { actor: Actor }, query: Pick<RequestListQuery, 'type' | 'state' | 'q'>) {
  return and(
    eq(requests.tenantId, ctx.tenantId),
    visibleRequests(ctx.actor),
    query.type ? eq(requests.type, query.type) : undefined,
    query.state ? eq(requests.state, query.state) : undefined,
    query.q ? or(sql`${requests.title} ILIKE ${'%' + query.q.replace(/[%_\\]/g, '\\$&') + '%'}`, eq(requests.number, query.q)) : undefined,
  );
}

async function listToAct(db: DB, ctx: RequestContext & { actor: Actor }, tc: RequestTenantContext, where: SQL | undefined) {
  return keepActionable(db, ctx, await selectRows(db, and(where, openStates(tc.finalStates), actingCandidate(ctx.actor))), tc);
}

/** Open, past due, and either awaiting this person or filed by them or their agency. */
async function listOverdue(db: DB, ctx: RequestContext & { actor: Actor }, tc: RequestTenantContext, where: SQL | undefined) {
  const rows = await selectRows(db, and(where, openStates(tc.finalStates), lt(requests.dueAt, tc.today), or(filedBy(ctx.actor), actingCandidate(ctx.actor))));
  const actionable = new Set((await keepActionable(db, ctx, rows, tc)).map((r) => r.id));
  const mine = (r: RequestRow) => r.requesterUserId === ctx.actor.userId || ctx.actor.roles.some((g) => g.agencyId === r.requesterAgencyId);
  return rows.filter((r) => actionable.has(r.id) || mine(r));
}

/**
 * The inbox: `to_act` (the engine lets me take a step), `mine` (filed by me or my agency),
 * `copies` (tembusan to my agency), `overdue`, or `all` I may see.
 */
export async function listRequests(db: DB, ctx: RequestContext, query: RequestListQuery, now = new Date()) {
  authorize(ctx.actor, 'request.read');
  const c = { ...ctx, actor: ctx.actor };
  const tc = await loadRequestTenantContext(db, ctx.tenantId, now);
  const where = baseWhere(c, query);
  const isOpen = (r: RequestRow) => !tc.finalStates.includes(r.state);
  const page = (rows: RequestRow[], total: number) => ({
    items: rows.map((r) => presentListItem(r, tc, now, isOpen(r))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
  const offset = (query.page - 1) * query.pageSize;
  if (query.box === 'to_act' || query.box === 'overdue') {
    const rows = query.box === 'to_act' ? await listToAct(db, c, tc, where) : await listOverdue(db, c, tc, where);
    return page(rows.slice(offset, offset + query.pageSize), rows.length);
  }
  const boxWhere = and(where, query.box === 'mine' ? filedBy(c.actor) : query.box === 'copies' ? copiedTo(c.actor) : undefined);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(requests).where(boxWhere),
    selectRows(db, boxWhere, query.pageSize, offset),
  ]);
  return page(rows, total);
}

/** The counts of the inbox tabs and the notification bell. */
export async function countInbox(db: DB, ctx: RequestContext, now = new Date()) {
  authorize(ctx.actor, 'request.read');
  const c = { ...ctx, actor: ctx.actor };
  const tc = await loadRequestTenantContext(db, ctx.tenantId, now);
  const where = and(eq(requests.tenantId, ctx.tenantId), visibleRequests(c.actor));
  const [toAct, overdue, filedOpen, [{ copies }], unread] = await Promise.all([
    listToAct(db, c, tc, where),
    listOverdue(db, c, tc, where),
    selectRows(db, and(where, openStates(tc.finalStates), filedBy(c.actor))),
    db.select({ copies: count() }).from(requests).where(and(where, copiedTo(c.actor), openStates(tc.finalStates))),
    countUnreadNotifications(db, ctx.tenantId, ctx.actor.userId),
  ]);
  const acting = new Set(toAct.map((r) => r.id));
  return {
    toAct: toAct.length,
    waiting: filedOpen.filter((r) => !acting.has(r.id)).length,
    copies,
    overdue: overdue.length,
    unreadNotifications: unread,
  };
}
