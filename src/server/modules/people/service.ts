import { and, asc, count, eq, ilike, isNull, ne, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DB, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { authorize } from '../../platform/policy/can';
import type { RequestContext } from '../../platform/context';
import type { RoleGrant } from '../../platform/policy/actor';
import { agencyScopedRoles } from '../../platform/policy/roles';
import type { PageQuery } from '../../../shared/common';
import type { UserInput, UserUpdate } from '../../../shared/people';
import { apiTokens, roleAssignments, sessions, users } from './tables';
import { findRoleGrants, findUserById } from './queries';
import { hashPassword, isStrongPassword, verifyPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';
import { assertAgenciesExist } from '../agencies/service';

type NewUser = z.infer<typeof UserInput>;
type UserChanges = z.infer<typeof UserUpdate>;
type WriteCtx = Pick<RequestContext, 'tenantId' | 'actor'>;

function assertRoleScopes(grants: RoleGrant[]) {
  for (const g of grants) {
    if (agencyScopedRoles.includes(g.role) && !g.agencyId) throw new AppError('ROLE_SCOPE_INVALID', 422, {}, { roles: 'ROLE_SCOPE_INVALID' });
  }
}

export function presentUser(row: typeof users.$inferSelect, grants: RoleGrant[]) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    nip: row.nip,
    status: row.status,
    locked: !!row.lockedUntil && row.lockedUntil > new Date(),
    roles: grants,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

async function replaceRoles(tx: Tx, tenantId: string, userId: string, grants: RoleGrant[]) {
  await tx.delete(roleAssignments).where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.userId, userId)));
  if (grants.length > 0) {
    await tx.insert(roleAssignments).values(grants.map((g) => ({ tenantId, id: newId(), userId, role: g.role, agencyId: g.agencyId })));
  }
}

/**
 * Creates a user inside a caller's transaction (setup, demo, the user service). `passwordHash`
 * is the argon2 hash of `input.password` when the caller already has one: the demo gives its ~90
 * accounts one password, and hashing it ~90 times took seconds of its load.
 */
export async function createUserInTx(tx: Tx, ctx: WriteCtx, input: NewUser, known: { passwordHash?: Promise<string> } = {}) {
  if (!isStrongPassword(input.password)) throw new AppError('PASSWORD_TOO_WEAK', 422, {}, { password: 'PASSWORD_TOO_WEAK' });
  assertRoleScopes(input.roles);
  await assertAgenciesExist(tx, ctx.tenantId, input.roles.map((g) => g.agencyId).filter((a): a is string => !!a));
  const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.email, input.email)));
  if (taken) throw new AppError('EMAIL_TAKEN', 409, {}, { email: 'EMAIL_TAKEN' });
  const id = newId();
  const [row] = await tx
    .insert(users)
    .values({ tenantId: ctx.tenantId, id, email: input.email, name: input.name, nip: input.nip ?? null, passwordHash: await (known.passwordHash ?? hashPassword(input.password)) })
    .returning();
  await replaceRoles(tx, ctx.tenantId, id, input.roles);
  const view = presentUser(row, input.roles);
  await appendAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: id, after: view });
  return view;
}

export async function createUser(db: DB, ctx: RequestContext, input: NewUser) {
  authorize(ctx.actor, 'user.create');
  return db.transaction((tx) => createUserInTx(tx, ctx, input));
}

export async function listUsers(db: DB, ctx: RequestContext, query: PageQuery) {
  authorize(ctx.actor, 'user.list');
  const where = and(
    eq(users.tenantId, ctx.tenantId),
    query.q ? or(ilike(users.name, `%${query.q}%`), ilike(users.email, `%${query.q}%`)) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.name))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const grants = await findRoleGrants(db, ctx.tenantId, rows.map((r) => r.id));
  return { items: rows.map((r) => presentUser(r, grants.get(r.id) ?? [])), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: DB, ctx: RequestContext, userId: string) {
  // nobody signed in has no tenant to look in: 401 before any query
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 401);
  const row = await findUserById(db, ctx.tenantId, userId);
  if (!row) throw notFound('user');
  authorize(ctx.actor, 'user.read', { id: row.id });
  const grants = (await findRoleGrants(db, ctx.tenantId, [userId])).get(userId) ?? [];
  return presentUser(row, grants);
}

async function countOtherAdmins(tx: Tx, tenantId: string, userId: string) {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(roleAssignments)
    .innerJoin(users, and(eq(users.tenantId, roleAssignments.tenantId), eq(users.id, roleAssignments.userId)))
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.role, 'admin'),
        sql`${roleAssignments.userId} <> ${userId}`,
        eq(users.status, 'active'),
      ),
    );
  return n;
}

export async function updateUser(db: DB, ctx: RequestContext, userId: string, changes: UserChanges) {
  authorize(ctx.actor, 'user.update');
  return db.transaction(async (tx) => {
    const row = await findUserById(tx, ctx.tenantId, userId);
    if (!row) throw notFound('user');
    const beforeGrants = (await findRoleGrants(tx, ctx.tenantId, [userId])).get(userId) ?? [];
    const before = presentUser(row, beforeGrants);
    const losesAdmin =
      beforeGrants.some((g) => g.role === 'admin') &&
      ((changes.roles && !changes.roles.some((g) => g.role === 'admin')) || changes.status === 'disabled');
    if (losesAdmin && (await countOtherAdmins(tx, ctx.tenantId, userId)) === 0) throw new AppError('LAST_ADMIN', 409);
    if (changes.roles) {
      assertRoleScopes(changes.roles);
      await assertAgenciesExist(tx, ctx.tenantId, changes.roles.map((g) => g.agencyId).filter((a): a is string => !!a));
      await replaceRoles(tx, ctx.tenantId, userId, changes.roles);
    }
    const [updated] = await tx
      .update(users)
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.nip !== undefined && { nip: changes.nip }),
        ...(changes.status !== undefined && { status: changes.status }),
        updatedAt: new Date(),
      })
      .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)))
      .returning();
    if (changes.status === 'disabled') await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, userId)));
    const after = presentUser(updated, changes.roles ?? beforeGrants);
    await appendAudit(tx, ctx, { action: 'user.update', entityType: 'user', entityId: userId, before, after });
    return after;
  });
}

/**
 * An administrator sets a new password; the person must change it at next sign-in. Whoever
 * knew the old one is shut out: every session ends and every API token is revoked.
 */
export async function resetPassword(db: DB, ctx: RequestContext, userId: string, password: string) {
  authorize(ctx.actor, 'user.resetPassword');
  if (!isStrongPassword(password)) throw new AppError('PASSWORD_TOO_WEAK', 422, {}, { password: 'PASSWORD_TOO_WEAK' });
  return db.transaction(async (tx) => {
    const row = await findUserById(tx, ctx.tenantId, userId);
    if (!row) throw notFound('user');
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
      .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
    await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, userId)));
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.tenantId, ctx.tenantId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await appendAudit(tx, ctx, { action: 'user.resetPassword', entityType: 'user', entityId: userId, after: { revokedApiTokens: revoked.map((r) => r.id) } });
  });
}

/** A person changes their own password; their other sessions end (a stolen cookie stops working). */
export async function changeOwnPassword(db: DB, ctx: RequestContext, currentPassword: string, newPassword: string, keepSessionToken?: string) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 401);
  const actor = ctx.actor;
  const row = await findUserById(db, ctx.tenantId, actor.userId);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new AppError('CURRENT_PASSWORD_WRONG', 422, {}, { currentPassword: 'CURRENT_PASSWORD_WRONG' });
  }
  if (!isStrongPassword(newPassword)) throw new AppError('PASSWORD_TOO_WEAK', 422, {}, { newPassword: 'PASSWORD_TOO_WEAK' });
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, updatedAt: new Date() })
      .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, actor.userId)));
    const others = and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, actor.userId), keepSessionToken ? ne(sessions.tokenHash, hashSecret(keepSessionToken)) : undefined);
    await tx.delete(sessions).where(others);
    await appendAudit(tx, ctx, { action: 'user.changePassword', entityType: 'user', entityId: actor.userId });
  });
}

export async function createApiToken(db: DB, ctx: RequestContext, label: string) {
  authorize(ctx.actor, 'apiToken.manage');
  const actor = ctx.actor;
  const token = newSecret('spl_');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ tenantId: ctx.tenantId, id: newId(), userId: actor.userId, label, tokenHash: hashSecret(token) })
      .returning();
    await appendAudit(tx, ctx, { action: 'apiToken.create', entityType: 'api_token', entityId: row.id, after: { label } });
    return { ...presentToken(row), token };
  });
}

export function presentToken(row: typeof apiTokens.$inferSelect) {
  return { id: row.id, label: row.label, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revoked: !!row.revokedAt };
}

export async function listApiTokens(db: DB, ctx: RequestContext) {
  authorize(ctx.actor, 'apiToken.manage');
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, ctx.tenantId), eq(apiTokens.userId, ctx.actor.userId)))
    .orderBy(asc(apiTokens.createdAt));
  return rows.map(presentToken);
}

export async function revokeApiToken(db: DB, ctx: RequestContext, tokenId: string) {
  authorize(ctx.actor, 'apiToken.manage');
  const actor = ctx.actor;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.tenantId, ctx.tenantId), eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId)))
      .returning();
    if (!row) throw notFound('api_token');
    await appendAudit(tx, ctx, { action: 'apiToken.revoke', entityType: 'api_token', entityId: tokenId });
  });
}
