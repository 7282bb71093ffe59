import { evaluateCadence } from '../../checks/evaluate-cadence';
import type { CheckResult, ComplianceReadModel, ReadInternalPolicy } from '../../types';
import type { InternalPolicyCode } from '../internal-policies';

const ns = 'reg-dumai-67-2022';

function withPolicy(
  model: ComplianceReadModel,
  code: InternalPolicyCode,
  check: (policy: ReadInternalPolicy | undefined) => CheckResult,
): CheckResult {
  if (!model.internalPolicies) return { status: 'not_measurable', needs: 'internal_policy_register' };
  return check(model.internalPolicies.find((p) => p.code === code));
}

/** Dumai 67/2022 Lampiran: the policy (or the guideline or SOP it orders) is set and its decree recorded. */
export function checkPolicyEnacted(code: InternalPolicyCode) {
  return (model: ComplianceReadModel): CheckResult =>
    withPolicy(model, code, (policy) => {
      if (!policy || !policy.decreeRef || !policy.enactedAt) {
        return {
          status: 'not_met',
          missing: [{ messageKey: `${ns}.finding.policyNotEnacted`, params: { policy: code }, recordType: 'internalPolicy', recordId: code }],
          remedyKey: `${ns}.remedy.enactPolicy`,
        };
      }
      return {
        status: 'met',
        evidence: [
          { messageKey: `${ns}.finding.policyEnacted`, params: { policy: code, decree: policy.decreeRef, date: policy.enactedAt }, recordType: 'internalPolicy', recordId: code },
        ],
      };
    });
}

/**
 * Dumai 67/2022 Lampiran: the policy is reviewed and evaluated periodically and the result
 * written down in a review report; `lastReviewedAt` is the date of that report. A policy never
 * reviewed falls due one period after it was enacted.
 */
export function checkPolicyReviewed(code: InternalPolicyCode, months: number) {
  return (model: ComplianceReadModel): CheckResult =>
    withPolicy(model, code, (policy) =>
      evaluateCadence(
        policy ? (policy.lastReviewedAt ?? policy.enactedAt) : null,
        months,
        model.asOf,
        { messageKey: `${ns}.finding.policyReview`, params: { policy: code, months }, recordType: 'internalPolicy', recordId: code },
        `${ns}.remedy.reviewPolicy`,
      ),
    );
}
