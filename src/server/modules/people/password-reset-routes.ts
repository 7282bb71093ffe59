import { createRoute } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppDeps } from '../../platform/context';
import type { AppEnv } from '../../platform/http/env';
import { jsonBody, newRouter, problemResponses } from '../../platform/http/route-helpers';
import { PasswordResetCompletion, PasswordResetRequest } from '../../../shared/people';
import { deliverDueNotifications } from '../notifications/delivery';
import { completePasswordReset, requestPasswordReset } from './password-reset-service';

/** The peer's address as the socket has it; app.request() in tests has no socket. */
function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function passwordResetRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/password-reset/request',
        tags: ['auth'],
        summary: '"Lupa kata sandi": e-mail a reset link; the same 204 whether or not the address has an account',
        request: jsonBody(PasswordResetRequest),
        responses: { 204: { description: 'Taken (whatever the address)' }, ...problemResponses, 429: problemResponses[409] },
      }),
      async (c) => {
        const ctx = c.get('ctx');
        const { deliveryId } = await requestPasswordReset(deps.db, deps.config, c.req.valid('json'), clientAddress(c));
        // sent after the answer, so the answer takes as long for an unknown address
        if (deliveryId) void deliverDueNotifications(deps.db, { deliveryIds: [deliveryId], log: ctx.log }).catch((err) => ctx.log.warn({ err }, 'password reset e-mail failed'));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/password-reset/complete',
        tags: ['auth'],
        summary: 'Set a new password with the token from the reset e-mail; ends every session and revokes API tokens',
        request: jsonBody(PasswordResetCompletion),
        responses: { 204: { description: 'Password set' }, 400: problemResponses[422], ...problemResponses },
      }),
      async (c) => {
        await completePasswordReset(deps.db, c.req.valid('json'));
        return c.body(null, 204);
      },
    );
}
