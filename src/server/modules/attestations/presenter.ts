import type { Locale } from '../../../i18n/format';
import { findObligation } from '../../../regulations/catalogue';
import type { AttestationView } from '../../../shared/attestations';
import type { Actor } from '../../platform/policy/actor';
import { can } from '../../platform/policy/can';
import type { AttestationRecord } from '../../platform/policy/resources/attestation';
import { formatCitation } from '../compliance/present-findings';
import { attestationStateOn } from './attestation-flow';
import type { AttestationWithFile } from './queries';
import type { attestationEvents } from './tables';

type EventRow = typeof attestationEvents.$inferSelect;

/** What the policy needs to know about an attestation (its party, and who wrote it). */
export function toAttestationRecord(row: AttestationWithFile): AttestationRecord {
  const a = row.attestation;
  return { agencyId: a.agencyId, ictOfficeParty: a.agencyId === null || (row.agencySpecialRoles ?? []).includes('ict_office'), createdBy: a.createdBy };
}

/** An attestation as the API returns it, with its history and what the reader may do with it. */
export function presentAttestation(
  locale: Locale,
  row: AttestationWithFile,
  events: readonly EventRow[],
  actor: Actor | null,
  context: { tenantName: string; asOf: string },
): AttestationView {
  const a = row.attestation;
  const record = toAttestationRecord(row);
  const obligation = findObligation(a.obligationId);
  const open = a.state === 'draft' || a.state === 'returned';
  return {
    id: a.id,
    obligationId: a.obligationId,
    citation: obligation ? formatCitation(locale, obligation.citation).label : a.obligationId,
    agencyId: a.agencyId,
    partyName: row.agencyName ?? context.tenantName,
    state: attestationStateOn(a.state, a.validUntil, context.asOf),
    statement: a.statement,
    attestedOn: a.attestedOn,
    validUntil: a.validUntil,
    validityBasis: a.validityBasis,
    links: a.links.map((l) => ({ recordType: l.recordType as AttestationView['links'][number]['recordType'], recordId: l.recordId, label: l.label ?? null })),
    file: a.fileId && row.fileName ? { fileName: row.fileName, size: row.size as number, sha256: row.sha256 as string } : null,
    createdByName: a.createdByName,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decidedByName: a.decidedByName,
    decisionNote: a.decisionNote,
    history: events
      .filter((e) => e.attestationId === a.id)
      .map((e) => ({ action: e.action, note: e.note, actorName: e.actorName, at: e.createdAt.toISOString() })),
    abilities: {
      edit: open && can(actor, 'attestation.update', record),
      submit: open && can(actor, 'attestation.submit', record),
      verify: a.state === 'submitted' && can(actor, 'attestation.verify', record),
    },
  };
}
