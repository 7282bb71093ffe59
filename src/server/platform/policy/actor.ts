import type { Role } from './roles';

export interface RoleGrant {
  role: Role;
  agencyId: string | null;
}

/** The person (or API token acting for a person) behind a request. */
export interface Actor {
  userId: string;
  label: string;
  tenantId: string;
  roles: RoleGrant[];
  via: 'session' | 'token';
}

export function hasTenantRole(actor: Actor, ...wanted: Role[]): boolean {
  return actor.roles.some((g) => g.agencyId === null && wanted.includes(g.role));
}

export function hasAgencyRole(actor: Actor, agencyId: string | null | undefined, ...wanted: Role[]): boolean {
  if (!agencyId) return false;
  return actor.roles.some((g) => g.agencyId === agencyId && wanted.includes(g.role));
}

/** Agencies the actor holds any role in. */
export function actorAgencyIds(actor: Actor): string[] {
  return [...new Set(actor.roles.filter((g) => g.agencyId).map((g) => g.agencyId as string))];
}

/** Tenant-wide readers see every agency's records; others see only their agencies'. */
export function readsWholeTenant(actor: Actor): boolean {
  return actor.roles.some((g) => g.agencyId === null);
}
