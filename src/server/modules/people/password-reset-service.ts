import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import type { Actor } from '../../platform/policy/actor';
import { t } from '../../../i18n/server';
import { apiTokens, passwordResets, sessions, users } from './tables';
import { findUserByEmail } from './queries';
import { hashPassword, isStrongPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';
import { findTenantForSignIn } from '../tenants/service';
import { queueEmail, tenantLink } from '../notifications/service';

// the per-address and per-IP limits count the requests of the last hour
const limitWindowMs = 60 * 60_000;

/**
 * "Lupa kata sandi": e-mails a single-use link to the address when it has an active account.
 * The caller answers the same whatever happens here (unknown tenant or address, a disabled
 * account, the per-address limit reached), and the same work is done either way: the token is
 * made and hashed, the person looked up and a request row written. Only the per-IP limit is
 * refused out loud (429): it is counted before the address is looked at, so it tells nothing
 * about the address. Returns the queued e-mail, for the caller to send after the commit.
 */
export async function requestPasswordReset(db: DB, config: Config, input: { tenant?: string; email: string }, clientIp: string): Promise<{ deliveryId: string | null }> {
  const token = newSecret();
  const tokenHash = hashSecret(token);
  const tenant = await findTenantForSignIn(db, input.tenant, input.email);
  if (!tenant) return { deliveryId: null };
  const now = new Date();
  const since = new Date(now.getTime() - limitWindowMs);
  const emailHash = hashSecret(input.email);
  const ipHash = hashSecret(clientIp);
  return db.transaction(async (tx) => {
    const [{ n: fromIp }] = await tx
      .select({ n: count() })
      .from(passwordResets)
      .where(and(eq(passwordResets.tenantId, tenant.id), eq(passwordResets.ipHash, ipHash), gt(passwordResets.createdAt, since)));
    if (fromIp >= config.PASSWORD_RESET_MAX_PER_IP) throw new AppError('RATE_LIMITED', 429, { minutes: limitWindowMs / 60_000 });
    const [{ n: forAddress }] = await tx
      .select({ n: count() })
      .from(passwordResets)
      .where(and(eq(passwordResets.tenantId, tenant.id), eq(passwordResets.emailHash, emailHash), gt(passwordResets.createdAt, since)));
    const user = await findUserByEmail(tx, tenant.id, input.email);
    const person = user && user.status === 'active' && forAddress < config.PASSWORD_RESET_MAX_PER_ADDRESS ? user : null;
    const id = newId();
    await tx.insert(passwordResets).values({
      tenantId: tenant.id,
      id,
      userId: user?.id ?? null,
      emailHash,
      ipHash,
      tokenHash: person ? tokenHash : null,
      expiresAt: new Date(now.getTime() + config.PASSWORD_RESET_TTL_MINUTES * 60_000),
    });
    const deliveryId = person
      ? await queueEmail(tx, tenant.id, (appUrl) => ({
          to: person.email,
          // e-mail is in Indonesian, the language of the Pemda's letters
          subject: t('id', 'notifications.email.passwordReset.subject'),
          body: t('id', 'notifications.email.passwordReset.body', {
            name: person.name,
            tenant: tenant.name,
            link: tenantLink(appUrl ?? config.PUBLIC_URL, tenant.slug, `/reset-password#${token}`),
            minutes: config.PASSWORD_RESET_TTL_MINUTES,
          }),
        }))
      : null;
    // no address and no token in the entry: the row id names the request
    await appendAudit(tx, { tenantId: tenant.id, actor: null }, {
      action: 'user.passwordResetRequest',
      entityType: 'password_reset',
      entityId: id,
      after: { userId: user?.id ?? null, emailed: deliveryId !== null },
    });
    return { deliveryId };
  });
}

/**
 * Sets a new password with the token from the e-mail. The token works once, until it expires,
 * and only in its own tenant. As with an administrator's reset, whoever knew the old password
 * is shut out: every session ends, every API token is revoked, and the person's other open
 * reset links stop working.
 */
export async function completePasswordReset(db: DB, input: { tenant: string; token: string; newPassword: string }) {
  if (!isStrongPassword(input.newPassword)) throw new AppError('PASSWORD_TOO_WEAK', 422, {}, { newPassword: 'PASSWORD_TOO_WEAK' });
  const tenant = await findTenantForSignIn(db, input.tenant, '');
  if (!tenant) throw new AppError('RESET_TOKEN_INVALID', 400);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const now = new Date();
    // used in the same statement that finds it: two uses at once cannot both pass
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: now, updatedAt: now })
      .where(and(eq(passwordResets.tenantId, tenant.id), eq(passwordResets.tokenHash, hashSecret(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning();
    const [user] = reset?.userId ? await tx.select().from(users).where(and(eq(users.tenantId, tenant.id), eq(users.id, reset.userId))) : [];
    if (!reset || !user || user.status !== 'active') throw new AppError('RESET_TOKEN_INVALID', 400);
    const byUser = and(eq(users.tenantId, tenant.id), eq(users.id, user.id));
    await tx.update(users).set({ passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null, updatedAt: now }).where(byUser);
    await tx.delete(sessions).where(and(eq(sessions.tenantId, tenant.id), eq(sessions.userId, user.id)));
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.tenantId, tenant.id), eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await tx
      .update(passwordResets)
      .set({ usedAt: now, updatedAt: now })
      .where(and(eq(passwordResets.tenantId, tenant.id), eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    const actor: Actor = { userId: user.id, tenantId: tenant.id, label: user.name, roles: [], via: 'session' };
    await appendAudit(tx, { tenantId: tenant.id, actor }, {
      action: 'user.passwordResetComplete',
      entityType: 'user',
      entityId: user.id,
      after: { request: reset.id, revokedApiTokens: revoked.map((r) => r.id) },
    });
  });
}
