import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../../platform/context';
import { cookieSecure } from '../../platform/config';
import { IdParam, jsonBody, jsonOk, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { sessionCookie } from '../../platform/http/pipeline';
import { AppError } from '../../platform/errors';
import { PageQuery, pageOf } from '../../../shared/common';
import {
  ApiTokenCreated,
  ApiTokenInput,
  ApiTokenView,
  LoginInput,
  PasswordChange,
  PasswordReset,
  SessionInfo,
  UserInput,
  UserUpdate,
  UserView,
} from '../../../shared/people';
import { login, logout } from './auth-service';
import {
  changeOwnPassword,
  createApiToken,
  createUser,
  getUser,
  listApiTokens,
  listUsers,
  resetPassword,
  revokeApiToken,
  updateUser,
} from './service';
import { findTenant } from '../tenants/service';
import { findUserById } from './queries';
import { can, permissions } from '../../platform/policy/can';

export function peopleRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags: ['auth'],
        summary: 'Sign in with email and password; sets an HttpOnly session cookie. Every refusal is the same 401 LOGIN_FAILED',
        request: jsonBody(LoginInput),
        responses: { 200: jsonOk(z.object({ csrfToken: z.string() })), ...problemResponses },
      }),
      async (c) => {
        const result = await login(deps.db, deps.config, c.req.valid('json'));
        setCookie(c, sessionCookie, result.token, {
          httpOnly: true,
          secure: cookieSecure(deps.config),
          sameSite: 'Lax',
          path: '/',
          maxAge: deps.config.SESSION_TTL_HOURS * 3600,
        });
        return c.json({ csrfToken: result.csrfToken }, 200);
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/auth/logout', tags: ['auth'], summary: 'Sign out', responses: { 204: { description: 'Signed out' } } }),
      async (c) => {
        const token = getCookie(c, sessionCookie);
        if (token) await logout(deps.db, token);
        deleteCookie(c, sessionCookie, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/auth/session', tags: ['auth'], summary: 'Who is signed in, with their roles and permissions', responses: { 200: jsonOk(SessionInfo), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const session = c.get('session');
        if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 401);
        const [tenant, user] = await Promise.all([findTenant(deps.db, ctx.tenantId), findUserById(deps.db, ctx.tenantId, ctx.actor.userId)]);
        if (!user) throw new AppError('UNAUTHENTICATED', 401);
        return c.json(
          {
            user: { id: user.id, name: user.name, email: user.email, mustChangePassword: user.mustChangePassword },
            tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, primaryDomain: tenant.primaryDomain },
            roles: ctx.actor.roles,
            csrfToken: session?.csrfToken ?? '',
            // record-independent permissions, so the UI can hide what the server would refuse
            permissions: permissions.filter((p) => can(ctx.actor, p)),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/auth/password', tags: ['auth'], summary: 'Change my own password', request: jsonBody(PasswordChange), responses: { 204: { description: 'Changed' }, ...problemResponses } }),
      async (c) => {
        const body = c.req.valid('json');
        // the session that changes the password stays open; every other one ends
        await changeOwnPassword(deps.db, c.get('ctx'), body.currentPassword, body.newPassword, getCookie(c, sessionCookie));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/users', tags: ['people'], summary: 'People of the tenant', request: { query: PageQuery }, responses: { 200: jsonOk(pageOf(UserView, 'UserPage')), ...problemResponses } }),
      async (c) => c.json(await listUsers(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/users', tags: ['people'], summary: 'Create a local account with roles', request: jsonBody(UserInput), responses: { 201: jsonOk(UserView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createUser(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/users/{id}', tags: ['people'], summary: 'One person', request: { params: IdParam }, responses: { 200: jsonOk(UserView), ...problemResponses } }),
      async (c) => c.json(await getUser(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/users/{id}', tags: ['people'], summary: 'Change name, NIP, status or roles', request: { params: IdParam, ...jsonBody(UserUpdate) }, responses: { 200: jsonOk(UserView), ...problemResponses } }),
      async (c) => c.json(await updateUser(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users/{id}/password-reset',
        tags: ['people'],
        summary: 'Administrator sets a new password; the person must change it at next sign-in',
        request: { params: IdParam, ...jsonBody(PasswordReset) },
        responses: { 204: { description: 'Reset' }, ...problemResponses },
      }),
      async (c) => {
        await resetPassword(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').password);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/api-tokens', tags: ['auth'], summary: 'My API tokens', responses: { 200: jsonOk(z.array(ApiTokenView)), ...problemResponses } }),
      async (c) => c.json(await listApiTokens(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api-tokens',
        tags: ['auth'],
        summary: 'Create an API token for a machine client (shown once)',
        request: jsonBody(ApiTokenInput),
        responses: { 201: jsonOk(ApiTokenCreated, 'Created'), ...problemResponses },
      }),
      async (c) => c.json(await createApiToken(deps.db, c.get('ctx'), c.req.valid('json').label), 201),
    )
    .openapi(
      createRoute({ method: 'delete', path: '/api-tokens/{id}', tags: ['auth'], summary: 'Revoke an API token', request: { params: IdParam }, responses: { 204: { description: 'Revoked' }, ...problemResponses } }),
      async (c) => {
        await revokeApiToken(deps.db, c.get('ctx'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
