import { describe, expect, it } from 'vitest';
import { indicatorStates, type IndicatorState } from '../../../shared/evaluations';
import { agencyMayEdit, agencyMaySubmit, assessorMayDecide, indicatorState, isOwnAgencyIndicator, type IndicatorStateRow } from './indicator-state';
import type { Actor } from '../../platform/policy/actor';

const row = (over: Partial<IndicatorStateRow>): IndicatorStateRow => ({ agencyId: 'a', selfLevel: null, submission: null, verification: null, ...over });

describe('indicator state between the agency and the assessors (Dumai 67/2022 Pasal 33 ayat (4)–(5))', () => {
  it('reads every stored combination', () => {
    expect(indicatorState(undefined)).toBe('unassigned');
    expect(indicatorState(row({ agencyId: null, selfLevel: 3, submission: 'draft' }))).toBe('unassigned');
    expect(indicatorState(row({}))).toBe('assigned');
    expect(indicatorState(row({ selfLevel: 3, submission: 'draft' }))).toBe('draft');
    // answered before submission existed (no submission recorded): a draft
    expect(indicatorState(row({ selfLevel: 3, submission: null }))).toBe('draft');
    expect(indicatorState(row({ selfLevel: 3, submission: 'submitted' }))).toBe('submitted');
    expect(indicatorState(row({ selfLevel: 3, submission: 'returned' }))).toBe('returned');
    for (const verification of ['agreed', 'adjusted'] as const) expect(indicatorState(row({ selfLevel: 3, submission: 'submitted', verification }))).toBe('verified');
  });

  it('says who may act in each of the six states', () => {
    const table: Record<IndicatorState, [edit: boolean, submit: boolean, decide: boolean]> = {
      unassigned: [false, false, false],
      assigned: [true, false, false],
      draft: [true, true, false],
      submitted: [false, false, true],
      returned: [true, true, false],
      verified: [false, false, true],
    };
    for (const state of indicatorStates) expect([agencyMayEdit(state), agencyMaySubmit(state), assessorMayDecide(state)], state).toEqual(table[state]);
  });

  it('Pasal 33 ayat (5): an assessor holding any role in the responsible agency decides nothing on its answer', () => {
    const actor = (agencyIds: (string | null)[]): Actor => ({ userId: 'u', label: 'u', tenantId: 't', via: 'session', roles: agencyIds.map((agencyId) => ({ role: agencyId ? 'agency_head' : 'inspector', agencyId })) });
    expect(isOwnAgencyIndicator(actor([null, 'a']), 'a')).toBe(true);
    expect(isOwnAgencyIndicator(actor([null, 'b']), 'a')).toBe(false);
    expect(isOwnAgencyIndicator(actor([null]), 'a')).toBe(false);
    expect(isOwnAgencyIndicator(actor(['a']), null)).toBe(false);
  });
});
