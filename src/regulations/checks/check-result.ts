import type { Capability, CheckResult, ComplianceReadModel, DeclarableRegistry, Finding } from '../types';
import { toDay } from './dates';

/** A finding that comes due on a date (an evaluation or an expiry within the warning window). */
export interface DueFinding {
  dueDate: string;
  finding: Finding;
}

/** The capability's data is absent (`no_capability`), or present with no record to judge (`registry_empty`). */
export function notMeasurable(needs: Capability, reason: 'no_capability' | 'registry_empty' = 'no_capability'): CheckResult {
  return { status: 'not_measurable', needs, reason };
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
  /** records the obligation does not bind, each with the reason (shown, never counted) */
  notApplicable?: Finding[];
}): CheckResult {
  const notApplicable = input.notApplicable?.length ? { notApplicable: input.notApplicable } : {};
  if (input.missing.length > 0) {
    return { status: 'not_met', missing: input.missing, remedyKey: input.remedyKey, ...notApplicable };
  }
  const due = input.dueSoon ?? [];
  if (due.length > 0) {
    const dueDate = due.reduce((earliest, d) => (d.dueDate < earliest ? d.dueDate : earliest), due[0].dueDate);
    return { status: 'due_soon', dueDate, evidence: due.map((d) => ({ ...d.finding, params: { ...d.finding.params, dueDate: d.dueDate } })) };
  }
  return { status: 'met', evidence: input.evidence, ...notApplicable };
}

/** Which part of a combined result wins: the least favourable claim that was measured. */
const severity: Record<CheckResult['status'], number> = {
  not_met: 6,
  due_soon: 5,
  structure_in_place: 4,
  attested: 3,
  met: 2,
  not_applicable: 1,
  not_measurable: 0,
};

type ResultOf<S extends CheckResult['status']> = Extract<CheckResult, { status: S }>;

function concatNotApplicable(results: readonly CheckResult[]): Finding[] | undefined {
  const all = results.flatMap((r) => ('notApplicable' in r && r.notApplicable ? r.notApplicable : []));
  return all.length > 0 ? all : undefined;
}

/**
 * One obligation measured from two registries (e.g. an application's address and the
 * subdomain registry): the least favourable measured result wins (a gap over a due date over
 * structure only over met); a part that does not apply counts only when no part applies; not
 * measurable only when no part is measurable.
 */
export function combineResults(results: CheckResult[]): CheckResult {
  const measured = results.filter((r) => r.status !== 'not_measurable');
  if (measured.length === 0) return results[0];
  const worst = Math.max(...measured.map((r) => severity[r.status]));
  const top = measured.filter((r) => severity[r.status] === worst);
  const notApplicable = concatNotApplicable(measured);
  if (worst === severity.not_met) {
    const notMet = top as ResultOf<'not_met'>[];
    return { status: 'not_met', missing: notMet.flatMap((r) => r.missing), remedyKey: notMet[0].remedyKey, ...(notApplicable ? { notApplicable } : {}) };
  }
  if (worst === severity.due_soon) {
    const due = top as ResultOf<'due_soon'>[];
    const dueDate = due.map((r) => r.dueDate).sort()[0];
    return { status: 'due_soon', dueDate, evidence: due.flatMap((r) => r.evidence) };
  }
  if (worst === severity.structure_in_place) {
    return { status: 'structure_in_place', evidence: (top as ResultOf<'structure_in_place'>[]).flatMap((r) => r.evidence) };
  }
  if (worst === severity.met) {
    return { status: 'met', evidence: (top as ResultOf<'met'>[]).flatMap((r) => r.evidence), ...(notApplicable ? { notApplicable } : {}) };
  }
  return top[0];
}

/**
 * A check over a registry with no record to judge: not measurable ("registry empty"), since an
 * empty registry is no evidence (issue 8 §2), unless the responsible party has declared,
 * dated and signed in, that there is nothing to register; then the declaration is the evidence.
 */
export function emptyRegistry(model: ComplianceReadModel, registry: DeclarableRegistry, needs: Capability): CheckResult {
  const declaration = model.emptyRegistryDeclarations?.find((d) => d.registry === registry);
  if (!declaration) return notMeasurable(needs, 'registry_empty');
  return {
    status: 'met',
    evidence: [
      {
        messageKey: 'compliance.evidence.declaredNothingToRegister',
        params: { registry, by: declaration.declaredByName, at: toDay(declaration.declaredAt), note: declaration.note || '-' },
      },
    ],
  };
}

/**
 * A check over "each X that …" where the registry holds records but none is an X: nothing was
 * checked, so nothing is met either (issue 8 §2: no vacuous "met"), and nothing is missing;
 * the obligation does not apply now, with the reason naming the family. An empty registry is
 * not this: it stays "not measurable: registry empty" (emptyRegistry).
 */
export function noneConcerned(family: 'applications' | 'datasets' | 'requests' | 'agencies'): CheckResult {
  const suffix = { applications: '', datasets: 'Datasets', requests: 'Requests', agencies: 'Agencies' }[family];
  return { status: 'not_applicable', reasonKey: `compliance.notApplicable.noneConcerned${suffix}`, evidence: [] };
}
