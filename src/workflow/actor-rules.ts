import type { Actor, ActorRule, RequestSnapshot, Role } from './types';

type RequestParties = Pick<RequestSnapshot, 'requesterUserId' | 'requesterAgencyId' | 'stewardAgencyId'>;

/** Does this person satisfy the rule for this request? Pure; the rule is data. */
export function matchesActorRule(rule: ActorRule, actor: Actor, request: RequestParties): boolean {
  switch (rule.kind) {
    case 'requester':
      return actor.userId === request.requesterUserId;
    case 'requester_agency':
      return holdsRoleIn(actor, rule.roles, (agencyId) => agencyId === request.requesterAgencyId);
    case 'special_agency':
      return holdsRoleIn(actor, rule.roles, (agencyId) =>
        (actor.agencySpecialRoles[agencyId] ?? []).includes(rule.specialRole),
      );
    case 'steward_agency':
      return (
        request.stewardAgencyId !== null &&
        holdsRoleIn(actor, rule.roles, (agencyId) => agencyId === request.stewardAgencyId)
      );
    case 'tenant_role':
      return actor.roles.some((g) => g.agencyId === null && rule.roles.includes(g.role));
    case 'all_of':
      return rule.rules.every((r) => matchesActorRule(r, actor, request));
    case 'any_of':
      return rule.rules.some((r) => matchesActorRule(r, actor, request));
  }
}

function holdsRoleIn(actor: Actor, roles: readonly Role[], agencyMatches: (agencyId: string) => boolean): boolean {
  return actor.roles.some((g) => g.agencyId !== null && roles.includes(g.role) && agencyMatches(g.agencyId));
}
