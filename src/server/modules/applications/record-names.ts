import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { applications } from './tables';

export const applicationRecordNames: RecordNameProvider = {
  entityType: 'application',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: applications.id, name: applications.name, ownerAgencyId: applications.ownerAgencyId, operatorAgencyId: applications.operatorAgencyId, kind: applications.kind })
      .from(applications)
      .where(and(eq(applications.tenantId, ctx.tenantId), inArray(applications.id, ids)));
    return new Map(rows.filter((r) => can(ctx.actor, 'application.read', r)).map((r) => [r.id, r.name]));
  },
};
