import { and, asc, eq, exists, inArray, isNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { actorAgencyIds, readsWholeTenant, type Actor } from '../../platform/policy/actor';
import { files } from '../../platform/files/tables';
import { requestAttachments, requestComments, requestParties, requests, requestSteps } from './tables';

export type RequestRow = typeof requests.$inferSelect;
export type PartyRowStored = typeof requestParties.$inferSelect;

export async function findRequestRow(db: Queryable, tenantId: string, id: string, lock = false) {
  const query = db.select().from(requests).where(and(eq(requests.tenantId, tenantId), eq(requests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findParties(db: Queryable, tenantId: string, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db.select().from(requestParties).where(and(eq(requestParties.tenantId, tenantId), inArray(requestParties.requestId, requestIds)));
}

export async function findSteps(db: Queryable, tenantId: string, requestId: string) {
  return db
    .select()
    .from(requestSteps)
    .where(and(eq(requestSteps.tenantId, tenantId), eq(requestSteps.requestId, requestId)))
    .orderBy(asc(requestSteps.at), asc(requestSteps.id));
}

export async function findComments(db: Queryable, tenantId: string, requestId: string) {
  return db
    .select()
    .from(requestComments)
    .where(and(eq(requestComments.tenantId, tenantId), eq(requestComments.requestId, requestId)))
    .orderBy(asc(requestComments.createdAt), asc(requestComments.id));
}

export async function findAttachments(db: Queryable, tenantId: string, requestId: string) {
  return db
    .select({
      id: requestAttachments.id,
      fileId: files.id,
      fileName: files.fileName,
      mimeType: files.mimeType,
      size: files.size,
      sha256: files.sha256,
      uploadedBy: requestAttachments.uploadedBy,
      createdAt: requestAttachments.createdAt,
    })
    .from(requestAttachments)
    .innerJoin(files, and(eq(files.tenantId, requestAttachments.tenantId), eq(files.id, requestAttachments.fileId)))
    .where(and(eq(requestAttachments.tenantId, tenantId), eq(requestAttachments.requestId, requestId)))
    .orderBy(asc(requestAttachments.createdAt), asc(requestAttachments.id));
}

function partyExists(where: SQL | undefined): SQL {
  return exists(
    sql`(SELECT 1 FROM ${requestParties} WHERE ${requestParties.tenantId} = ${requests.tenantId} AND ${requestParties.requestId} = ${requests.id} AND ${where})`,
  );
}

/** Filed by this person or by one of their agencies. */
export function filedBy(actor: Actor): SQL {
  const mine = actorAgencyIds(actor);
  return or(eq(requests.requesterUserId, actor.userId), mine.length ? inArray(requests.requesterAgencyId, mine) : undefined)!;
}

/** The requests an actor may see, as a WHERE fragment (mirrors the policy's request.read). */
export function visibleRequests(actor: Actor): SQL {
  const mine = actorAgencyIds(actor);
  const named = readsWholeTenant(actor)
    ? sql`true`
    : mine.length
      ? partyExists(inArray(requestParties.agencyId, mine))
      : sql`false`;
  return or(filedBy(actor), and(ne(requests.state, 'draft'), named))!;
}

/** Copied (tembusan) to one of the actor's agencies. */
export function copiedTo(actor: Actor): SQL {
  const mine = actorAgencyIds(actor);
  if (mine.length === 0) return sql`false`;
  return and(ne(requests.state, 'draft'), partyExists(and(eq(requestParties.kind, 'copy'), inArray(requestParties.agencyId, mine))))!;
}

/**
 * Requests on which the actor may be a party to the next step: a superset the service
 * narrows with the engine's availableTransitions.
 */
export function actingCandidate(actor: Actor): SQL {
  const tenantRoles = actor.roles.filter((g) => g.agencyId === null).map((g) => g.role);
  const agencyGrants = actor.roles.filter((g) => g.agencyId !== null);
  const matches = or(
    eq(requestParties.userId, actor.userId),
    tenantRoles.length ? and(isNull(requestParties.agencyId), inArray(requestParties.role, tenantRoles)) : undefined,
    ...agencyGrants.map((g) => and(eq(requestParties.agencyId, g.agencyId!), eq(requestParties.role, g.role))),
  );
  return partyExists(and(eq(requestParties.kind, 'actor'), matches));
}

export function openStates(finalStates: readonly string[]): SQL {
  return notInArray(requests.state, [...finalStates]);
}
