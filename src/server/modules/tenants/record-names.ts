import { eq } from 'drizzle-orm';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { tenants } from './tables';

/** The Pemda itself: a reader of its trail sees its name (only its own tenant is ever asked). */
export const tenantRecordNames: RecordNameProvider = {
  entityType: 'tenant',
  async findNames(db, ctx, ids) {
    if (!ids.includes(ctx.tenantId)) return new Map();
    const [row] = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
    return new Map(row ? [[row.id, row.name]] : []);
  },
};
