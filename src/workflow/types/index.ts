/**
 * The request types Simpul knows. A type depends on the tenant's regulation profile (who
 * recommends on data access, the tenant's domain, whether a subdomain needs a decree), so
 * each entry builds its definition from RequestTypeParams. Adding a type: one file with its
 * declaration and form schema, and one line here.
 */
import type { RequestTypeDefinition } from '../types';
import { buildDataAccessType } from './data-access';
import type { RequestTypeParams } from './params';
import { buildSiteUnblockType } from './site-unblock';
import { buildSubdomainType } from './subdomain';
import { buildTechnicalRecommendationType } from './technical-recommendation';

export interface RequestTypeEntry {
  code: string;
  build: (params: RequestTypeParams) => RequestTypeDefinition;
}

export const requestTypes: readonly RequestTypeEntry[] = [
  {
    code: 'data_access',
    build: (p) =>
      buildDataAccessType({
        recommender: p.dataAccessRecommender,
        confidentialityStatement: p.dataAccessConfidentialityStatement,
        reviewWorkingDays: p.reviewWorkingDays,
      }),
  },
  { code: 'technical_recommendation', build: (p) => buildTechnicalRecommendationType({ reviewWorkingDays: p.reviewWorkingDays }) },
  {
    code: 'subdomain',
    build: (p) =>
      buildSubdomainType({
        tenantDomain: p.tenantDomain,
        decreeRequired: p.subdomainDecreeRequired,
        reviewWorkingDays: p.reviewWorkingDays,
      }),
  },
  { code: 'site_unblock', build: (p) => buildSiteUnblockType({ reviewWorkingDays: p.reviewWorkingDays }) },
];

export function findRequestType(code: string, params: RequestTypeParams): RequestTypeDefinition | undefined {
  return requestTypes.find((t) => t.code === code)?.build(params);
}

export function listRequestTypes(params: RequestTypeParams): RequestTypeDefinition[] {
  return requestTypes.map((t) => t.build(params));
}

export { deriveRequestTypeParams, type RequestTypeParams } from './params';
