import { and, eq, inArray } from 'drizzle-orm';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { agencies } from './tables';

/** Agencies are public within the tenant (agency.read): every caller gets "CODE — Name". */
export const agencyRecordNames: RecordNameProvider = {
  entityType: 'agency',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(and(eq(agencies.tenantId, ctx.tenantId), inArray(agencies.id, ids)));
    return new Map(rows.map((r) => [r.id, `${r.code} — ${r.name}`]));
  },
};
