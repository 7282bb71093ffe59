/**
 * The lifecycle every request type shares: draft → submitted → (review) → approved or
 * rejected; a reviewer may return it for revision and the requester resubmits; the
 * requester may withdraw it before the decision.
 */
import type { ActorRule, Requirements, StateDefinition, TransitionDefinition } from '../types';

/**
 * None of the four regulations sets a time limit for these requests. The default follows
 * UU 30/2014 Administrasi Pemerintahan Ps 53(2), as amended by UU 11/2020 (Cipta Kerja)
 * Ps 175 angka 6: where no regulation sets one, a decision is due within 5 working days of a
 * complete application. Simpul only marks the request overdue; it never treats silence as
 * approval (Ps 53(4)). A tenant may set another number.
 */
export const defaultReviewWorkingDays = 5;

/** The person who filed the request, while holding an operator or head role in their agency. */
export const requesterOfAgency: ActorRule = {
  kind: 'all_of',
  rules: [{ kind: 'requester' }, { kind: 'requester_agency', roles: ['agency_operator', 'agency_head'] }],
};

export const ictOfficeHead: ActorRule = { kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head'] };

/** ICT office staff check a request for completeness and may send it back. */
export const ictOfficeStaff: ActorRule = {
  kind: 'special_agency',
  specialRole: 'ict_office',
  roles: ['agency_head', 'agency_operator'],
};

export const otherReason = 'other';

export function buildLifecycleStates(reviewStates: readonly StateDefinition[]): StateDefinition[] {
  return [
    { code: 'draft' },
    ...reviewStates,
    { code: 'returned' },
    { code: 'approved', final: true, decided: true },
    { code: 'rejected', final: true, decided: true },
    { code: 'withdrawn', final: true },
  ];
}

/** submit, resubmit and withdraw: the requester's own steps. */
export function buildRequesterTransitions(options: {
  submitRequires: Requirements;
  /** every state before the decision, from which the requester may withdraw */
  openStates: readonly string[];
}): TransitionDefinition[] {
  return [
    { name: 'submit', from: ['draft'], to: 'submitted', actor: requesterOfAgency, requires: options.submitRequires },
    { name: 'resubmit', from: ['returned'], to: 'submitted', actor: requesterOfAgency, requires: options.submitRequires },
    { name: 'withdraw', from: ['draft', ...options.openStates, 'returned'], to: 'withdrawn', actor: { kind: 'requester' } },
  ];
}

export function buildReturnTransition(from: string, actor: ActorRule): TransitionDefinition {
  // What to revise must be said: the note is the request for revision.
  return { name: 'return_for_revision', from: [from], to: 'returned', actor, review: true, requires: { note: true } };
}

export function buildRejectTransition(from: string, actor: ActorRule, reasonCodes: readonly string[]): TransitionDefinition {
  return {
    name: 'reject',
    from: [from],
    to: 'rejected',
    actor,
    review: true,
    requires: { reason: { codes: [...reasonCodes, otherReason], noteFor: [otherReason] } },
  };
}
