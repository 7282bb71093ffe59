import { hasTenantRole, type Actor } from '../actor';

export const auditPolicy = {
  // Verifying the whole chain is for the ICT office and the inspectorate (APIP).
  'audit.verify': (actor: Actor) => hasTenantRole(actor, 'admin', 'inspector'),
  'audit.readAll': (actor: Actor) => hasTenantRole(actor, 'admin', 'inspector'),
};
