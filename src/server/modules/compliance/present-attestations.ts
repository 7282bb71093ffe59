import type { Locale } from '../../../i18n/format';
import type { ObligationResult } from '../../../regulations/engine';
import type { ComplianceReadModel } from '../../../regulations/types';
import type { ComplianceReport } from '../../../shared/compliance';
import { formatCitation, selectVisible, type AgencyScope } from './present-findings';

/**
 * Every attestation an obligation's result stands on (attested, or due soon as its last day
 * nears), with statement, party, who accepted it and until when; limited to the reader's
 * agencies like the findings.
 */
export function presentAttestedObligations(results: readonly ObligationResult[], model: ComplianceReadModel, locale: Locale, scope: AgencyScope): ComplianceReport['attestations'] {
  const byId = new Map((model.attestations ?? []).map((a) => [a.id, a]));
  return results.flatMap((r) => {
    if (r.result.status !== 'attested' && r.result.status !== 'due_soon') return [];
    const findings = r.result.evidence.filter((f) => f.recordType === 'attestation');
    return selectVisible(findings, scope).visible.flatMap((f) => {
      const a = byId.get(f.recordId ?? '');
      if (!a) return [];
      return [{
        obligationId: r.obligationId,
        citation: formatCitation(locale, r.citation),
        attestationId: a.id,
        statement: a.statement,
        party: a.partyName,
        acceptedBy: a.acceptedBy,
        attestedOn: a.attestedOn,
        validUntil: a.validUntil,
      }];
    });
  });
}
