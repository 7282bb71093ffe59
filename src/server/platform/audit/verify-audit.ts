import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { auditEntries, auditHeads } from './tables';
import { genesisHash, hashEntry } from './hash-entry';

export type AuditVerification =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: { seq: number; id: string; reason: 'hash_mismatch' | 'chain_break' | 'head_mismatch' | 'gap' } };

/** Walks a tenant's chain in pages and recomputes every hash. */
export async function verifyAuditChain(db: Queryable, tenantId: string, pageSize = 2000): Promise<AuditVerification> {
  let prevHash = genesisHash;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.tenantId, tenantId), gt(auditEntries.seq, lastSeq)))
      .orderBy(asc(auditEntries.seq))
      .limit(pageSize);
    for (const row of page) {
      if (row.seq !== lastSeq + 1) return { intact: false, entries: count, brokenAt: { seq: row.seq, id: row.id, reason: 'gap' } };
      if (row.prevHash !== prevHash) return { intact: false, entries: count, brokenAt: { seq: row.seq, id: row.id, reason: 'chain_break' } };
      const { hash, ...rest } = row;
      if (hashEntry(rest) !== hash) return { intact: false, entries: count, brokenAt: { seq: row.seq, id: row.id, reason: 'hash_mismatch' } };
      prevHash = hash;
      lastSeq = row.seq;
      count++;
    }
    if (page.length < pageSize) break;
  }
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  // A deleted tail shows as a head that points past the last entry.
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    return { intact: false, entries: count, brokenAt: { seq: head.seq, id: '', reason: 'head_mismatch' } };
  }
  return { intact: true, entries: count };
}
