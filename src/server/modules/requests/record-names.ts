import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { holidays, requests } from './tables';

/**
 * A request is named by its letter number (its title while it has none). The parties are not
 * loaded: a tenant-wide reader sees every submitted request without them, and an agency reader
 * is only ever given fewer names, never more.
 */
export const requestRecordNames: RecordNameProvider = {
  entityType: 'request',
  async findNames(db, ctx, ids) {
    const rows = await db
      .select({ id: requests.id, number: requests.number, title: requests.title, requesterUserId: requests.requesterUserId, requesterAgencyId: requests.requesterAgencyId, state: requests.state })
      .from(requests)
      .where(and(eq(requests.tenantId, ctx.tenantId), inArray(requests.id, ids)));
    return new Map(
      rows
        .filter((r) => can(ctx.actor, 'request.read', { ...r, partyAgencyIds: [] }))
        .map((r) => [r.id, [r.number, r.title].filter(Boolean).join(' — ')] as const)
        .filter(([, name]) => name !== ''),
    );
  },
};

export const holidayRecordNames: RecordNameProvider = {
  entityType: 'holiday',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: holidays.id, date: holidays.date, name: holidays.name }).from(holidays).where(and(eq(holidays.tenantId, ctx.tenantId), inArray(holidays.id, ids)));
    return new Map(rows.map((r) => [r.id, `${r.name} (${String(r.date).split('-').reverse().join('/')})`]));
  },
};
