import { hasTenantRole, type Actor } from '../actor';

export const domainPolicy = {
  // Names in the public DNS are no secret: everyone signed in reads the registry.
  'domain.read': (_actor: Actor) => true,
  // Palu 14/2022 Ps 18(3), Dumai 18/2019 Ps 15(6): the ICT office manages domains and subdomains;
  // its super admin is the tenant admin (Dumai 18/2019 Ps 14(1)).
  'domain.manage': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
