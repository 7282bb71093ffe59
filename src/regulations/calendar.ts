import { calendarRules, type CalendarRule, type DueEventKind } from './calendar-rules';
import { regulations } from './catalogue';
import { addMonths, toDay } from './checks/dates';
import { isInService, selectActiveApplications } from './checks/scope';
import { effectiveCadence } from './effective-cadence';
import { regulationsInForce, type RegulationProfile } from './profiles';
import type { ComplianceReadModel, Obligation } from './types';

export interface DueEvent {
  date: string;
  kind: DueEventKind;
  obligationId: string;
  agencyId?: string;
  recordType?: string;
  recordId?: string;
  /** the date had already passed on `from`; the event is shown on `from` */
  overdue?: boolean;
}

type DueDate = Omit<DueEvent, 'date' | 'kind' | 'obligationId' | 'overdue'> & { date: string | null };

function findCadenceMonths(obligation: Obligation, model: ComplianceReadModel): number | undefined {
  const cadence = effectiveCadence(obligation.cadence, model.params);
  return cadence?.kind === 'every' ? cadence.months : undefined;
}

/** The due dates one kind of rule reads from the model; `null` means due already (never done). */
function collectDueDates(rule: CalendarRule, model: ComplianceReadModel, months: number | undefined): DueDate[] {
  switch (rule.kind) {
    case 'service_evaluation':
      if (months === undefined || !model.applications) return [];
      return selectActiveApplications(model)
        .filter(isInService)
        .map((app) => ({
          date: app.lastServiceEvaluationAt ? addMonths(app.lastServiceEvaluationAt, months) : null,
          agencyId: app.ownerAgencyId,
          recordType: 'application',
          recordId: app.id,
        }));
    case 'certificate_expiry':
      if (!model.applications) return [];
      return selectActiveApplications(model)
        .filter((app) => app.hasCertificate && app.certificateExpiresAt)
        .map((app) => ({ date: toDay(app.certificateExpiresAt ?? ''), agencyId: app.ownerAgencyId, recordType: 'application', recordId: app.id }));
    case 'internal_policy_review':
      if (months === undefined || !model.internalPolicies) return [];
      return model.internalPolicies.filter((p) => rule.recordId === undefined || p.code === rule.recordId).map((p) => {
        const last = p.lastReviewedAt ?? p.enactedAt;
        return { date: last ? addMonths(last, months) : null, recordType: 'internal_policy', recordId: p.code };
      });
    case 'evaluation': {
      if (months === undefined || !model.evaluations) return [];
      const submitted = model.evaluations.flatMap((c) => (c.submittedAt ? [toDay(c.submittedAt)] : [])).sort();
      const latest = submitted[submitted.length - 1];
      return [{ date: latest ? addMonths(latest, months) : null, recordType: 'evaluation' }];
    }
    case 'periodic_report':
      if (!model.periodicReports) return [];
      return model.periodicReports
        .filter((r) => !r.submittedAt)
        .map((r) => ({ date: toDay(r.periodEnd), agencyId: r.agencyId, recordType: 'periodic_report', recordId: `${r.agencyId}:${toDay(r.periodEnd)}` }));
    case 'audit':
      // The read model holds no audits yet; the kind is reserved for the audit registry.
      return [];
    case 'attestation_renewal':
      // each attestation brings its own date (buildDueCalendar), no rule names this kind
      return [];
  }
}

/**
 * What falls due from `fromIso` over `months` months, sorted by date: one event per dated
 * record of each calendar rule whose regulation binds the tenant on that date. Dates
 * already past (or never done) are shown on `fromIso` as overdue. Each accepted attestation
 * with a last day falls due on it (issue 8 §3).
 */
export function buildDueCalendar(model: ComplianceReadModel, profile: RegulationProfile, fromIso: string, months = 12): DueEvent[] {
  const from = toDay(fromIso);
  const until = addMonths(from, months);
  const obligations = new Map(regulations.flatMap((r) => r.obligations.map((o) => [o.id, o] as const)));
  const inForceCache = new Map<string, Set<string>>();
  const isBinding = (obligation: Obligation, day: string) => {
    let inForce = inForceCache.get(day);
    if (!inForce) {
      inForce = new Set(regulationsInForce(profile, day));
      inForceCache.set(day, inForce);
    }
    return inForce.has(obligation.citation.regulation);
  };

  const events: DueEvent[] = [];
  for (const rule of calendarRules) {
    const obligation = obligations.get(rule.obligationId);
    if (!obligation) continue;
    for (const due of collectDueDates(rule, model, findCadenceMonths(obligation, model))) {
      const overdue = due.date === null || due.date < from;
      const date = overdue ? from : (due.date as string);
      if (date > until || !isBinding(obligation, date)) continue;
      events.push({ ...due, date, kind: rule.kind, obligationId: obligation.id, ...(overdue ? { overdue: true } : {}) });
    }
  }
  for (const a of model.attestations ?? []) {
    const obligation = obligations.get(a.obligationId);
    if (!obligation || a.validUntil === null) continue;
    // an expired attestation falls due again: shown on `from` as overdue
    const overdue = a.validUntil < from;
    const date = overdue ? from : a.validUntil;
    if (date > until || !isBinding(obligation, date)) continue;
    events.push({
      date,
      kind: 'attestation_renewal',
      obligationId: obligation.id,
      ...(a.agencyId ? { agencyId: a.agencyId } : {}),
      recordType: 'attestation',
      recordId: a.id,
      ...(overdue ? { overdue: true } : {}),
    });
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.obligationId.localeCompare(b.obligationId) || (a.recordId ?? '').localeCompare(b.recordId ?? ''),
  );
}
