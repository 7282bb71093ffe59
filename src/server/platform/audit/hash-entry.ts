import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export interface HashableEntry {
  tenantId: string;
  seq: number;
  id: string;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId: string | null;
  before: unknown;
  after: unknown;
  seals?: unknown;
  prevHash: string;
}

export const genesisHash = '0'.repeat(64);

/**
 * SHA-256 over the previous hash and every field of the entry, canonically serialised. Seals
 * join the hash only when present, so entries written before sealing keep their hash.
 */
export function hashEntry(entry: HashableEntry): string {
  const { prevHash, seals, ...fields } = entry;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ ...fields, ...(seals != null && { seals }), at: entry.at.toISOString() }))
    .digest('hex');
}
