import { hasTenantRole, type Actor } from '../actor';

export const tenantPolicy = {
  'tenant.read': (_actor: Actor) => true,
  // the regulation profile decides which rules bind everyone: ICT office super admin only
  'tenant.update': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
