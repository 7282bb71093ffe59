import { describe, expect, it } from 'vitest';
import { attestationStateOn, nextAttestationState, storedAttestationStates, type AttestationAction, type StoredAttestationState } from './attestation-flow';

// Every (state, action) pair, so a new state or action cannot slip past the table.
const expected: Record<StoredAttestationState, Record<AttestationAction, StoredAttestationState | null>> = {
  draft: { edit: 'draft', submit: 'submitted', accept: null, return: null },
  submitted: { edit: null, submit: null, accept: 'accepted', return: 'returned' },
  accepted: { edit: null, submit: null, accept: null, return: null },
  returned: { edit: 'returned', submit: 'submitted', accept: null, return: null },
};

describe('attestation flow (issue 8 §3)', () => {
  for (const state of storedAttestationStates) {
    for (const action of Object.keys(expected[state]) as AttestationAction[]) {
      it(`${state} --${action}--> ${expected[state][action] ?? 'refused'}`, () => {
        expect(nextAttestationState(state, action)).toBe(expected[state][action]);
      });
    }
  }

  it('draft → submitted → returned → submitted → accepted', () => {
    let s: StoredAttestationState = 'draft';
    for (const action of ['submit', 'return', 'edit', 'submit', 'accept'] as AttestationAction[]) {
      const next = nextAttestationState(s, action);
      expect(next, `${s} ${action}`).not.toBeNull();
      s = next as StoredAttestationState;
    }
    expect(s).toBe('accepted');
  });

  it('an accepted attestation expires the day after its last day, and never without one', () => {
    expect(attestationStateOn('accepted', '2026-06-30', '2026-06-30')).toBe('accepted');
    expect(attestationStateOn('accepted', '2026-06-30', '2026-07-01')).toBe('expired');
    expect(attestationStateOn('accepted', null, '2099-01-01')).toBe('accepted');
  });

  it('only an accepted attestation expires: a submitted or returned one past the date keeps its state', () => {
    for (const state of ['draft', 'submitted', 'returned'] as const) expect(attestationStateOn(state, '2020-01-01', '2026-01-01')).toBe(state);
  });
});
