import { and, eq, isNull, lt } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import { listTenants } from '../tenants/service';
import { queueNotifications } from '../notifications/service';
import { requests } from './tables';
import { findParties, openStates } from './queries';
import { loadRequestTenantContext } from './tenant-context';
import { requestParams, requestWebhookPayload, resolvePartyUsers } from './notify';

/**
 * Marks the open requests of a tenant that passed their due date and tells the people who
 * must act, and the requester, once per step. Simpul only marks: silence is never taken as
 * approval (UU 30/2014 Ps 53(4) as amended; see src/workflow/types/common.ts).
 */
export async function markOverdueRequests(db: DB, tenantId: string, now = new Date()): Promise<number> {
  const tc = await loadRequestTenantContext(db, tenantId, now);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.tenantId, tenantId), openStates(tc.finalStates), lt(requests.dueAt, tc.today), isNull(requests.overdueNotifiedAt)))
      .for('update');
    const parties = await findParties(tx, tenantId, rows.map((r) => r.id));
    for (const row of rows) {
      const actors = await resolvePartyUsers(tx, tenantId, parties.filter((p) => p.requestId === row.id && p.kind === 'actor'));
      await tx.update(requests).set({ overdueNotifiedAt: now }).where(and(eq(requests.tenantId, tenantId), eq(requests.id, row.id)));
      await queueNotifications(tx, tenantId, {
        entityType: 'request',
        entityId: row.id,
        path: `/requests/${row.id}`,
        messages: [{ kind: 'request.overdue', params: { ...requestParams(row, tc), dueAt: row.dueAt ?? '' }, recipientUserIds: [...new Set([...actors, row.requesterUserId])] }],
        webhookPayload: requestWebhookPayload('request.overdue', row),
      });
    }
    return rows.length;
  });
}

/** The overdue sweep over every tenant, for the server's periodic job. */
export async function markOverdueRequestsForAllTenants(db: DB, now = new Date()): Promise<number> {
  let marked = 0;
  for (const tenant of await listTenants(db)) marked += await markOverdueRequests(db, tenant.id, now);
  return marked;
}
