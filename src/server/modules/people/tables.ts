import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../platform/db/columns';

export const users = pgTable(
  'users',
  {
    ...tenantColumns,
    email: text('email').notNull(),
    name: text('name').notNull(),
    nip: text('nip'),
    passwordHash: text('password_hash'),
    status: text('status', { enum: ['active', 'disabled'] }).notNull().default('active'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('users_email').on(t.tenantId, t.email)],
);

/** A role held by a person, for the whole tenant (agency_id null) or one agency. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    ...tenantColumns,
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    agencyId: uuid('agency_id'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('role_assignments_user').on(t.tenantId, t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    tenantId: uuid('tenant_id').notNull(),
    /** SHA-256 of the cookie token; the token itself is never stored */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user').on(t.tenantId, t.userId)],
);

/** API tokens for machine clients; acts as the user who created it, with a label. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    ...tenantColumns,
    userId: uuid('user_id').notNull(),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('api_tokens_hash').on(t.tokenHash)],
);

/**
 * "Lupa kata sandi" requests. A row is kept for every request, for an unknown address too
 * (without a token), so the per-address and per-IP limits count them all. Only hashes are
 * stored: of the token, of the address and of the IP.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    ...tenantColumns,
    /** the person the address belongs to; null when no account has it */
    userId: uuid('user_id'),
    emailHash: text('email_hash').notNull(),
    ipHash: text('ip_hash').notNull(),
    /** SHA-256 of the token in the link; null when nothing was sent */
    tokenHash: text('token_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('password_resets_token').on(t.tenantId, t.tokenHash),
    index('password_resets_email').on(t.tenantId, t.emailHash, t.createdAt),
    index('password_resets_ip').on(t.tenantId, t.ipHash, t.createdAt),
  ],
);
