import type { ReadAttestation } from '../../../regulations/types';
// a type-only import: compliance's registry imports this file, so a value import would be a cycle
import type { ReadModelProvider } from '../compliance/read-model-providers';
import { findTenant } from '../tenants/service';
import { findLatestAcceptedAttestations } from './queries';

/**
 * The attestations' section of the compliance read model: the latest accepted attestation per
 * obligation and party, expired ones included, so the engine sees on any date what stood then
 * and the calendar shows an expired one falling due again. Absent while there is none.
 */
export const attestationsSection: ReadModelProvider<'attestations'> = {
  section: 'attestations',
  load: async (db, scope) => {
    const rows = await findLatestAcceptedAttestations(db, scope.tenantId);
    if (rows.length === 0) return undefined;
    const tenant = await findTenant(db, scope.tenantId);
    return rows.map(({ attestation: a, agencyName }): ReadAttestation => ({
      id: a.id,
      obligationId: a.obligationId,
      agencyId: a.agencyId,
      partyName: agencyName ?? tenant.name,
      attestedOn: a.attestedOn,
      acceptedAt: (a.decidedAt as Date).toISOString(),
      acceptedBy: a.decidedByName ?? '',
      validUntil: a.validUntil,
      statement: a.statement,
    }));
  },
};
