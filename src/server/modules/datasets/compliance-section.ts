import { defineReadModelProvider } from '../compliance/read-model-providers';
import { findDatasetsForReadModel } from './read-model';

/** The data catalogue's section of the compliance read model (one query per tenant). */
export const datasetsSection = defineReadModelProvider({
  section: 'datasets',
  load: (db, { tenantId }) => findDatasetsForReadModel(db, tenantId),
});
