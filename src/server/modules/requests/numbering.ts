import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { requestCounters } from './tables';

/**
 * The next letter number of a tenant for a prefix and year: PPD/2026/000123. The counter
 * row is updated in the caller's transaction, so numbers are never given twice and a
 * refused step gives none away.
 */
export async function nextRequestNumber(tx: Tx, tenantId: string, prefix: string, year: number): Promise<string> {
  const [{ last }] = await tx
    .insert(requestCounters)
    .values({ tenantId, prefix, year, last: 1 })
    .onConflictDoUpdate({ target: [requestCounters.tenantId, requestCounters.prefix, requestCounters.year], set: { last: sql`${requestCounters.last} + 1` } })
    .returning({ last: requestCounters.last });
  return `${prefix}/${year}/${String(last).padStart(6, '0')}`;
}
