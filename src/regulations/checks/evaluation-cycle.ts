import type { CheckResult, ComplianceReadModel, Finding } from '../types';
import { notMeasurable, summarizeFindings } from './check-result';
import { toDay } from './dates';

function asOfYear(model: ComplianceReadModel): number {
  return Number(toDay(model.asOf).slice(0, 4));
}

/**
 * The technical work of the current (latest started) evaluation cycle is done by an internal
 * assessor team set by decree (Dumai 67/2022 Ps 33(5)).
 */
export function checkAssessorTeamDecree(model: ComplianceReadModel): CheckResult {
  if (!model.evaluations) return notMeasurable('evaluation');
  const year = asOfYear(model);
  const current = model.evaluations.filter((c) => c.year <= year).sort((a, b) => b.year - a.year)[0];
  const cycleYear = current?.year ?? year;
  const finding: Finding = { messageKey: 'compliance.assessorTeamDecreeMissing', params: { year: cycleYear }, recordType: 'evaluation', recordId: String(cycleYear) };
  return summarizeFindings({
    missing: current?.hasAssessorTeamDecree ? [] : [finding],
    evidence: [{ ...finding, messageKey: 'compliance.evidence.assessorTeamDecreed' }],
    remedyKey: 'compliance.remedy.recordAssessorTeamDecree',
  });
}

/**
 * Every yearly evaluation cycle before the current year has its result submitted, and there
 * is at least one (Palu 14/2022 Ps 52(1), Dumai 67/2022 Ps 33(6)): a cycle left open means its
 * result never reached the mayor.
 */
export function checkPastEvaluationsSubmitted(model: ComplianceReadModel): CheckResult {
  if (!model.evaluations) return notMeasurable('evaluation');
  const year = asOfYear(model);
  const past = model.evaluations.filter((c) => c.year < year);
  const describe = (messageKey: string, cycleYear: number): Finding => ({ messageKey, params: { year: cycleYear }, recordType: 'evaluation', recordId: String(cycleYear) });
  const missing = past.filter((c) => c.status !== 'submitted').map((c) => describe('compliance.evaluationLeftOpen', c.year));
  if (past.length === 0) missing.push(describe('compliance.evaluationNeverHeld', year - 1));
  return summarizeFindings({
    missing,
    evidence: past.map((c) => describe('compliance.evidence.evaluationSubmittedForYear', c.year)),
    remedyKey: 'compliance.remedy.holdEvaluation',
  });
}
