import { and, eq } from 'drizzle-orm';
import type { DB } from '../../src/server/platform/db/database';
import type { RequestContext } from '../../src/server/platform/context';
import type { FileStore } from '../../src/server/platform/files/file-store';
import type { RequestRecord } from '../../src/server/platform/policy/resources/request';
import type { RequestView } from '../../src/shared/requests';
import type { RequestSnapshot, RequestTypeDefinition, TransitionDefinition } from '../../src/workflow/types';
import { availableTransitions } from '../../src/workflow/engine';
import { toCalendarDate } from '../../src/workflow/working-days';
import { createTestAgency, createTestUser } from '../../src/server/testing/factories';
import { buildRequestInput } from '../../src/server/testing/requests-factories';
import { listAllAgencies } from '../../src/server/modules/agencies/service';
import { createRequest } from '../../src/server/modules/requests/service';
import { takeRequestStep } from '../../src/server/modules/requests/transition-service';
import { attachToRequest } from '../../src/server/modules/requests/attachment-service';
import { listTenantRequestTypes } from '../../src/server/modules/requests/request-types';
import { resolveActingParties, resolveAddressees, toWorkflowActor, type AgencyFacts } from '../../src/server/modules/requests/parties';
import { queueNotifications } from '../../src/server/modules/notifications/service';
import { notifications } from '../../src/server/modules/notifications/tables';
import { newId } from '../../src/server/platform/ids';
import { pdfBytes } from './problems';

/**
 * The requests the walk acts on. "own" requests are filed by the walk's own-agency operator,
 * "other" ones by an operator of the other agency; each has one attachment, added as a draft.
 */
export type RequestTarget = 'own draft' | 'own submitted' | 'own recommended' | 'own decided' | 'other draft' | 'other submitted' | 'other naming own';
export const requestTargets: RequestTarget[] = ['own draft', 'own submitted', 'own recommended', 'own decided', 'other draft', 'other submitted', 'other naming own'];

interface Plan {
  type: 'data_access' | 'technical_recommendation';
  requester: 'own' | 'other';
  /** the data steward of a data-use request: the spare agency, or the walk's own (so the request names it) */
  steward?: 'spare' | 'own';
  /** the steps taken after the draft, by the requester or by the head of the ICT office */
  steps: ('submit' | 'recommend' | 'approve')[];
}

const plans: Record<RequestTarget, Plan> = {
  'own draft': { type: 'data_access', requester: 'own', steward: 'spare', steps: [] },
  'own submitted': { type: 'data_access', requester: 'own', steward: 'spare', steps: ['submit'] },
  'own recommended': { type: 'data_access', requester: 'own', steward: 'spare', steps: ['submit', 'recommend'] },
  'own decided': { type: 'technical_recommendation', requester: 'own', steps: ['submit', 'approve'] },
  'other draft': { type: 'data_access', requester: 'other', steward: 'own', steps: [] },
  'other submitted': { type: 'data_access', requester: 'other', steward: 'spare', steps: ['submit'] },
  'other naming own': { type: 'data_access', requester: 'other', steward: 'own', steps: ['submit'] },
};

export interface WalkRequest {
  id: string;
  attachmentId: string;
  view: RequestView;
}

export interface WalkRequests {
  db: DB;
  files: FileStore;
  agencies: (AgencyFacts & { ictSelfReliant: boolean })[];
  defs: Map<string, RequestTypeDefinition>;
  people: { own: RequestContext; other: RequestContext; ictHead: RequestContext };
  agencyIds: { own: string; spare: string };
  targets: Record<RequestTarget, WalkRequest>;
  /** the recommendation number the decided technical recommendation issued */
  recommendationNumber: string;
  /** a notification addressed to someone who is none of the walk's actors */
  strangersNotificationId: string;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

function submitInput(def: RequestTypeDefinition) {
  return { transition: 'submit', acknowledgedStatements: [...(def.transitions.find((t) => t.name === 'submit')?.requires?.statements ?? [])] };
}

const ictHeadSteps = {
  recommend: { transition: 'recommend', outcome: { recommendation: 'approve' } },
  approve: () => ({ transition: 'approve', outcome: { recommendationNumber: `RT/${unique()}` } }),
};

/** A new request in the target's state, taken there through the requests service. */
export async function createWalkRequest(w: Omit<WalkRequests, 'targets' | 'recommendationNumber' | 'strangersNotificationId'>, target: RequestTarget): Promise<WalkRequest> {
  const plan = plans[target];
  const requester = w.people[plan.requester];
  const steward = plan.steward ? w.agencyIds[plan.steward] : undefined;
  const created = await createRequest(w.db, requester, buildRequestInput(plan.type, { stewardAgencyId: steward }));
  let view = await attachToRequest(w.db, requester, w.files, created.id, { content: pdfBytes(created.id), fileName: 'kak.pdf', mimeType: 'application/pdf' });
  for (const step of plan.steps) {
    if (step === 'submit') view = await takeRequestStep(w.db, requester, view.id, submitInput(w.defs.get(plan.type)!));
    else view = await takeRequestStep(w.db, w.people.ictHead, view.id, step === 'recommend' ? ictHeadSteps.recommend : ictHeadSteps.approve());
  }
  return { id: view.id, attachmentId: view.attachments[0].id, view };
}

/** The ICT office and its head, the other agency's operator, and one request per target. */
export async function createWalkRequests(
  db: DB,
  admin: RequestContext,
  files: FileStore,
  o: { ownRequester: RequestContext; ownAgencyId: string; otherAgencyId: string; spareAgencyId: string; strangerUserId: string },
): Promise<WalkRequests> {
  const ict = await createTestAgency(db, admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
  const [ictHead, other] = await Promise.all([
    createTestUser(db, admin, [{ role: 'agency_head', agencyId: ict.id }]),
    createTestUser(db, admin, [{ role: 'agency_operator', agencyId: o.otherAgencyId }]),
  ]);
  const defs = await listTenantRequestTypes(db, admin.tenantId, toCalendarDate(new Date()));
  const base = {
    db,
    files,
    agencies: await listAllAgencies(db, admin.tenantId),
    defs: new Map(defs.map((d) => [d.code, d])),
    people: { own: o.ownRequester, other: other.ctx, ictHead: ictHead.ctx },
    agencyIds: { own: o.ownAgencyId, spare: o.spareAgencyId },
  };
  const targets = {} as Record<RequestTarget, WalkRequest>;
  for (const t of requestTargets) targets[t] = await createWalkRequest(base, t);
  return {
    ...base,
    targets,
    recommendationNumber: targets['own decided'].view.issuedNumber!,
    strangersNotificationId: await notify(db, admin.tenantId, o.strangerUserId),
  };
}

/** An in-app notification for one person, through the notifications service; its id. */
export async function notify(db: DB, tenantId: string, userId: string): Promise<string> {
  const entityId = newId();
  await db.transaction((tx) =>
    queueNotifications(tx, tenantId, {
      entityType: 'request',
      entityId,
      path: `/requests/${entityId}`,
      messages: [{ kind: 'request.comment', params: { author: 'Uji', number: 'PPD/2026/000001', type: { key: 'requests.type.data_access.name' } }, recipientUserIds: [userId] }],
      webhookPayload: {},
    }),
  );
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.entityId, entityId)));
  return row.id;
}

/** The request as the engine sees it, from what the service returned. */
export function snapshotOf(w: WalkRequests, t: RequestTarget): RequestSnapshot {
  const v = w.targets[t].view;
  return {
    type: v.type,
    state: v.state,
    requesterUserId: v.requesterUserId,
    requesterAgencyId: v.requesterAgencyId,
    requesterAgencyIctSelfReliant: w.agencies.find((a) => a.id === v.requesterAgencyId)?.ictSelfReliant ?? false,
    stewardAgencyId: v.stewardAgencyId,
    fields: v.fields,
    outcome: v.outcome,
    attachmentCount: v.attachments.length,
    dueAt: v.dueAt,
  };
}

/** What the policy is asked about: the agencies the type's declaration names for this request. */
export function recordOf(w: WalkRequests, t: RequestTarget): RequestRecord {
  const snapshot = snapshotOf(w, t);
  const def = w.defs.get(snapshot.type)!;
  const parties = [...resolveAddressees(def, snapshot, w.agencies), ...resolveActingParties(def, snapshot, w.agencies)];
  return {
    requesterUserId: snapshot.requesterUserId,
    requesterAgencyId: snapshot.requesterAgencyId,
    state: snapshot.state,
    partyAgencyIds: [...new Set(parties.flatMap((p) => (p.agencyId ? [p.agencyId] : [])))],
  };
}

/** The engine's answer: the steps this person may take on the target now. */
export function openSteps(w: WalkRequests, t: RequestTarget, actor: RequestContext['actor']): TransitionDefinition[] {
  if (!actor) return [];
  const snapshot = snapshotOf(w, t);
  return availableTransitions(w.defs.get(snapshot.type)!, snapshot, toWorkflowActor(actor, w.agencies));
}
