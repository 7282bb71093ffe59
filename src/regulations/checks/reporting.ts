import type { CheckResult, ComplianceReadModel, Finding, ReadAgency } from '../types';
import { noneConcerned, notMeasurable, summarizeFindings } from './check-result';
import { addDays, addMonths, dueSoonWindowDays, toDay } from './dates';
import { selectActiveAgencies } from './scope';

/**
 * Periodic reports to the mayor (Jambi 10/2017 Ps 22(1)-(2)). For each reporting agency:
 * a report whose period has ended but is not submitted is a gap, and so is an agency that
 * has never submitted one. With `months`, the latest submitted period must also have
 * ended within that many months (the regulation's "secara berkala" names no number, so
 * Jambi passes none).
 */
export function checkPeriodicReports(options: { reporters: 'every_agency' | 'ict_office'; months?: number }): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.periodicReports) return notMeasurable('periodic_reports');
    const today = toDay(model.asOf);
    const active = selectActiveAgencies(model);
    // no agency registered: nobody's reports can be shown (never a vacuous met)
    if (active.length === 0) return notMeasurable('organisation', 'registry_empty');
    const reporters = active.filter((a: ReadAgency) => options.reporters === 'every_agency' || a.specialRoles.includes('ict_office'));
    // agencies, but none that reports (no ICT office): the duty concerns none of them
    if (reporters.length === 0) return noneConcerned('agencies');
    const byAgency = new Map<string, typeof model.periodicReports>();
    for (const report of model.periodicReports) {
      const list = byAgency.get(report.agencyId);
      if (list) list.push(report);
      else byAgency.set(report.agencyId, [report]);
    }
    const missing: Finding[] = [];
    for (const agency of reporters) {
      const reports = byAgency.get(agency.id) ?? [];
      const base = { agencyId: agency.id, recordType: 'agency', recordId: agency.id };
      const overdue = reports.filter((r) => !r.submittedAt && toDay(r.periodEnd) < today);
      for (const r of overdue) {
        missing.push({ ...base, messageKey: 'compliance.periodicReportOverdue', params: { agency: agency.name, periodEnd: toDay(r.periodEnd) } });
      }
      const submitted = reports.filter((r) => r.submittedAt).map((r) => toDay(r.periodEnd)).sort();
      const latest = submitted[submitted.length - 1];
      if (!latest) {
        missing.push({ ...base, messageKey: 'compliance.periodicReportNever', params: { agency: agency.name } });
      } else if (options.months !== undefined && addMonths(latest, options.months) < today) {
        missing.push({ ...base, messageKey: 'compliance.periodicReportStale', params: { agency: agency.name, periodEnd: latest } });
      }
    }
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.agenciesChecked', params: { count: reporters.length } }],
      remedyKey: 'compliance.remedy.submitPeriodicReport',
    });
  };
}

/**
 * The SPBE evaluation is held: the latest submitted cycle was submitted within `months`.
 * Dumai 18/2019 Ps 8(2) huruf d gives the Sekda the evaluation without a cadence; the
 * national evaluation it follows (PermenPANRB 5/2018, cited in its Mengingat) is yearly.
 */
export function checkEvaluationHeld(options: { months: number }): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.evaluations) return notMeasurable('evaluation');
    const submitted = model.evaluations.filter((c) => c.status === 'submitted' && c.submittedAt).map((c) => toDay(c.submittedAt ?? ''));
    const latest = submitted.sort()[submitted.length - 1];
    const today = toDay(model.asOf);
    const dueDate = latest ? addMonths(latest, options.months) : undefined;
    if (!latest || !dueDate || dueDate < today) {
      return {
        status: 'not_met',
        missing: [{ messageKey: 'compliance.evaluationNotHeld', params: { months: options.months, lastSubmitted: latest ?? '-' } }],
        remedyKey: 'compliance.remedy.holdEvaluation',
      };
    }
    const evidence = [{ messageKey: 'compliance.evidence.evaluationSubmitted', params: { submittedAt: latest } }];
    if (dueDate <= addDays(today, dueSoonWindowDays)) return { status: 'due_soon', dueDate, evidence };
    return { status: 'met', evidence };
  };
}
