import { defineReadModelProvider } from '../compliance/read-model-providers';
import { findSubdomainsForReadModel } from './read-model';

/** The domain registry's section of the compliance read model: every subdomain by full name. */
export const domainsSection = defineReadModelProvider({
  section: 'domains',
  load: (db, { tenantId }) => findSubdomainsForReadModel(db, tenantId),
});
