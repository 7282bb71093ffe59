import { z } from 'zod';
import { roles } from '../server/platform/policy/roles';
import { Uuid } from './common';

export const RoleName = z.enum(roles);
export const RoleGrantSchema = z.object({ role: RoleName, agencyId: Uuid.nullable() }).meta({ id: 'RoleGrant' });

export const LoginInput = z
  .object({
    tenant: z
      .string()
      .trim()
      .max(100)
      .optional()
      .meta({ description: 'tenant slug (from /t/<slug>); without it the tenant is the only one, or the one whose e-mail domain the address has' }),
    email: z.string().trim().toLowerCase().email().max(254),
    password: z.string().min(1).max(256),
  })
  .meta({ id: 'LoginInput' });

export const SessionInfo = z
  .object({
    user: z.object({ id: Uuid, name: z.string(), email: z.string(), mustChangePassword: z.boolean() }),
    tenant: z.object({ id: Uuid, slug: z.string(), name: z.string(), primaryDomain: z.string() }),
    roles: z.array(RoleGrantSchema),
    csrfToken: z.string(),
    permissions: z.array(z.string()),
  })
  .meta({ id: 'SessionInfo' });

export const Password = z.string().min(12).max(256);

export const UserInput = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254),
    name: z.string().trim().min(2).max(200),
    nip: z
      .string()
      .regex(/^\d{18}$/, 'NIP_FORMAT')
      .optional()
      .nullable()
      .meta({ description: 'NIP, 18 digits (Palu 14/2022 Ps 12(4))' }),
    password: Password,
    roles: z.array(RoleGrantSchema).max(20).default([]),
  })
  .meta({ id: 'UserInput' });

export const UserUpdate = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    nip: z.string().regex(/^\d{18}$/, 'NIP_FORMAT').nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
    roles: z.array(RoleGrantSchema).max(20).optional(),
  })
  .meta({ id: 'UserUpdate' });

export const UserView = z
  .object({
    id: Uuid,
    email: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    locked: z.boolean(),
    roles: z.array(RoleGrantSchema),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const PasswordReset = z.object({ password: Password }).meta({ id: 'PasswordReset' });
export const PasswordChange = z.object({ currentPassword: z.string().max(256), newPassword: Password }).meta({ id: 'PasswordChange' });

/** "Lupa kata sandi": the answer is the same whether or not the address has an account. */
export const PasswordResetRequest = z
  .object({
    tenant: z.string().trim().max(100).optional().meta({ description: 'tenant slug, as for sign-in' }),
    email: z.string().trim().toLowerCase().email().max(254),
  })
  .meta({ id: 'PasswordResetRequest' });

/** The new password set with the token from the e-mail. */
export const PasswordResetCompletion = z
  .object({ tenant: z.string().trim().min(1).max(100), token: z.string().min(20).max(200), newPassword: Password })
  .meta({ id: 'PasswordResetCompletion' });

export const ApiTokenInput = z.object({ label: z.string().trim().min(2).max(100) }).meta({ id: 'ApiTokenInput' });
export const ApiTokenView = z
  .object({ id: Uuid, label: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revoked: z.boolean() })
  .meta({ id: 'ApiToken' });
export const ApiTokenCreated = ApiTokenView.extend({ token: z.string() }).meta({ id: 'ApiTokenCreated' });
