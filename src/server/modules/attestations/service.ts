import { and, eq } from 'drizzle-orm';
import { findAttestationParties } from '../../../regulations/attestation-parties';
import { attestationValidity, attestationValidUntil } from '../../../regulations/attestation-validity';
import { findObligation } from '../../../regulations/catalogue';
import { regulationsInForce, resolveParams } from '../../../regulations/profiles';
import type { Obligation } from '../../../regulations/types';
import type { AttestationInput, AttestationList, AttestationUpdate, AttestationView } from '../../../shared/attestations';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/append-audit';
import type { RequestContext } from '../../platform/context';
import type { DB, Queryable, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import { findFile, storeFile } from '../../platform/files/store-file';
import type { Upload } from '../../platform/http/read-upload';
import { newId } from '../../platform/ids';
import { authorize, can } from '../../platform/policy/can';
import { listAllAgencies } from '../agencies/service';
import { findRegulationProfile, findTenant, toRegulationProfile } from '../tenants/service';
import { attestationStateOn, type StoredAttestationState } from './attestation-flow';
import { presentAttestation, toAttestationRecord } from './presenter';
import { findAttestation, findAttestationEvents, findAttestations, findOpenAttestation, type AttestationWithFile } from './queries';
import { attestationEvents, attestations } from './tables';
import { resolveLinkedRecords } from './linked-records';

const today = () => new Date().toISOString().slice(0, 10);

export type AttestationEventAction = (typeof attestationEvents.$inferInsert)['action'];

/** Records one step in the attestation's history and the audit trail, in the caller's transaction. */
export async function recordAttestationStep(
  tx: Tx,
  ctx: RequestContext & { actor: NonNullable<RequestContext['actor']> },
  step: { action: AttestationEventAction; note: string | null; before: unknown; after: typeof attestations.$inferSelect; extra?: Record<string, unknown> },
) {
  await tx.insert(attestationEvents).values({
    tenantId: ctx.tenantId,
    id: newId(),
    attestationId: step.after.id,
    action: step.action,
    note: step.note,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.label,
  });
  await appendAudit(tx, ctx, {
    action: `attestation.${step.action}`,
    entityType: 'attestation',
    entityId: step.after.id,
    agencyId: step.after.agencyId,
    before: step.before,
    after: { ...step.after, note: step.note, ...step.extra },
  });
}

/** The attestation if the person may see it; 404 otherwise (what you may not see does not exist). */
export async function findReadableAttestation(db: Queryable, ctx: RequestContext, id: string): Promise<AttestationWithFile> {
  authorize(ctx.actor, 'attestation.read');
  const row = await findAttestation(db, ctx.tenantId, id);
  if (!row || !can(ctx.actor, 'attestation.read', toAttestationRecord(row))) throw notFound('attestation');
  return row;
}

export async function presentAttestations(db: Queryable, ctx: RequestContext, rows: AttestationWithFile[]): Promise<AttestationView[]> {
  const [tenant, events] = await Promise.all([findTenant(db, ctx.tenantId), findAttestationEvents(db, ctx.tenantId, rows.map((r) => r.attestation.id))]);
  return rows.map((row) => presentAttestation(ctx.locale, row, events, ctx.actor, { tenantName: tenant.name, asOf: today() }));
}

export async function getAttestation(db: Queryable, ctx: RequestContext, id: string): Promise<AttestationView> {
  const [view] = await presentAttestations(db, ctx, [await findReadableAttestation(db, ctx, id)]);
  return view;
}

/** The stored states a listed state is read from: `expired` is accepted with a past last day. */
function storedStatesOf(state: AttestationView['state'] | undefined): StoredAttestationState[] | undefined {
  if (!state) return undefined;
  return state === 'expired' ? ['accepted'] : [state];
}

/** The parties an obligation binds, named, with whether the reader may attest for each. */
async function findParties(db: Queryable, ctx: RequestContext, obligation: Obligation) {
  const [tenant, agencyRows] = await Promise.all([findTenant(db, ctx.tenantId), listAllAgencies(db, ctx.tenantId)]);
  const parties = findAttestationParties(obligation.binds, agencyRows);
  return parties.map((agencyId) => {
    const agency = agencyRows.find((a) => a.id === agencyId);
    const record = { agencyId, ictOfficeParty: agencyId === null || (agency?.specialRoles ?? []).includes('ict_office'), createdBy: '' };
    return { agencyId, name: agency?.name ?? tenant.name, canAttest: can(ctx.actor, 'attestation.create', record) };
  });
}

/**
 * The attestations the person may see: the Inspectorate's queue (`state=submitted`), or one
 * obligation's history with the parties it binds (`obligationId`).
 */
export async function listAttestations(db: Queryable, ctx: RequestContext, query: { state?: AttestationView['state']; obligationId?: string }): Promise<AttestationList> {
  authorize(ctx.actor, 'attestation.read');
  const rows = await findAttestations(db, ctx.tenantId, { states: storedStatesOf(query.state), obligationId: query.obligationId });
  const asOf = today();
  const visible = rows
    .filter((r) => can(ctx.actor, 'attestation.read', toAttestationRecord(r)))
    .filter((r) => !query.state || attestationStateOn(r.attestation.state, r.attestation.validUntil, asOf) === query.state);
  const obligation = query.obligationId ? findObligation(query.obligationId) : undefined;
  return { items: await presentAttestations(db, ctx, visible), parties: obligation ? await findParties(db, ctx, obligation) : [] };
}

function assertNotInFuture(attestedOn: string) {
  // a statement speaks for what has been done: its day cannot lie ahead
  if (attestedOn > today()) throw new AppError('ATTESTATION_DATE_IN_FUTURE', 422, {}, { attestedOn: 'ATTESTATION_DATE_IN_FUTURE' });
}

/** Checks the obligation binds the tenant today and the party is one it binds; returns the policy record. */
async function resolveParty(tx: Queryable, ctx: RequestContext, input: Pick<AttestationInput, 'obligationId' | 'agencyId'>) {
  const obligation = findObligation(input.obligationId);
  if (!obligation) throw new AppError('ATTESTATION_OBLIGATION_UNKNOWN', 422, {}, { obligationId: 'ATTESTATION_OBLIGATION_UNKNOWN' });
  const [tenant, agencyRows] = await Promise.all([findTenant(tx, ctx.tenantId), listAllAgencies(tx, ctx.tenantId)]);
  const profile = toRegulationProfile(tenant);
  const inForce = regulationsInForce(profile, today());
  if (!inForce.includes(obligation.citation.regulation)) throw new AppError('ATTESTATION_OBLIGATION_NOT_IN_FORCE', 422, {}, { obligationId: 'ATTESTATION_OBLIGATION_NOT_IN_FORCE' });
  const parties = findAttestationParties(obligation.binds, agencyRows);
  if (!parties.includes(input.agencyId)) throw new AppError('ATTESTATION_NOT_A_PARTY', 422, {}, { agencyId: 'ATTESTATION_NOT_A_PARTY' });
  const agency = agencyRows.find((a) => a.id === input.agencyId);
  return { obligation, params: resolveParams(profile, today()), record: { agencyId: input.agencyId, ictOfficeParty: input.agencyId === null || (agency?.specialRoles ?? []).includes('ict_office'), createdBy: ctx.actor?.userId ?? '' } };
}

/** The bound party's head writes a statement (a draft): valid from `attestedOn` for the obligation's cadence. */
export async function createAttestation(db: DB, ctx: RequestContext, input: z.infer<typeof AttestationInput>): Promise<AttestationView> {
  authorize(ctx.actor, 'attestation.create');
  const actor = ctx.actor;
  const id = await db.transaction(async (tx) => {
    const { obligation, params, record } = await resolveParty(tx, ctx, input);
    authorize(actor, 'attestation.create', record);
    assertNotInFuture(input.attestedOn);
    if (await findOpenAttestation(tx, ctx.tenantId, obligation.id, input.agencyId)) throw new AppError('ATTESTATION_OPEN_EXISTS', 409);
    const links = await resolveLinkedRecords(tx, ctx, input.links);
    const [after] = await tx
      .insert(attestations)
      .values({
        tenantId: ctx.tenantId,
        id: newId(),
        obligationId: obligation.id,
        agencyId: input.agencyId,
        state: 'draft',
        statement: input.statement,
        attestedOn: input.attestedOn,
        validUntil: attestationValidUntil(input.attestedOn, obligation.cadence, params),
        validityBasis: attestationValidity(obligation.cadence, params).basis,
        links,
        createdBy: actor.userId,
        createdByName: actor.label,
      })
      .returning();
    await recordAttestationStep(tx, { ...ctx, actor }, { action: 'create', note: null, before: null, after });
    return after.id;
  });
  return getAttestation(db, ctx, id);
}

/** Locks the row for a change and checks the permission on it. */
export async function lockAttestation(tx: Tx, ctx: RequestContext, id: string, permission: 'attestation.update' | 'attestation.submit' | 'attestation.verify') {
  const row = await findReadableAttestation(tx, ctx, id);
  authorize(ctx.actor, permission, toAttestationRecord(row));
  return row.attestation;
}

/** The party rewrites a draft or returned statement; the validity follows the new day. */
export async function updateAttestation(db: DB, ctx: RequestContext, id: string, input: z.infer<typeof AttestationUpdate>): Promise<AttestationView> {
  await db.transaction(async (tx) => {
    const before = await lockAttestation(tx, ctx, id, 'attestation.update');
    if (before.state !== 'draft' && before.state !== 'returned') throw new AppError('ATTESTATION_TRANSITION_INVALID', 409, { state: before.state, action: 'edit' });
    assertNotInFuture(input.attestedOn);
    const obligation = findObligation(before.obligationId) as Obligation;
    const params = resolveParams(await findRegulationProfile(tx, ctx.tenantId), today());
    const links = await resolveLinkedRecords(tx, ctx, input.links);
    const [after] = await tx
      .update(attestations)
      .set({ statement: input.statement, attestedOn: input.attestedOn, links, validUntil: attestationValidUntil(input.attestedOn, obligation.cadence, params), updatedAt: new Date() })
      .where(and(eq(attestations.tenantId, ctx.tenantId), eq(attestations.id, id)))
      .returning();
    await recordAttestationStep(tx, { ...ctx, actor: ctx.actor! }, { action: 'edit', note: null, before, after });
  });
  return getAttestation(db, ctx, id);
}

/** The evidence file of a draft or returned statement (replaces an earlier one; the trail keeps it). */
export async function uploadAttestationFile(db: DB, ctx: RequestContext, store: FileStore, id: string, upload: Upload): Promise<AttestationView> {
  await db.transaction(async (tx) => {
    const before = await lockAttestation(tx, ctx, id, 'attestation.update');
    if (before.state !== 'draft' && before.state !== 'returned') throw new AppError('ATTESTATION_TRANSITION_INVALID', 409, { state: before.state, action: 'edit' });
    const file = await storeFile(tx, store, ctx.tenantId, ctx.actor!.userId, upload);
    const [after] = await tx
      .update(attestations)
      .set({ fileId: file.id, updatedAt: new Date() })
      .where(and(eq(attestations.tenantId, ctx.tenantId), eq(attestations.id, id)))
      .returning();
    await recordAttestationStep(tx, { ...ctx, actor: ctx.actor! }, { action: 'upload', note: null, before, after, extra: { file: { name: file.fileName, sha256: file.sha256 } } });
  });
  return getAttestation(db, ctx, id);
}

/** The evidence file, for whoever may read the attestation. */
export async function readAttestationFile(db: Queryable, ctx: RequestContext, store: FileStore, id: string) {
  const row = await findReadableAttestation(db, ctx, id);
  if (!row.attestation.fileId) throw notFound('file');
  const file = await findFile(db, ctx.tenantId, row.attestation.fileId);
  return { file, content: await store.get(file.sha256) };
}
