/**
 * Who a request concerns, resolved from its type's declaration against the tenant's
 * agencies: the addressees and copies of the letter, and the parties who may take the next
 * step. Pure; the service stores the result in request_parties for the inbox queries.
 */
import type { ActorRule, Recipient, RequestSnapshot, RequestTypeDefinition } from '../../../workflow/types';
import { findState } from '../../../workflow/engine';
import type { Actor as PlatformActor } from '../../platform/policy/actor';
import type { Actor as WorkflowActor } from '../../../workflow/types';

export interface PartyRow {
  kind: 'to' | 'copy' | 'actor';
  agencyId: string | null;
  role: string | null;
  userId: string | null;
}

export interface AgencyFacts {
  id: string;
  specialRoles: readonly string[];
  status: string;
}

type Parties = Pick<RequestSnapshot, 'requesterUserId' | 'requesterAgencyId' | 'stewardAgencyId'>;

function activeWithRole(agencies: readonly AgencyFacts[], specialRole: string): AgencyFacts[] {
  return agencies.filter((a) => a.status === 'active' && a.specialRoles.includes(specialRole));
}

function resolveRecipient(recipient: Recipient, request: Parties, agencies: readonly AgencyFacts[], kind: 'to' | 'copy'): PartyRow[] {
  switch (recipient.kind) {
    case 'tenant_role':
      return [{ kind, agencyId: null, role: recipient.role, userId: null }];
    case 'special_agency':
      return activeWithRole(agencies, recipient.specialRole).map((a) => ({ kind, agencyId: a.id, role: null, userId: null }));
    case 'steward_agency':
      return request.stewardAgencyId ? [{ kind, agencyId: request.stewardAgencyId, role: null, userId: null }] : [];
  }
}

/** The letter's addressees (kepada) and copies (tembusan). */
export function resolveAddressees(def: RequestTypeDefinition, request: Parties, agencies: readonly AgencyFacts[]): PartyRow[] {
  return dedupe([
    ...def.addressees.to.flatMap((r) => resolveRecipient(r, request, agencies, 'to')),
    ...def.addressees.copies.flatMap((r) => resolveRecipient(r, request, agencies, 'copy')),
  ]);
}

/**
 * Everyone an actor rule could match, as rows an inbox query can find. It may list more
 * than the rule allows (an `all_of` keeps the narrowest part); the engine decides exactly.
 */
function resolveRule(rule: ActorRule, request: Parties, agencies: readonly AgencyFacts[]): Omit<PartyRow, 'kind'>[] {
  switch (rule.kind) {
    case 'requester':
      return [{ agencyId: null, role: null, userId: request.requesterUserId }];
    case 'requester_agency':
      return rule.roles.map((role) => ({ agencyId: request.requesterAgencyId, role, userId: null }));
    case 'special_agency':
      return activeWithRole(agencies, rule.specialRole).flatMap((a) => rule.roles.map((role) => ({ agencyId: a.id, role, userId: null })));
    case 'steward_agency':
      return request.stewardAgencyId ? rule.roles.map((role) => ({ agencyId: request.stewardAgencyId, role, userId: null })) : [];
    case 'tenant_role':
      return rule.roles.map((role) => ({ agencyId: null, role, userId: null }));
    case 'any_of':
      return rule.rules.flatMap((r) => resolveRule(r, request, agencies));
    case 'all_of': {
      const narrowest = rule.rules.find((r) => r.kind === 'requester') ?? rule.rules[0];
      return narrowest ? resolveRule(narrowest, request, agencies) : [];
    }
  }
}

/**
 * The parties who may move the request on from its current state. Withdrawal is left out:
 * the requester may always withdraw an open request, which does not put it in their inbox.
 */
export function resolveActingParties(def: RequestTypeDefinition, request: Parties & { state: string }, agencies: readonly AgencyFacts[]): PartyRow[] {
  if (findState(def, request.state)?.final) return [];
  const rows = def.transitions
    .filter((t) => t.from.includes(request.state) && t.name !== 'withdraw')
    .flatMap((t) => resolveRule(t.actor, request, agencies))
    .map((p) => ({ kind: 'actor' as const, ...p }));
  return dedupe(rows);
}

function dedupe(rows: PartyRow[]): PartyRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.kind}|${r.agencyId}|${r.role}|${r.userId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The platform's actor as the engine sees it, with the special roles of the tenant's agencies. */
export function toWorkflowActor(actor: PlatformActor, agencies: readonly AgencyFacts[]): WorkflowActor {
  const agencySpecialRoles: Record<string, readonly string[]> = {};
  for (const a of agencies) if (a.status === 'active') agencySpecialRoles[a.id] = a.specialRoles;
  return { userId: actor.userId, roles: actor.roles, agencySpecialRoles };
}
