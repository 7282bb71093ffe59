import { findAttestationParties } from './attestation-parties';
import { addDays, dueSoonWindowDays, toDay } from './checks/dates';
import type { ObligationResult } from './engine';
import type { CheckResult, CheckStatus, ComplianceReadModel, Finding, ReadAttestation } from './types';

/**
 * Only a result with no data evidence gives way to an attestation: a statement never hides
 * what the registries show (a data finding, not met, due soon, met), nor a reasoned "not
 * applicable". A state added to CheckStatus must be placed here (the switch is exhaustive).
 */
export function isAttestable(status: CheckStatus): boolean {
  switch (status) {
    case 'not_measurable':
    case 'structure_in_place':
      return true;
    case 'met':
    case 'attested':
    case 'not_met':
    case 'due_soon':
    case 'not_applicable':
      return false;
  }
}

/** Accepted by `asOf`, made on or before it, and not yet past its last day. */
export function isAttestationValidOn(a: ReadAttestation, asOf: string): boolean {
  const day = toDay(asOf);
  return a.attestedOn <= day && toDay(a.acceptedAt) <= day && (a.validUntil === null || day <= a.validUntil);
}

function attestationFinding(a: ReadAttestation): Finding {
  return {
    messageKey: 'compliance.attestationEvidence',
    params: { party: a.partyName, acceptedBy: a.acceptedBy, attestedOn: a.attestedOn, validUntil: a.validUntil ?? '—' },
    ...(a.agencyId ? { agencyId: a.agencyId } : {}),
    recordType: 'attestation',
    recordId: a.id,
  };
}

/**
 * The result an obligation takes from its attestations on `model.asOf`: attested when every
 * party it binds has an accepted attestation valid that day, due soon from 30 days before
 * the first of them expires; otherwise unchanged (an expired one falls due again: the
 * obligation goes back to what the data shows).
 */
function attestedResult(result: ObligationResult, model: ComplianceReadModel, attestations: readonly ReadAttestation[]): CheckResult {
  const parties = findAttestationParties(result.binds, model.agencies);
  if (parties.length === 0) return result.result;
  const chosen: ReadAttestation[] = [];
  for (const party of parties) {
    const valid = attestations.filter((a) => a.obligationId === result.obligationId && a.agencyId === party && isAttestationValidOn(a, model.asOf));
    if (valid.length === 0) return result.result;
    // the one standing longest: a never-expiring one, else the latest last day
    chosen.push(valid.reduce((best, a) => (best.validUntil === null || (a.validUntil !== null && a.validUntil <= best.validUntil) ? best : a)));
  }
  const evidence = chosen.map(attestationFinding);
  const expiring = chosen.filter((a) => a.validUntil !== null).sort((a, b) => (a.validUntil as string).localeCompare(b.validUntil as string));
  const first = expiring[0] ?? chosen[0];
  if (first.validUntil !== null && first.validUntil <= addDays(model.asOf, dueSoonWindowDays)) {
    return { status: 'due_soon', dueDate: first.validUntil, evidence };
  }
  return { status: 'attested', attestationId: first.id, validUntil: first.validUntil ?? '', evidence };
}

/** Applied after evaluation (engine.ts): the attestations section of the read model, when present. */
export function applyAttestations(results: readonly ObligationResult[], model: ComplianceReadModel): ObligationResult[] {
  const attestations = model.attestations;
  if (!attestations || attestations.length === 0) return [...results];
  return results.map((r) => (isAttestable(r.result.status) ? { ...r, result: attestedResult(r, model, attestations) } : r));
}
