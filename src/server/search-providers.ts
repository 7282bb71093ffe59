import type { SearchProvider } from './modules/search/provider';
import { agencySearch } from './modules/agencies/search';
import { applicationSearch } from './modules/applications/search';
import { obligationSearch } from './modules/compliance/search';
import { datasetSearch } from './modules/datasets/search';
import { domainSearch, subdomainSearch } from './modules/domains/search';
import { personSearch } from './modules/people/search';
import { requestSearch } from './modules/requests/search';

/** Every module that answers the header search; composed here so the search module imports none. */
export const searchProviders: readonly SearchProvider[] = [
  agencySearch,
  applicationSearch,
  datasetSearch,
  domainSearch,
  subdomainSearch,
  requestSearch,
  obligationSearch,
  personSearch,
];
