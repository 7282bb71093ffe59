import { notMeasurable, summarizeFindings } from '../../checks/check-result';
import { addDays, addMonths, dueSoonWindowDays, toDay } from '../../checks/dates';
import type { CheckResult, ComplianceReadModel, Finding } from '../../types';
import type { InternalPolicyCode } from '../internal-policies';

function describePolicy(code: InternalPolicyCode, messageKey: string, params: Record<string, string | number> = {}): Finding {
  return { messageKey, params: { policy: code, ...params }, recordType: 'internalPolicy', recordId: code };
}

/** Dumai 67/2022 Lampiran: the policy (or the guideline or SOP it orders) is set and its decree recorded. */
export function checkPolicyEnacted(code: InternalPolicyCode): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.internalPolicies) return notMeasurable('internal_policy_register');
    const policy = model.internalPolicies.find((p) => p.code === code);
    const enacted = Boolean(policy?.decreeRef?.trim() && policy.enactedAt);
    return summarizeFindings({
      missing: enacted ? [] : [describePolicy(code, 'reg-dumai-67-2022.finding.policyNotEnacted')],
      evidence: [describePolicy(code, 'reg-dumai-67-2022.finding.policyEnacted', { decree: policy?.decreeRef ?? '-', date: policy?.enactedAt ? toDay(policy.enactedAt) : '-' })],
      remedyKey: 'reg-dumai-67-2022.remedy.enactPolicy',
    });
  };
}

/**
 * Dumai 67/2022 Lampiran: the policy is reviewed and evaluated periodically and the result
 * written down in a review report; `lastReviewedAt` is the date of that report. A policy
 * never reviewed falls due one period after it was enacted; one never enacted is a gap.
 * `periodic`: the text names no period, the tenant's reading of "secara periodik" applies.
 */
export function checkPolicyReviewed(code: InternalPolicyCode, period: number | 'periodic'): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    const months = period === 'periodic' ? model.params.periodicReadingMonths : period;
    if (!model.internalPolicies) return notMeasurable('internal_policy_register');
    const policy = model.internalPolicies.find((p) => p.code === code);
    const since = policy?.lastReviewedAt ?? policy?.enactedAt;
    if (!since) {
      return summarizeFindings({ missing: [describePolicy(code, 'reg-dumai-67-2022.finding.policyNotEnacted')], evidence: [], remedyKey: 'reg-dumai-67-2022.remedy.enactPolicy' });
    }
    const today = toDay(model.asOf);
    const dueDate = addMonths(since, months);
    const reviewed = policy?.lastReviewedAt ? toDay(policy.lastReviewedAt) : '-';
    if (dueDate < today) {
      return summarizeFindings({ missing: [describePolicy(code, 'reg-dumai-67-2022.finding.policyReviewOverdue', { dueDate, reviewed })], evidence: [], remedyKey: 'reg-dumai-67-2022.remedy.reviewPolicy' });
    }
    return summarizeFindings({
      missing: [],
      dueSoon: dueDate <= addDays(today, dueSoonWindowDays) ? [{ dueDate, finding: describePolicy(code, 'reg-dumai-67-2022.finding.policyReviewDueSoon', { reviewed }) }] : [],
      evidence: [describePolicy(code, 'reg-dumai-67-2022.finding.policyReviewed', { reviewed, dueDate })],
      remedyKey: 'reg-dumai-67-2022.remedy.reviewPolicy',
    });
  };
}
