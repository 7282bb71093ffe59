import { hasTenantRole, type Actor } from '../actor';

export const internalPolicyPolicy = {
  'internalPolicy.read': (_actor: Actor) => true,
  // the ICT office keeps the register; the Sekda coordinates SPBE policy
  'internalPolicy.manage': (actor: Actor) => hasTenantRole(actor, 'admin', 'regional_secretary'),
};
