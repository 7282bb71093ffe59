import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { findTenant } from '../tenants/service';
import { getCycle } from './service';
import { getResults } from './results-service';

/** What both exports show: the tenant, the cycle with its indicators, and the results. */
export async function loadReportData(db: Queryable, ctx: RequestContext, id: string) {
  const cycle = await getCycle(db, ctx, id);
  const [results, tenant] = await Promise.all([getResults(db, ctx, id), findTenant(db, ctx.tenantId)]);
  return { tenant: { name: tenant.name }, cycle, results };
}

export type ReportData = Awaited<ReturnType<typeof loadReportData>>;
