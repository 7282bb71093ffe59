import { hasTenantRole, type Actor } from '../actor';

export interface UserRecord {
  id: string;
}

export const userPolicy = {
  'user.read': (actor: Actor, user?: UserRecord) => hasTenantRole(actor, 'admin') || user?.id === actor.userId,
  'user.list': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'user.create': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'user.update': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'user.resetPassword': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'user.assignRole': (actor: Actor) => hasTenantRole(actor, 'admin'),
  'apiToken.manage': (actor: Actor) => actor.via === 'session',
};
