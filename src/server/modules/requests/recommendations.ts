import { and, eq } from 'drizzle-orm';
import type { DB, Queryable } from '../../platform/db/database';
import { authorize } from '../../platform/policy/can';
import { notFound } from '../../platform/errors';
import type { RequestContext } from '../../platform/context';
import { findAgency } from '../agencies/service';
import { requests } from './tables';

/**
 * An issued technical recommendation by its number, for the records that rest on it: an
 * application (`applications.recommendationRef`) or a budget item (Dumai 18/2019 Ps 6(5);
 * Palu 14/2022 Ps 7(4), 30(1)). Null when no approved recommendation has that number.
 */
export async function findIssuedRecommendation(db: Queryable, tenantId: string, number: string) {
  const [row] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.tenantId, tenantId), eq(requests.type, 'technical_recommendation'), eq(requests.state, 'approved'), eq(requests.issuedNumber, number)));
  if (!row || !row.issuedNumber || !row.decidedAt) return null;
  const fields = row.fields as { subjectKind?: string; title?: string; fiscalYear?: number };
  const agency = await findAgency(db, tenantId, row.requesterAgencyId);
  return {
    requestId: row.id,
    number: row.issuedNumber,
    requestNumber: row.number,
    agencyId: row.requesterAgencyId,
    agencyName: agency?.name ?? '',
    subjectKind: fields.subjectKind ?? '',
    title: fields.title ?? row.title,
    fiscalYear: typeof fields.fiscalYear === 'number' ? fields.fiscalYear : null,
    issuedAt: row.decidedAt.toISOString(),
  };
}

/** The lookup as an API: anyone signed in may check that a cited recommendation exists. */
export async function getIssuedRecommendation(db: DB, ctx: RequestContext, number: string) {
  authorize(ctx.actor, 'request.read');
  const found = await findIssuedRecommendation(db, ctx.tenantId, number);
  if (!found) throw notFound('recommendation');
  return found;
}
