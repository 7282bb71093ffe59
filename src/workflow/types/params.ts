import type { RegulationId } from '../../regulations/types';
import { defaultReviewWorkingDays } from './common';

/** What the request types take from the tenant's regulation profile. */
export interface RequestTypeParams {
  /** the tenant's domain, e.g. palukota.go.id (Palu 14/2022 Ps 18(1), Jambi 10/2017 Ps 10(2)) */
  tenantDomain: string;
  /** who recommends on a data-access request before the regional secretary decides */
  dataAccessRecommender: 'data_steward' | 'ict_office';
  /** the requester acknowledges the confidentiality statement when submitting */
  dataAccessConfidentialityStatement: boolean;
  /** the approval of a subdomain records the mayor's decree */
  subdomainDecreeRequired: boolean;
  /** working days a reviewer has in each review state */
  reviewWorkingDays: number;
}

/**
 * Derive the parameters from the regulations in force. A tenant may override any of them.
 * - Palu 14/2022 Ps 9(8): the data steward agency recommends.
 * - Dumai 18/2019 Ps 12(3): the ICT office recommends.
 * - Dumai 18/2019 Ps 12(1): the request carries a statement to protect and not misuse the
 *   data. Palu 14/2022 Ps 9 asks for none; Simpul asks it of every tenant by default (it
 *   serves Palu Ps 9(2) on confidentiality too), and a tenant may switch it off.
 * - Jambi 10/2017 Ps 10(4): the use of a subdomain is set by mayoral decree.
 * Under none of them (e.g. Dumai 67/2022 alone, which has no data-access procedure) Simpul
 * follows the Dumai 18/2019 pattern: the ICT office recommends and the statement is asked.
 */
export function deriveRequestTypeParams(
  regulations: readonly RegulationId[],
  tenantDomain: string,
  overrides: Partial<RequestTypeParams> = {},
): RequestTypeParams {
  const palu = regulations.includes('palu-14-2022');
  return {
    tenantDomain,
    dataAccessRecommender: palu ? 'data_steward' : 'ict_office',
    dataAccessConfidentialityStatement: true,
    subdomainDecreeRequired: regulations.includes('jambi-10-2017'),
    reviewWorkingDays: defaultReviewWorkingDays,
    ...overrides,
  };
}
