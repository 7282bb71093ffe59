import { and, eq } from 'drizzle-orm';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize, can } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import type { RequestCreateInput, RequestUpdateInput } from '../../../shared/requests';
import type { RequestTypeDefinition } from '../../../workflow/types';
import { findUserById } from '../people/queries';
import { requestParties, requests } from './tables';
import { findAttachments, findComments, findParties, findRequestRow, findSteps, type RequestRow } from './queries';
import { resolveActingParties, resolveAddressees, type PartyRow } from './parties';
import { describeRequest } from './snapshot';
import { listActorTransitions, presentRequest, toRequestRecord, type RequestDetails } from './present-request';
import { loadRequestTenantContext, type RequestTenantContext } from './tenant-context';

/** Does the type ask which data steward the request goes to (data-use requests)? */
export function needsSteward(def: RequestTypeDefinition): boolean {
  return (
    def.addressees.copies.some((r) => r.kind === 'steward_agency') ||
    def.addressees.to.some((r) => r.kind === 'steward_agency') ||
    def.transitions.some((t) => t.requires?.guards?.some((g) => g.kind === 'steward_known'))
  );
}

export function findRequestType(tc: RequestTenantContext, type: string): RequestTypeDefinition {
  const def = tc.types.get(type);
  if (!def) throw new AppError('REQUEST_TYPE_UNKNOWN', 422, { type }, { type: 'REQUEST_TYPE_UNKNOWN' });
  return def;
}

/** Who the request concerns now: addressees, copies, and the parties of the next step. */
export async function replaceParties(tx: Tx, tenantId: string, row: RequestRow, def: RequestTypeDefinition, tc: RequestTenantContext): Promise<PartyRow[]> {
  const parties = [...resolveAddressees(def, row, tc.agencyList), ...resolveActingParties(def, row, tc.agencyList)];
  await tx.delete(requestParties).where(and(eq(requestParties.tenantId, tenantId), eq(requestParties.requestId, row.id)));
  if (parties.length > 0) await tx.insert(requestParties).values(parties.map((p) => ({ tenantId, id: newId(), requestId: row.id, ...p })));
  return parties;
}

function pickRequesterAgency(actor: Actor, wanted: string | undefined): string {
  if (wanted) return wanted;
  const filing = [...new Set(actor.roles.filter((g) => g.agencyId && (g.role === 'agency_operator' || g.role === 'agency_head')).map((g) => g.agencyId!))];
  if (filing.length !== 1) throw new AppError('REQUEST_AGENCY_REQUIRED', 422, {}, { requesterAgencyId: 'REQUEST_AGENCY_REQUIRED' });
  return filing[0];
}

function assertSteward(def: RequestTypeDefinition, tc: RequestTenantContext, stewardAgencyId: string | null | undefined) {
  if (!stewardAgencyId) return;
  if (!needsSteward(def)) throw new AppError('VALIDATION_FAILED', 422, {}, { stewardAgencyId: 'REQUEST_STEWARD_NOT_APPLICABLE' });
  if (tc.agencies.get(stewardAgencyId)?.status !== 'active') throw new AppError('VALIDATION_FAILED', 422, {}, { stewardAgencyId: 'UNKNOWN_AGENCY' });
}

/** A new draft: only the requesting agency sees it until it is submitted. */
export async function createRequest(db: DB, ctx: RequestContext, input: RequestCreateInput, now = new Date()) {
  authorize(ctx.actor, 'request.create');
  const actor = ctx.actor;
  const requesterAgencyId = pickRequesterAgency(actor, input.requesterAgencyId);
  if (!can(actor, 'request.create', { requesterAgencyId })) throw forbidden();
  const id = await db.transaction(async (tx) => {
    const tc = await loadRequestTenantContext(tx, ctx.tenantId, now);
    const def = findRequestType(tc, input.type);
    if (tc.agencies.get(requesterAgencyId)?.status !== 'active') throw new AppError('VALIDATION_FAILED', 422, {}, { requesterAgencyId: 'UNKNOWN_AGENCY' });
    assertSteward(def, tc, input.stewardAgencyId);
    const [row] = await tx
      .insert(requests)
      .values({
        tenantId: ctx.tenantId,
        id: newId(),
        type: def.code,
        state: def.initialState,
        title: describeRequest(def.code, input.fields),
        requesterUserId: actor.userId,
        requesterAgencyId,
        stewardAgencyId: input.stewardAgencyId ?? null,
        fields: input.fields,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await replaceParties(tx, ctx.tenantId, row, def, tc);
    await appendAudit(tx, ctx, { action: 'request.create', entityType: 'request', entityId: row.id, agencyId: requesterAgencyId, after: row });
    return row.id;
  });
  return getRequest(db, ctx, id, now);
}

/** The form is edited by whoever may submit it now (the requester, while draft or returned). */
export async function updateRequest(db: DB, ctx: RequestContext, id: string, input: RequestUpdateInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const { row, tc, def } = await findReadableRequest(tx, ctx, id, now, true);
    const attachments = await findAttachments(tx, ctx.tenantId, id);
    const mayEdit = listActorTransitions(def, row, ctx.actor!, tc, attachments.length).some((t) => t.requires?.form);
    if (!mayEdit) throw new AppError('REQUEST_NOT_EDITABLE', 409);
    assertSteward(def, tc, input.stewardAgencyId);
    const fields = input.fields ?? (row.fields as Record<string, unknown>);
    const [after] = await tx
      .update(requests)
      .set({
        fields,
        title: describeRequest(row.type, fields),
        ...(input.stewardAgencyId !== undefined && { stewardAgencyId: input.stewardAgencyId }),
        updatedAt: now,
      })
      .where(and(eq(requests.tenantId, ctx.tenantId), eq(requests.id, id)))
      .returning();
    await replaceParties(tx, ctx.tenantId, after, def, tc);
    await appendAudit(tx, ctx, { action: 'request.update', entityType: 'request', entityId: id, agencyId: row.requesterAgencyId, before: row, after });
  });
  return getRequest(db, ctx, id, now);
}

/**
 * A request this person may see, or 404: other agencies do not learn it exists. With
 * `lock`, the row is locked for a step (two reviewers clicking at once take turns).
 */
export async function findReadableRequest(db: Queryable, ctx: RequestContext, id: string, now: Date, lock = false) {
  authorize(ctx.actor, 'request.read');
  const row = await findRequestRow(db, ctx.tenantId, id, lock);
  if (!row) throw notFound('request');
  const parties = await findParties(db, ctx.tenantId, [id]);
  // what you may not see does not exist for you
  if (!can(ctx.actor, 'request.read', toRequestRecord(row, parties))) throw notFound('request');
  const tc = await loadRequestTenantContext(db, ctx.tenantId, now);
  return { row, parties, tc, def: findRequestType(tc, row.type) };
}

export async function loadRequestDetails(db: Queryable, tenantId: string, row: RequestRow, parties?: RequestDetails['parties']): Promise<RequestDetails> {
  const [partyRows, steps, comments, attachments, requester] = await Promise.all([
    parties ?? findParties(db, tenantId, [row.id]),
    findSteps(db, tenantId, row.id),
    findComments(db, tenantId, row.id),
    findAttachments(db, tenantId, row.id),
    findUserById(db, tenantId, row.requesterUserId),
  ]);
  return { parties: partyRows, steps, comments, attachments, requesterName: requester?.name ?? '' };
}

export async function getRequest(db: DB, ctx: RequestContext, id: string, now = new Date()) {
  const { row, parties, tc, def } = await findReadableRequest(db, ctx, id, now);
  const details = await loadRequestDetails(db, ctx.tenantId, row, parties);
  return presentRequest(row, def, details, tc, ctx.actor!, now);
}
