import { and, eq, inArray } from 'drizzle-orm';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { internalPolicyRecords } from './tables';

// Internal policies are readable by everyone signed in (internalPolicy.read).
export const internalPolicyRecordNames: RecordNameProvider = {
  entityType: 'internalPolicy',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: internalPolicyRecords.id, code: internalPolicyRecords.code, title: internalPolicyRecords.title, decreeNumber: internalPolicyRecords.decreeNumber })
      .from(internalPolicyRecords)
      .where(and(eq(internalPolicyRecords.tenantId, ctx.tenantId), inArray(internalPolicyRecords.id, ids)));
    return new Map(rows.map((r) => [r.id, `${r.title ?? r.code} — ${r.decreeNumber}`]));
  },
};
