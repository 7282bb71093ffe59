/**
 * The life of an attestation (issue 8 §3): the bound party drafts it and submits it; the
 * Inspectorate accepts it or returns it with a note; a returned one is answered and
 * submitted again. An accepted attestation expires by date (its `validUntil`), not by an
 * action, so `expired` is never stored: it is the accepted state read on a later day.
 */
export const storedAttestationStates = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type StoredAttestationState = (typeof storedAttestationStates)[number];
export type AttestationState = StoredAttestationState | 'expired';

export type AttestationAction = 'edit' | 'submit' | 'accept' | 'return';

const transitions: Record<AttestationAction, { from: readonly StoredAttestationState[]; to: StoredAttestationState }> = {
  // the party changes the statement, evidence or date while it is theirs to change
  edit: { from: ['draft', 'returned'], to: 'draft' },
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The next stored state, or null when the action is not open from `state`. */
export function nextAttestationState(state: StoredAttestationState, action: AttestationAction): StoredAttestationState | null {
  const t = transitions[action];
  if (!t.from.includes(state)) return null;
  // editing a returned attestation keeps it returned, so the Inspectorate's note stays in view until resubmission
  return action === 'edit' ? state : t.to;
}

/** The state as it stands on `asOf`: an accepted attestation past its last day has expired. */
export function attestationStateOn(state: StoredAttestationState, validUntil: string | null, asOf: string): AttestationState {
  if (state === 'accepted' && validUntil !== null && validUntil < asOf.slice(0, 10)) return 'expired';
  return state;
}
