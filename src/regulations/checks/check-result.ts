import type { Capability, CheckResult, Finding } from '../types';

/** A finding that comes due on a date (an evaluation or an expiry within the warning window). */
export interface DueFinding {
  dueDate: string;
  finding: Finding;
}

export function notMeasurable(needs: Capability): CheckResult {
  return { status: 'not_measurable', needs, reason: 'no_capability' };
}

/**
 * Folds what a check found over many records into one result: anything missing makes the
 * obligation not met; otherwise the earliest date coming due makes it due soon; otherwise
 * it is met, with `evidence` saying what was looked at.
 */
export function summarizeFindings(input: {
  missing: Finding[];
  dueSoon?: DueFinding[];
  evidence: Finding[];
  remedyKey: string;
}): CheckResult {
  if (input.missing.length > 0) {
    return { status: 'not_met', missing: input.missing, remedyKey: input.remedyKey };
  }
  const due = input.dueSoon ?? [];
  if (due.length > 0) {
    const dueDate = due.reduce((earliest, d) => (d.dueDate < earliest ? d.dueDate : earliest), due[0].dueDate);
    return { status: 'due_soon', dueDate, evidence: due.map((d) => ({ ...d.finding, params: { ...d.finding.params, dueDate: d.dueDate } })) };
  }
  return { status: 'met', evidence: input.evidence };
}

// A part with no data evidence (structure, attestation, not applicable) never outweighs a measured one.
const severity: Record<CheckResult['status'], number> = {
  not_met: 3,
  due_soon: 2,
  met: 1,
  attested: 0,
  structure_in_place: 0,
  not_applicable: 0,
  not_measurable: 0,
};

/**
 * One obligation measured from two registries (e.g. an application's address and the
 * subdomain registry): the worst measurable result wins; not measurable only when no part is.
 */
export function combineResults(results: CheckResult[]): CheckResult {
  const measured = results.filter((r) => r.status !== 'not_measurable');
  if (measured.length === 0) return results[0];
  const worst = Math.max(...measured.map((r) => severity[r.status]));
  const top = measured.filter((r) => severity[r.status] === worst);
  if (worst === severity.not_met) {
    const notMet = top as Extract<CheckResult, { status: 'not_met' }>[];
    return { status: 'not_met', missing: notMet.flatMap((r) => r.missing), remedyKey: notMet[0].remedyKey };
  }
  if (worst === severity.due_soon) {
    const due = top as Extract<CheckResult, { status: 'due_soon' }>[];
    const dueDate = due.map((r) => r.dueDate).sort()[0];
    return { status: 'due_soon', dueDate, evidence: due.flatMap((r) => r.evidence) };
  }
  const met = top as Extract<CheckResult, { status: 'met' }>[];
  return { status: 'met', evidence: met.flatMap((r) => r.evidence) };
}
