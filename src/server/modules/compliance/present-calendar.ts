import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { buildDueCalendar } from '../../../regulations/calendar';
import { addMonths } from '../../../regulations/checks/dates';
import { findObligation } from '../../../regulations/catalogue';
import type { ComplianceReadModel, Obligation } from '../../../regulations/types';
import type { DueCalendar } from '../../../shared/compliance';
import type { TenantEvaluation } from './evaluate-tenant';
import { formatCitation, type AgencyScope } from './present-findings';

/** Names of the records a calendar event may point at, from the read model's sections. */
function indexRecordNames(model: ComplianceReadModel): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of model.applications ?? []) names.set(`application:${a.id}`, a.name);
  for (const d of model.datasets ?? []) names.set(`dataset:${d.id}`, d.title);
  for (const s of model.domains ?? []) names.set(`subdomain:${s.id}`, s.name);
  for (const a of model.agencies) names.set(`agency:${a.id}`, a.name);
  // an attestation falling due is named by the party that must renew it
  for (const a of model.attestations ?? []) names.set(`attestation:${a.id}`, a.partyName);
  return names;
}

/** What falls due from `from` over `months` months, with the events of other agencies left out for a scoped reader. */
export function presentCalendar(evaluation: TenantEvaluation, locale: Locale, scope: AgencyScope, months: number): DueCalendar {
  const { model, profile } = evaluation;
  const agencyNames = new Map(model.agencies.map((a) => [a.id, a.name]));
  const recordNames = indexRecordNames(model);
  const events = buildDueCalendar(model, profile, model.asOf, months).filter((e) => scope === null || !e.agencyId || scope.has(e.agencyId));
  return {
    from: model.asOf,
    until: addMonths(model.asOf, months),
    events: events.map((e) => {
      // buildDueCalendar emits only obligations of the catalogue
      const obligation = findObligation(e.obligationId) as Obligation;
      const policyLabel = e.recordType === 'internal_policy' && e.recordId ? t(locale, `reg-dumai-67-2022.internalPolicy.${e.recordId}`) : null;
      return {
        date: e.date,
        kind: e.kind,
        label: t(locale, `compliance-ui.calendar.kind.${e.kind}`),
        overdue: e.overdue ?? false,
        obligationId: e.obligationId,
        citation: formatCitation(locale, obligation.citation),
        agencyId: e.agencyId ?? null,
        agencyName: e.agencyId ? (agencyNames.get(e.agencyId) ?? null) : null,
        recordType: e.recordType ?? null,
        recordId: e.recordId ?? null,
        recordName: (e.recordType && e.recordId ? recordNames.get(`${e.recordType}:${e.recordId}`) : undefined) ?? policyLabel,
      };
    }),
  };
}
