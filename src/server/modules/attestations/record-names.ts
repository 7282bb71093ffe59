import { and, eq, inArray } from 'drizzle-orm';
import { findObligation } from '../../../regulations/catalogue';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { formatCitation } from '../compliance/present-findings';
import { attestations } from './tables';

/** An attestation is named by the duty it attests (its citation, in the reader's language). */
export const attestationRecordNames: RecordNameProvider = {
  entityType: 'attestation',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: attestations.id, obligationId: attestations.obligationId, agencyId: attestations.agencyId, createdBy: attestations.createdBy })
      .from(attestations)
      .where(and(eq(attestations.tenantId, ctx.tenantId), inArray(attestations.id, ids)));
    return new Map(
      rows
        // ictOfficeParty only matters for who may attest, not for who may read
        .filter((r) => can(ctx.actor, 'attestation.read', { ...r, ictOfficeParty: false }))
        .map((r) => {
          const obligation = findObligation(r.obligationId);
          return [r.id, obligation ? formatCitation(ctx.locale, obligation.citation).label : r.obligationId];
        }),
    );
  },
};
