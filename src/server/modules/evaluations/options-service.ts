import type { DB, Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import type { EvidenceRecordOption } from '../../../shared/evaluations';
import { findActiveUsers } from '../people/queries';
import { listApplications } from '../applications/service';
import { listInternalPolicies, labelOfPolicy } from '../internal-policies/service';
import { findIndicator } from './queries';
import { loadCycle } from './load-cycle';
import { notFound } from '../../platform/errors';

/** The people a coordinator may put on a team: every active person of the tenant. */
export async function listTeamCandidates(db: Queryable, ctx: RequestContext, cycleId: string) {
  const loaded = await loadCycle(db, ctx, cycleId);
  authorize(ctx.actor, 'evaluation.manage', loaded.record);
  return (await findActiveUsers(db, ctx.tenantId)).map((u) => ({ userId: u.id, name: u.name, email: u.email }));
}

/**
 * The Simpul records the responsible agency may cite for an indicator: the applications it may
 * read (its own first) and every recorded internal policy with its decree.
 */
export async function listEvidenceRecordOptions(db: DB, ctx: RequestContext, cycleId: string, number: number): Promise<EvidenceRecordOption[]> {
  await loadCycle(db, ctx, cycleId);
  const row = await findIndicator(db, ctx.tenantId, cycleId, number);
  if (!row) throw notFound('indicator');
  authorize(ctx.actor, 'evaluation.selfAssess', { agencyId: row.agencyId });
  const options: EvidenceRecordOption[] = [];
  for (let page = 1; ; page++) {
    const found = await listApplications(db, ctx, { page, pageSize: 200, status: 'active', dir: 'asc' });
    for (const a of found.items) options.push({ recordType: 'application', recordId: a.id, label: a.name, detail: a.ownerAgencyName, own: a.ownerAgencyId === row.agencyId });
    if (page * found.pageSize >= found.total) break;
  }
  options.sort((a, b) => Number(b.own) - Number(a.own));
  for (const p of await listInternalPolicies(db, ctx)) {
    if (p.id && p.decreeNumber) options.push({ recordType: 'internal_policy', recordId: p.id, label: labelOfPolicy(ctx.locale, p.code), detail: p.decreeNumber, own: false });
  }
  return options;
}
