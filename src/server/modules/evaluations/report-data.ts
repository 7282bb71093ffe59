import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { findTenant } from '../tenants/service';
import { getCycle } from './service';
import { getResults } from './results-service';
import { getOfficialComparison } from './official-comparison';
import { findEvidence } from './queries';
import { evidenceCode } from './evidence-code';

/** What both exports show: the tenant, the cycle with its indicators, and the results. */
export async function loadReportData(db: Queryable, ctx: RequestContext, id: string) {
  const cycle = await getCycle(db, ctx, id);
  const [results, tenant, official, evidence] = await Promise.all([getResults(db, ctx, id), findTenant(db, ctx.tenantId), getOfficialComparison(db, ctx, id), findEvidence(db, ctx.tenantId, id)]);
  const codes = new Map(cycle.indicators.map((i) => [i.number, i.code]));
  // every evidence item by its code (Simpul's reading of the portal's coding, evidence-code.ts)
  const evidenceItems = evidence.map(({ evidence: e }) => ({ indicator: e.indicatorNumber, code: evidenceCode(codes.get(e.indicatorNumber) ?? String(e.indicatorNumber), e.level, e.itemNumber), label: e.label }));
  return { tenant: { name: tenant.name }, cycle, results, official, evidenceItems };
}

export type ReportData = Awaited<ReturnType<typeof loadReportData>>;
