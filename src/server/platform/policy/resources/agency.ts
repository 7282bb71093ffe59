import { hasTenantRole, type Actor } from '../actor';

// The list of agencies is not restricted inside a tenant: every request names agencies.
export const agencyPolicy = {
  'agency.read': (_actor: Actor) => true,
  'agency.create': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'agency.update': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'agency.retire': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'agency.import': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
