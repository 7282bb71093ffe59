import type { CheckResult, ComplianceReadModel, ReadEvaluationCycle } from '../types';
import { evaluateCadence } from './evaluate-cadence';

function withCycles(model: ComplianceReadModel, check: (cycles: ReadEvaluationCycle[]) => CheckResult): CheckResult {
  if (!model.evaluations) return { status: 'not_measurable', needs: 'evaluation' };
  return check(model.evaluations);
}

/** SPBE monitoring and evaluation carried out (the cycle submitted) at least once every `months`. */
export function checkEvaluationCadence(months: number) {
  return (model: ComplianceReadModel): CheckResult =>
    withCycles(model, (cycles) => {
      const last = cycles
        .filter((c) => c.status === 'submitted' && c.submittedAt)
        .map((c) => c.submittedAt as string)
        .sort()
        .at(-1);
      return evaluateCadence(
        last ?? null,
        months,
        model.asOf,
        { messageKey: 'compliance.finding.evaluationSubmitted', params: { months } },
        'compliance.remedy.submitEvaluation',
      );
    });
}

/** The internal assessor team of the current (latest) evaluation cycle is set by decree. */
export function checkAssessorTeamDecree(model: ComplianceReadModel): CheckResult {
  return withCycles(model, (cycles) => {
    const asOfYear = Number(model.asOf.slice(0, 4));
    const current = cycles.filter((c) => c.year <= asOfYear).sort((a, b) => b.year - a.year)[0];
    if (!current || !current.hasAssessorTeamDecree) {
      return {
        status: 'not_met',
        missing: [{ messageKey: 'compliance.finding.assessorTeamDecreeMissing', params: { year: current?.year ?? asOfYear } }],
        remedyKey: 'compliance.remedy.recordAssessorTeamDecree',
      };
    }
    return {
      status: 'met',
      evidence: [{ messageKey: 'compliance.finding.assessorTeamDecreed', params: { year: current.year }, recordType: 'evaluation', recordId: String(current.year) }],
    };
  });
}

/** Every past evaluation cycle has its result submitted, not left open. */
export function checkPastEvaluationsSubmitted(model: ComplianceReadModel): CheckResult {
  return withCycles(model, (cycles) => {
    const asOfYear = Number(model.asOf.slice(0, 4));
    const past = cycles.filter((c) => c.year < asOfYear);
    const open = past.filter((c) => c.status !== 'submitted');
    if (past.length === 0 || open.length > 0) {
      return {
        status: 'not_met',
        missing:
          open.length > 0
            ? open.map((c) => ({ messageKey: 'compliance.finding.evaluationLeftOpen', params: { year: c.year }, recordType: 'evaluation', recordId: String(c.year) }))
            : [{ messageKey: 'compliance.finding.noPastEvaluation', params: { year: asOfYear - 1 } }],
        remedyKey: 'compliance.remedy.submitEvaluation',
      };
    }
    return {
      status: 'met',
      evidence: past.map((c) => ({ messageKey: 'compliance.finding.evaluationSubmittedForYear', params: { year: c.year }, recordType: 'evaluation', recordId: String(c.year) })),
    };
  });
}
