import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { findObligation } from '../../../regulations/catalogue';
import { isAttestable } from '../../../regulations/apply-attestations';
import { attestationValidity } from '../../../regulations/attestation-validity';
import { conflicts } from '../../../regulations/conflicts';
import { effectiveCadence } from '../../../regulations/effective-cadence';
import type { Capability, DeclarableRegistry, Obligation, ProfileParams } from '../../../regulations/types';
import { notApplicableOf, notApplicableReason } from './present-report';
import { presentInterpretation } from './present-interpretation';
import { presentRevocation } from './present-revocation';
import type { ObligationDetail } from '../../../shared/compliance';
import type { TenantEvaluation } from './evaluate-tenant';
import { findRegulation, formatCadence, formatCitation, presentFinding, selectVisible, type AgencyScope } from './present-findings';

/** The registry whose emptiness a capability's "registry empty" answer is about. */
const registryOfCapability: Partial<Record<Capability, DeclarableRegistry>> = {
  application_registry: 'applications',
  data_catalogue: 'datasets',
  requests: 'requests',
  domain_registry: 'domains',
};

/** The cadence that binds (effective-cadence.ts), saying so when it differs from the article's own. */
function presentCadence(locale: Locale, obligation: Obligation, params: ProfileParams): string | null {
  const binding = effectiveCadence(obligation.cadence, params);
  const text = formatCadence(locale, binding);
  // a "secara periodik" reading is no stricter rule: the interpretation says whose reading it is
  if (binding?.kind !== 'every' || obligation.cadence?.kind !== 'every' || obligation.cadence.periodic || binding.months === obligation.cadence.months) return text;
  return t(locale, 'compliance-ui.cadence.resolved', { cadence: text ?? '', article: formatCadence(locale, obligation.cadence) ?? '' });
}

function presentSide(locale: Locale, id: string) {
  const o = findObligation(id) as Obligation;
  return { obligationId: id, citation: formatCitation(locale, o.citation), text: o.text };
}

/**
 * One obligation on `asOf`: the article's text and citation, whom it binds, its cadence,
 * its status with the evidence or what is missing (limited to the reader's agencies), and
 * every conflict it takes part in with both citations (conflicts.ts).
 */
export function presentObligation(evaluation: TenantEvaluation, obligation: Obligation, locale: Locale, scope: AgencyScope, canDeclare = false): ObligationDetail {
  const { model, results } = evaluation;
  const agencyNames = new Map(model.agencies.map((a) => [a.id, a.name]));
  const regulation = findRegulation(obligation.citation.regulation);
  const result = results.find((r) => r.obligationId === obligation.id)?.result ?? null;
  const missing = result?.status === 'not_met' ? selectVisible(result.missing, scope) : { visible: [], hidden: 0 };
  const evidence = result && 'evidence' in result ? selectVisible(result.evidence, scope) : { visible: [], hidden: 0 };
  const notApplicable = result ? selectVisible(notApplicableOf(result), scope) : { visible: [], hidden: 0 };
  const registry = result?.status === 'not_measurable' && result.reason === 'registry_empty' ? registryOfCapability[result.needs] : undefined;
  return {
    id: obligation.id,
    asOf: model.asOf,
    regulation: { id: obligation.citation.regulation, shortName: regulation?.shortName ?? '', title: regulation?.title ?? '' },
    citation: formatCitation(locale, obligation.citation),
    chapter: obligation.chapter,
    text: obligation.text,
    binds: obligation.binds,
    about: obligation.about,
    cadence: presentCadence(locale, obligation, model.params),
    interpretation: presentInterpretation(locale, obligation, evaluation.profile, model.params),
    needs: obligation.needs,
    measurable: obligation.check !== undefined,
    inForce: evaluation.inForce.includes(obligation.citation.regulation),
    revocation: presentRevocation(locale, obligation.citation.regulation, evaluation.profile),
    status: result?.status ?? null,
    notMeasurableReason: result?.status === 'not_measurable' ? result.reason : null,
    notApplicableReason: result ? notApplicableReason(locale, result) : null,
    dueDate: result?.status === 'due_soon' ? result.dueDate : null,
    remedy: result?.status === 'not_met' ? t(locale, result.remedyKey) : null,
    evidence: evidence.visible.map((f) => presentFinding(locale, f, agencyNames)),
    missing: missing.visible.map((f) => presentFinding(locale, f, agencyNames)),
    notApplicable: notApplicable.visible.map((f) => presentFinding(locale, f, agencyNames)),
    hiddenFindings: missing.hidden + evidence.hidden + notApplicable.hidden,
    emptyRegistry: registry ? { registry, canDeclare } : null,
    conflicts: conflicts
      .filter((c) => c.stricter === obligation.id || c.weaker === obligation.id)
      .map((c) => ({ id: c.id, note: t(locale, c.noteKey), stricter: presentSide(locale, c.stricter), weaker: presentSide(locale, c.weaker) })),
    // an expiring attestation (due soon) can be renewed too
    attestable: result !== null && (isAttestable(result.status) || (result.status === 'due_soon' && result.evidence.some((f) => f.recordType === 'attestation'))),
    attestationValidity: attestationValidity(obligation.cadence, model.params),
    attestedUntil: result?.status === 'attested' ? result.validUntil || null : null,
  };
}
