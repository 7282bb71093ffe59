import { and, eq, inArray } from 'drizzle-orm';
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
