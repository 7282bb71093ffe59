import type { ComplianceReadModel, ReadInternalPolicy } from '../../../regulations/types';
import type { Queryable } from '../../platform/db/database';
import { findAllPolicies, findReviews } from './queries';

/**
 * The register's section of the compliance read model (`internalPolicies`): every recorded
 * policy with its decree and latest review, in two queries. Shaped as a read-model provider
 * ({ section, load }) for the compliance module's registry.
 */
export const internalPoliciesSection = {
  section: 'internalPolicies' as const,
  load: async (db: Queryable, scope: { tenantId: string }): Promise<ComplianceReadModel['internalPolicies']> => {
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
