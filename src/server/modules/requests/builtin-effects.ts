/**
 * The effects the requests module carries out itself. Registered on import by the
 * transition service; other modules register theirs (see effects.ts).
 */
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors';
import { registerRequestEffectHandler } from './effects';
import { requests } from './tables';

// Palu 14/2022 Ps 30(1), Dumai 18/2019 Ps 6(5): the recommendation is a numbered letter an
// application or budget item can cite; one number, one recommendation.
registerRequestEffectHandler('issue_recommendation', async (tx, ctx, request) => {
  const issuedNumber = String(request.outcome.recommendationNumber);
  const [taken] = await tx
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.tenantId, ctx.tenantId), eq(requests.type, request.type), eq(requests.issuedNumber, issuedNumber)));
  if (taken) throw new AppError('REQUEST_RECOMMENDATION_NUMBER_TAKEN', 409, { number: issuedNumber }, { recommendationNumber: 'REQUEST_RECOMMENDATION_NUMBER_TAKEN' });
  return { issuedNumber };
});

// Dumai 18/2019 Ps 12(3), Palu 14/2022 Ps 9(8): the approval is the permission itself; the
// steward provides the data to the requesting agency.
registerRequestEffectHandler('grant_data_access', async (_tx, _ctx, request) => ({
  grantedToAgencyId: request.requesterAgencyId,
  stewardAgencyId: request.stewardAgencyId,
}));

// Dumai 18/2019 Ps 19(4), Palu 14/2022 Ps 28(3): the ICT office opens the site until the set date.
registerRequestEffectHandler('unblock_site', async (_tx, _ctx, request) => ({
  url: request.fields.url,
  expiresAt: request.outcome.expiresAt,
}));
