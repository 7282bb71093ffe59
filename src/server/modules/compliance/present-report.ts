import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import { findObligation, regulations } from '../../../regulations/catalogue';
import type { ObligationResult } from '../../../regulations/engine';
import { emptyStatusCounts, summarizeByAgency, summarizeByRegulation, type StatusCounts } from '../../../regulations/summaries';
import type { CheckResult, Finding } from '../../../regulations/types';
import type { ComplianceReport } from '../../../shared/compliance';
import type { TenantEvaluation } from './evaluate-tenant';
import { presentAttestedObligations } from './present-attestations';
import { presentInterpretation } from './present-interpretation';
import { findRegulation, formatCitation, presentFinding, selectVisible, shortenText, type AgencyScope } from './present-findings';

/** The findings a result carries: what is missing when not met, the evidence otherwise. */
export function findingsOf(result: CheckResult): Finding[] {
  if (result.status === 'not_met') return result.missing;
  if (result.status === 'not_measurable') return [];
  return result.evidence;
}

/** Records a result lists as outside the obligation's scope, each with its reason. */
export function notApplicableOf(result: CheckResult): Finding[] {
  if (result.status === 'not_applicable') return result.evidence;
  if (result.status === 'met' || result.status === 'not_met') return result.notApplicable ?? [];
  return [];
}

/** The reason of a not-applicable result, in the reader's language. */
export function notApplicableReason(locale: Locale, result: CheckResult): string | null {
  return result.status === 'not_applicable' ? t(locale, `compliance-ui.notApplicableReason.${result.reasonKey.replace(/^compliance\.notApplicable\./, '')}`) : null;
}

function presentRow(locale: Locale, r: ObligationResult, scope: AgencyScope, evaluation: TenantEvaluation) {
  const { visible, hidden } = selectVisible(findingsOf(r.result), scope);
  const obligation = findObligation(r.obligationId);
  return {
    id: r.obligationId,
    citation: formatCitation(locale, r.citation),
    excerpt: shortenText(obligation?.text ?? ''),
    binds: r.binds,
    about: r.about,
    status: r.result.status,
    dueDate: r.result.status === 'due_soon' ? r.result.dueDate : null,
    needs: r.result.status === 'not_measurable' ? r.result.needs : null,
    remedy: r.result.status === 'not_met' ? t(locale, r.result.remedyKey) : null,
    notMeasurableReason: r.result.status === 'not_measurable' ? r.result.reason : null,
    notApplicableReason: notApplicableReason(locale, r.result),
    findings: visible.length,
    notApplicableRecords: selectVisible(notApplicableOf(r.result), scope).visible.length,
    hiddenFindings: hidden,
    conflictId: r.conflict?.id ?? null,
    interpretation: obligation ? presentInterpretation(locale, obligation, evaluation.profile, evaluation.model.params) : null,
  };
}

function sumCounts(list: readonly StatusCounts[]): StatusCounts {
  const total = emptyStatusCounts();
  for (const c of list) for (const k of Object.keys(total) as (keyof StatusCounts)[]) total[k] += c[k];
  return total;
}

/**
 * The tenant-level view: regulation → chapter → obligation with counts, and per agency the
 * share met and what is missing with what to do. A reader scoped to some agencies sees the
 * same tree, but only the findings about their agencies (and the tenant-wide ones).
 */
export function presentReport(evaluation: TenantEvaluation, locale: Locale, scope: AgencyScope): ComplianceReport {
  const { model, results, tenant } = evaluation;
  const agencyNames = new Map(model.agencies.map((a) => [a.id, a.name]));
  const resultById = new Map(results.map((r) => [r.obligationId, r]));
  const byRegulation = summarizeByRegulation(results, regulations);
  const agencies = summarizeByAgency(results, model.agencies).filter((a) => scope === null || scope.has(a.agencyId));
  return {
    tenant,
    asOf: model.asOf,
    regulationsInForce: evaluation.inForce.map((id) => {
      const r = findRegulation(id);
      return { id, shortName: r?.shortName ?? id, title: r?.title ?? id };
    }),
    agencyScope: scope === null ? null : [...scope],
    counts: sumCounts(byRegulation.map((s) => s.counts)),
    regulations: byRegulation.map((s) => ({
      regulation: s.regulation,
      title: s.title,
      shortName: findRegulation(s.regulation)?.shortName ?? s.regulation,
      counts: s.counts,
      chapters: s.chapters.map((c) => ({ chapter: c.chapter, counts: c.counts, obligations: c.obligations.map((r) => presentRow(locale, r, scope, evaluation)) })),
    })),
    agencies: agencies.map((a) => ({
      agencyId: a.agencyId,
      name: a.name,
      counted: a.counted,
      met: a.met,
      structureInPlace: a.structureInPlace,
      shareMet: a.shareMet,
      notMet: a.notMet.map((gap) => ({
        obligationId: gap.obligationId,
        citation: formatCitation(locale, (resultById.get(gap.obligationId) as ObligationResult).citation),
        remedy: t(locale, gap.remedyKey),
        findings: gap.findings.map((f) => presentFinding(locale, f, agencyNames)),
      })),
    })),
    attestations: presentAttestedObligations(results, model, locale, scope),
  };
}
