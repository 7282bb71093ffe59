import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/policy/actor';
import { apiTokens, sessions, users } from './tables';
import { findRoleGrants, findUserByEmail } from './queries';
import { hashPassword, verifyPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';
import { findTenantForSignIn } from '../tenants/service';

// A real hash to verify against when the email is unknown, so timing does not reveal which emails exist.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(newSecret()));

export interface LoginResult {
  token: string;
  csrfToken: string;
  tenantId: string;
  userId: string;
}

/**
 * Counts the attempt before the password is checked, in one UPDATE, so parallel guesses
 * cannot all read the same count: the attempt that reaches LOGIN_MAX_FAILURES sets the lock,
 * and every later one finds the account locked (false) and checks the password against
 * nothing. A correct password clears the count afterwards.
 */
async function reserveAttempt(db: DB, config: Config, tenantId: string, userId: string, now: Date): Promise<boolean> {
  const lockUntil = new Date(now.getTime() + config.LOGIN_LOCKOUT_MINUTES * 60000);
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`CASE WHEN ${users.failedLogins} + 1 >= ${config.LOGIN_MAX_FAILURES} THEN 0 ELSE ${users.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${users.failedLogins} + 1 >= ${config.LOGIN_MAX_FAILURES} THEN ${lockUntil.toISOString()}::timestamptz ELSE NULL END`,
    })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ id: users.id });
  return row !== undefined;
}

/**
 * Local sign-in with lockout after LOGIN_MAX_FAILURES failures for LOGIN_LOCKOUT_MINUTES.
 * Every refusal is the same 401 LOGIN_FAILED after one password hash check — an unknown
 * tenant or address, a wrong password, a disabled or a locked account — so neither the
 * answer nor its timing tells which addresses have an account. A disabled account counts
 * failures like any other, for the same reason.
 */
export async function login(db: DB, config: Config, input: { tenant?: string; email: string; password: string }): Promise<LoginResult> {
  const tenant = await findTenantForSignIn(db, input.tenant, input.email);
  const user = tenant ? await findUserByEmail(db, tenant.id, input.email) : null;
  if (!tenant || !user || !user.passwordHash) {
    await verifyPassword(await decoy(), input.password);
    throw new AppError('LOGIN_FAILED', 401);
  }
  const now = new Date();
  if (!(await reserveAttempt(db, config, tenant.id, user.id, now))) {
    await verifyPassword(await decoy(), input.password);
    throw new AppError('LOGIN_FAILED', 401);
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || user.status !== 'active') throw new AppError('LOGIN_FAILED', 401);
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
  const token = newSecret();
  const csrfToken = newSecret();
  await db.insert(sessions).values({
    tenantId: tenant.id,
    tokenHash: hashSecret(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(now.getTime() + config.SESSION_TTL_HOURS * 3600_000),
  });
  return { token, csrfToken, tenantId: tenant.id, userId: user.id };
}

export async function logout(db: DB, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}

async function actorFor(db: DB, tenantId: string, userId: string, via: Actor['via']): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  const [user] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!user || user.status !== 'active') return null;
  const grants = (await findRoleGrants(db, tenantId, [userId])).get(userId) ?? [];
  return { actor: { userId, tenantId, label: user.name, roles: grants, via }, mustChangePassword: user.mustChangePassword };
}

/** The session behind a cookie, sliding its expiry forward. */
export async function resolveSession(db: DB, config: Config, token: string) {
  const now = new Date();
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, now)));
  if (!session) return null;
  const found = await actorFor(db, session.tenantId, session.userId, 'session');
  if (!found) return null;
  const expiresAt = new Date(now.getTime() + config.SESSION_TTL_HOURS * 3600_000);
  // Only touch the row when a good part of the lifetime has passed, to keep reads cheap.
  if (session.expiresAt.getTime() - now.getTime() < (config.SESSION_TTL_HOURS * 3600_000) / 2) {
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, session.tokenHash));
  }
  return { ...found, csrfToken: session.csrfToken, tenantId: session.tenantId };
}

export async function resolveApiToken(db: DB, token: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  const found = await actorFor(db, row.tenantId, row.userId, 'token');
  if (!found) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(and(eq(apiTokens.tenantId, row.tenantId), eq(apiTokens.id, row.id)));
  return { ...found, tenantId: row.tenantId };
}
