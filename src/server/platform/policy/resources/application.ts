import { hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export interface ApplicationRecord {
  ownerAgencyId: string;
  operatorAgencyId: string | null;
  kind: 'common' | 'specific';
}

function involvesActorAgency(actor: Actor, app: ApplicationRecord): boolean {
  return actor.roles.some((g) => g.agencyId && (g.agencyId === app.ownerAgencyId || g.agencyId === app.operatorAgencyId));
}

export const applicationPolicy = {
  // Tenant-wide roles see every application; an agency sees its own and operated ones, and
  // every common application, since all agencies must use those (Palu 14/2022 Ps 29(3)).
  'application.read': (actor: Actor, app?: ApplicationRecord) =>
    readsWholeTenant(actor) || (app ? app.kind === 'common' || involvesActorAgency(actor, app) : true),
  // without a record: may the person register an application for some agency (the UI's question:
  // an operator is offered "Tambah Aplikasi" for its own agency, which the server accepts)
  'application.create': (actor: Actor, app?: Pick<ApplicationRecord, 'ownerAgencyId'>) =>
    hasTenantRole(actor, 'admin') ||
    (app ? hasAgencyRole(actor, app.ownerAgencyId, 'agency_operator', 'agency_head') : actor.roles.some((g) => g.agencyId !== null && (g.role === 'agency_operator' || g.role === 'agency_head'))),
  'application.update': (actor: Actor, app?: ApplicationRecord) =>
    hasTenantRole(actor, 'admin') || (!!app && hasAgencyRole(actor, app.ownerAgencyId, 'agency_operator', 'agency_head')),
  'application.retire': (actor: Actor, app?: ApplicationRecord) =>
    hasTenantRole(actor, 'admin') || (!!app && hasAgencyRole(actor, app.ownerAgencyId, 'agency_head')),
  'application.import': (actor: Actor) => hasTenantRole(actor, 'admin') || actor.roles.some((g) => g.role === 'agency_operator' || g.role === 'agency_head'),
};
