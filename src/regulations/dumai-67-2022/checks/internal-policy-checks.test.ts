import { describe, expect, it } from 'vitest';
import { buildReadInternalPolicy, buildReadModel } from '../../testing/build-read-model';
import { checkPolicyEnacted, checkPolicyReviewed } from './internal-policy-checks';

describe('Dumai 67/2022 internal policy checks', () => {
  const asOf = '2024-01-15';

  it('Dumai 67/2022 Lampiran I.C: not measurable without the internal-policy register', () => {
    expect(checkPolicyEnacted('data_management')(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'internal_policy_register', reason: 'no_capability' });
    expect(checkPolicyReviewed('data_management', 12)(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'internal_policy_register', reason: 'no_capability' });
  });

  it('Dumai 67/2022 Lampiran I.A: a policy set by a recorded decree is met', () => {
    const model = buildReadModel({ asOf, internalPolicies: [buildReadInternalPolicy({ code: 'architecture' })] });
    expect(checkPolicyEnacted('architecture')(model)).toMatchObject({
      status: 'met',
      evidence: [{ messageKey: 'reg-dumai-67-2022.finding.policyEnacted', params: { policy: 'architecture', decree: 'Perwako 67/2022' } }],
    });
  });

  it('Dumai 67/2022 Lampiran I.A: a policy missing from the register, or without its decree, is not met', () => {
    const withoutDecree = buildReadModel({ asOf, internalPolicies: [buildReadInternalPolicy({ code: 'architecture', decreeRef: null })] });
    expect(checkPolicyEnacted('architecture')(withoutDecree)).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-dumai-67-2022.finding.policyNotEnacted', recordId: 'architecture' }],
      remedyKey: 'reg-dumai-67-2022.remedy.enactPolicy',
    });
    expect(checkPolicyEnacted('roadmap')(buildReadModel({ asOf, internalPolicies: [] })).status).toBe('not_met');
  });

  it('Dumai 67/2022 Lampiran I.C: the data-management guideline reviewed within the year is met', () => {
    const model = buildReadModel({ asOf, internalPolicies: [buildReadInternalPolicy({ code: 'data_management_guideline', lastReviewedAt: '2023-06-01' })] });
    expect(checkPolicyReviewed('data_management_guideline', 12)(model)).toMatchObject({
      status: 'met',
      evidence: [{ params: { reviewed: '2023-06-01', dueDate: '2024-06-01' } }],
    });
  });

  it('Dumai 67/2022 Lampiran I.C: a review report older than a year is not met', () => {
    const model = buildReadModel({ asOf, internalPolicies: [buildReadInternalPolicy({ code: 'data_management_guideline', lastReviewedAt: '2022-12-01' })] });
    expect(checkPolicyReviewed('data_management_guideline', 12)(model)).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-dumai-67-2022.finding.policyReviewOverdue', params: { dueDate: '2023-12-01' } }],
      remedyKey: 'reg-dumai-67-2022.remedy.reviewPolicy',
    });
  });

  it('Dumai 67/2022 Lampiran I.H: a review falling due within 30 days is due soon', () => {
    const model = buildReadModel({ asOf, internalPolicies: [buildReadInternalPolicy({ code: 'information_security', lastReviewedAt: '2023-02-01' })] });
    expect(checkPolicyReviewed('information_security', 12)(model)).toMatchObject({ status: 'due_soon', dueDate: '2024-02-01' });
  });

  it('Dumai 67/2022 Lampiran I.J: a policy never reviewed falls due a period after its enactment', () => {
    const fresh = buildReadInternalPolicy({ code: 'coordination_team', enactedAt: '2023-09-01', lastReviewedAt: null });
    expect(checkPolicyReviewed('coordination_team', 12)(buildReadModel({ asOf, internalPolicies: [fresh] })).status).toBe('met');
    const old = buildReadInternalPolicy({ code: 'coordination_team', enactedAt: '2022-07-01', lastReviewedAt: null });
    expect(checkPolicyReviewed('coordination_team', 12)(buildReadModel({ asOf, internalPolicies: [old] })).status).toBe('not_met');
  });

  it('Dumai 67/2022 Lampiran I.E: an SOP not in the register cannot have been reviewed and is not met', () => {
    expect(checkPolicyReviewed('data_center_sop', 12)(buildReadModel({ asOf, internalPolicies: [] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'reg-dumai-67-2022.finding.policyNotEnacted' }],
    });
  });
});
