import { actorAgencyIds, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export const compliancePolicy = {
  // Everyone with a role reads the tenant's compliance; an agency role sees only its own
  // agencies' findings (the service narrows the view with `compliance.readAllAgencies`).
  'compliance.read': (actor: Actor) => readsWholeTenant(actor) || actorAgencyIds(actor).length > 0,
  'compliance.readAllAgencies': (actor: Actor) => readsWholeTenant(actor),
  // A registry is declared empty for the whole tenant, so only tenant-wide responsible roles:
  // the ICT office's super admin (Dumai 18/2019 Ps 14(1)) and the Sekda who coordinates SPBE.
  'compliance.declareEmptyRegistry': (actor: Actor) => hasTenantRole(actor, 'admin', 'regional_secretary'),
};
