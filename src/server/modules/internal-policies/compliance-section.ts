import type { ReadInternalPolicy } from '../../../regulations/types';
// a type-only import: compliance's registry imports this file, so a value import would be a cycle
import type { ReadModelProvider } from '../compliance/read-model-providers';
import { findAllPolicies, findReviews } from './queries';

/**
 * The register's section of the compliance read model (`internalPolicies`): every recorded
 * policy with its decree and latest review, in two queries. Shaped as a read-model provider
 * ({ section, load }) for the compliance module's registry.
 */
export const internalPoliciesSection: ReadModelProvider<'internalPolicies'> = {
  section: 'internalPolicies',
  load: async (db, scope) => {
    const rows = await findAllPolicies(db, scope.tenantId);
    const reviews = await findReviews(db, scope.tenantId, rows.map((r) => r.policy.id));
    return rows.map(({ policy }): ReadInternalPolicy => {
      const own = reviews.filter((r) => r.review.policyId === policy.id);
      return {
        code: policy.code,
        decreeRef: policy.decreeNumber,
        enactedAt: policy.decreeDate,
        lastReviewedAt: own[own.length - 1]?.review.reviewedAt ?? null,
      };
    });
  },
};
