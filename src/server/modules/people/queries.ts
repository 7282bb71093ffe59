import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { roleAssignments, users } from './tables';
import type { RoleGrant } from '../../platform/policy/actor';

export async function findUserByEmail(db: Queryable, tenantId: string, email: string) {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, email)));
  return row ?? null;
}

export async function findUserById(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row ?? null;
}

export async function findRoleGrants(db: Queryable, tenantId: string, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const byUser = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role, agencyId: roleAssignments.agencyId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), inArray(roleAssignments.userId, userIds)));
  for (const r of rows) {
    const list = byUser.get(r.userId) ?? [];
    list.push({ role: r.role as RoleGrant['role'], agencyId: r.agencyId });
    byUser.set(r.userId, list);
  }
  return byUser;
}

/** Names and addresses of active people, for letters, timelines and notifications. */
export async function findActiveUsersByIds(db: Queryable, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...new Set(ids)]), eq(users.status, 'active')));
}

/**
 * The people holding any of these grants: a role in an agency, or a tenant-wide role when
 * agencyId is null. Used to reach the people who must act on a request or are copied on it.
 */
export async function findUserIdsWithGrants(db: Queryable, tenantId: string, grants: readonly { role: string; agencyId: string | null }[]) {
  if (grants.length === 0) return [];
  const rows = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        or(
          ...grants.map((g) =>
            g.agencyId === null
              ? and(eq(roleAssignments.role, g.role), isNull(roleAssignments.agencyId))
              : and(eq(roleAssignments.role, g.role), eq(roleAssignments.agencyId, g.agencyId)),
          ),
        ),
      ),
    );
  return [...new Set(rows.map((r) => r.userId))];
}

/** Every active person of the tenant by name, for pickers (teams, assignees). */
export async function findActiveUsers(db: Queryable, tenantId: string) {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.status, 'active'))).orderBy(users.name);
}
