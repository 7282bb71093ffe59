import { actorAgencyIds, readsWholeTenant, type Actor } from '../actor';

export const compliancePolicy = {
  // Everyone with a role reads the tenant's compliance; an agency role sees only its own
  // agencies' findings (the service narrows the view with `compliance.readAllAgencies`).
  'compliance.read': (actor: Actor) => readsWholeTenant(actor) || actorAgencyIds(actor).length > 0,
  'compliance.readAllAgencies': (actor: Actor) => readsWholeTenant(actor),
};
