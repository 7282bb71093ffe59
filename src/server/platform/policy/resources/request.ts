import { actorAgencyIds, hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

/** What the policy needs to know of a request: who filed it and which agencies it names. */
export interface RequestRecord {
  requesterUserId: string;
  requesterAgencyId: string;
  state: string;
  /** agencies addressed, copied or acting on it */
  partyAgencyIds: readonly string[];
}

function involvesActor(actor: Actor, request: RequestRecord): boolean {
  if (request.requesterUserId === actor.userId) return true;
  const mine = actorAgencyIds(actor);
  if (mine.includes(request.requesterAgencyId)) return true;
  // A draft is the requesting agency's own business until it is submitted.
  if (request.state === 'draft') return false;
  return readsWholeTenant(actor) || request.partyAgencyIds.some((id) => mine.includes(id));
}

// Who may take which step is the engine's answer (src/workflow), not the policy's: the
// policy only says who may see a request and who may file one.
export const requestPolicy = {
  'request.read': (actor: Actor, request?: RequestRecord) => (request ? involvesActor(actor, request) : true),
  // An agency files through its operators and its head.
  'request.create': (actor: Actor, request?: Pick<RequestRecord, 'requesterAgencyId'>) =>
    request
      ? hasAgencyRole(actor, request.requesterAgencyId, 'agency_operator', 'agency_head')
      : actor.roles.some((g) => g.agencyId !== null && (g.role === 'agency_operator' || g.role === 'agency_head')),
  'request.comment': (actor: Actor, request?: RequestRecord) => !!request && involvesActor(actor, request),
  'holiday.read': (_actor: Actor) => true,
  // The calendar changes every deadline: the ICT office super admin keeps it.
  'holiday.manage': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
