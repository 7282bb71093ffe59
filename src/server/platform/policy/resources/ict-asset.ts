import { hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export interface IctAssetRecord {
  agencyId: string;
}

export const ictAssetPolicy = {
  // tenant-wide roles (ICT office, Sekda, planners, inspectors, viewers) see every agency's
  // assets; an agency sees its own
  'ictAsset.read': (actor: Actor, asset?: IctAssetRecord) => readsWholeTenant(actor) || !asset || actor.roles.some((g) => g.agencyId === asset.agencyId),
  // Dumai 18/2019 Ps 20(1)-(2): an agency manages its own devices, coordinated with the ICT office,
  // whose super admin is the tenant admin (Ps 14(1)). Without a record: may register somewhere.
  'ictAsset.create': (actor: Actor, asset?: IctAssetRecord) =>
    hasTenantRole(actor, 'admin') || (asset ? hasAgencyRole(actor, asset.agencyId, 'agency_operator', 'agency_head') : actor.roles.some((g) => g.role === 'agency_operator' || g.role === 'agency_head')),
  'ictAsset.update': (actor: Actor, asset?: IctAssetRecord) =>
    hasTenantRole(actor, 'admin') || (!!asset && hasAgencyRole(actor, asset.agencyId, 'agency_operator', 'agency_head')),
  // penghapusan, like retiring an application: the ICT office or the agency head
  'ictAsset.dispose': (actor: Actor, asset?: IctAssetRecord) => hasTenantRole(actor, 'admin') || (!!asset && hasAgencyRole(actor, asset.agencyId, 'agency_head')),
  'ictAsset.import': (actor: Actor) => hasTenantRole(actor, 'admin') || actor.roles.some((g) => g.role === 'agency_operator' || g.role === 'agency_head'),
  // the useful life per category is the tenant's setting, kept by the ICT office
  'ictAsset.configure': (actor: Actor) => hasTenantRole(actor, 'admin'),
};
