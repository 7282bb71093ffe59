import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { files } from '../../platform/files/tables';
import { agencies } from '../agencies/tables';
import type { StoredAttestationState } from './attestation-flow';
import { attestationEvents, attestations } from './tables';

export type AttestationRow = typeof attestations.$inferSelect;

const withFile = {
  attestation: attestations,
  fileName: files.fileName,
  size: files.size,
  sha256: files.sha256,
  agencyName: agencies.name,
  agencySpecialRoles: agencies.specialRoles,
};

function selectAttestations(db: Queryable, where: SQL | undefined) {
  return db
    .select(withFile)
    .from(attestations)
    .leftJoin(files, and(eq(files.tenantId, attestations.tenantId), eq(files.id, attestations.fileId)))
    .leftJoin(agencies, and(eq(agencies.tenantId, attestations.tenantId), eq(agencies.id, attestations.agencyId)))
    .where(where)
    .orderBy(desc(attestations.createdAt));
}
export type AttestationWithFile = Awaited<ReturnType<typeof selectAttestations>>[number];

export async function findAttestation(db: Queryable, tenantId: string, id: string) {
  const [row] = await selectAttestations(db, and(eq(attestations.tenantId, tenantId), eq(attestations.id, id)));
  return row ?? null;
}

export function findAttestations(db: Queryable, tenantId: string, filter: { states?: StoredAttestationState[]; obligationId?: string }) {
  return selectAttestations(
    db,
    and(
      eq(attestations.tenantId, tenantId),
      filter.states ? inArray(attestations.state, filter.states) : undefined,
      filter.obligationId ? eq(attestations.obligationId, filter.obligationId) : undefined,
    ),
  );
}

/** An attestation of the party not yet decided (draft, submitted or returned): one at a time. */
export async function findOpenAttestation(db: Queryable, tenantId: string, obligationId: string, agencyId: string | null) {
  const rows = await db
    .select({ id: attestations.id, agencyId: attestations.agencyId })
    .from(attestations)
    .where(and(eq(attestations.tenantId, tenantId), eq(attestations.obligationId, obligationId), inArray(attestations.state, ['draft', 'submitted', 'returned'])));
  return rows.find((r) => r.agencyId === agencyId) ?? null;
}

export async function findAttestationEvents(db: Queryable, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(attestationEvents)
    .where(and(eq(attestationEvents.tenantId, tenantId), inArray(attestationEvents.attestationId, ids)))
    .orderBy(asc(attestationEvents.createdAt), asc(attestationEvents.id));
}

/** The latest accepted attestation per obligation and party, for the compliance read model: one statement. */
export function findLatestAcceptedAttestations(db: Queryable, tenantId: string) {
  return db
    .selectDistinctOn([attestations.obligationId, attestations.agencyId], { attestation: attestations, agencyName: agencies.name })
    .from(attestations)
    .leftJoin(agencies, and(eq(agencies.tenantId, attestations.tenantId), eq(agencies.id, attestations.agencyId)))
    .where(and(eq(attestations.tenantId, tenantId), eq(attestations.state, 'accepted')))
    .orderBy(attestations.obligationId, attestations.agencyId, desc(attestations.attestedOn), desc(attestations.decidedAt));
}
