import { notMeasurable, summarizeFindings } from '../../checks/check-result';
import { addDays, addMonths, dueSoonWindowDays, toDay } from '../../checks/dates';
import type { CheckResult, ComplianceReadModel, Finding } from '../../types';
import type { InternalPolicyCode } from '../internal-policies';

const ns = 'reg-dumai-67-2022';

function describePolicy(code: InternalPolicyCode, messageKey: string, params: Record<string, string | number> = {}): Finding {
  return { messageKey: `${ns}.finding.${messageKey}`, params: { policy: code, ...params }, recordType: 'internalPolicy', recordId: code };
}

/** Dumai 67/2022 Lampiran: the policy (or the guideline or SOP it orders) is set and its decree recorded. */
export function checkPolicyEnacted(code: InternalPolicyCode): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.internalPolicies) return notMeasurable('internal_policy_register');
    const policy = model.internalPolicies.find((p) => p.code === code);
    const enacted = Boolean(policy?.decreeRef?.trim() && policy.enactedAt);
    return summarizeFindings({
      missing: enacted ? [] : [describePolicy(code, 'policyNotEnacted')],
      evidence: [describePolicy(code, 'policyEnacted', { decree: policy?.decreeRef ?? '-', date: policy?.enactedAt ? toDay(policy.enactedAt) : '-' })],
      remedyKey: `${ns}.remedy.enactPolicy`,
    });
  };
}

/**
 * Dumai 67/2022 Lampiran: the policy is reviewed and evaluated periodically and the result
 * written down in a review report; `lastReviewedAt` is the date of that report. A policy
 * never reviewed falls due one period after it was enacted; one never enacted is a gap.
 */
export function checkPolicyReviewed(code: InternalPolicyCode, months: number): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.internalPolicies) return notMeasurable('internal_policy_register');
    const policy = model.internalPolicies.find((p) => p.code === code);
    const since = policy?.lastReviewedAt ?? policy?.enactedAt;
    if (!since) {
      return summarizeFindings({ missing: [describePolicy(code, 'policyNotEnacted')], evidence: [], remedyKey: `${ns}.remedy.enactPolicy` });
    }
    const today = toDay(model.asOf);
    const dueDate = addMonths(since, months);
    const reviewed = policy?.lastReviewedAt ? toDay(policy.lastReviewedAt) : '-';
    if (dueDate < today) {
      return summarizeFindings({ missing: [describePolicy(code, 'policyReviewOverdue', { dueDate, reviewed })], evidence: [], remedyKey: `${ns}.remedy.reviewPolicy` });
    }
    return summarizeFindings({
      missing: [],
      dueSoon: dueDate <= addDays(today, dueSoonWindowDays) ? [{ dueDate, finding: describePolicy(code, 'policyReviewDueSoon', { reviewed }) }] : [],
      evidence: [describePolicy(code, 'policyReviewed', { reviewed, dueDate })],
      remedyKey: `${ns}.remedy.reviewPolicy`,
    });
  };
}
