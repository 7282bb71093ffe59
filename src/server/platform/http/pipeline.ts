import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../context';
import type { Config } from '../config';
import type { AppEnv } from './env';
import { pickLocale, type Locale } from '../../../i18n/format';
import { resolveApiToken, resolveSession } from '../../modules/people/auth-service';
import { problemResponse } from './problem';

export const sessionCookie = 'simpul_session';
export const localeCookie = 'simpul_locale';

/** Request id, a child logger, and the user's language (cookie first, then Accept-Language). */
export function contextMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    const cookieLocale = getCookie(c, localeCookie);
    const locale: Locale = cookieLocale === 'en' || cookieLocale === 'id' ? cookieLocale : pickLocale(c.req.header('accept-language'));
    c.set('ctx', { tenantId: '', actor: null, locale, requestId, log: deps.log.child({ requestId }) });
    c.header('x-request-id', requestId);
    await next();
  };
}

/** JSON bodies are small; uploads get their own, larger limit. Both refuse before reading it all. */
export function bodyLimits(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const json = bodyLimit({ maxSize: deps.config.MAX_BODY_BYTES, onError: (c) => problemResponse(c as never, 413, 'BODY_TOO_LARGE', { limit: deps.config.MAX_BODY_BYTES }) });
  const upload = bodyLimit({
    maxSize: deps.config.MAX_UPLOAD_BYTES + 64 * 1024,
    onError: (c) => problemResponse(c as never, 413, 'FILE_TOO_LARGE', { limit: deps.config.MAX_UPLOAD_BYTES }),
  });
  return (c, next) => ((c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? upload(c, next) : json(c, next));
}

/** Who is asking: a session cookie, or a bearer API token for machine clients. */
export function authMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx');
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const found = await resolveApiToken(deps.db, bearer);
      if (!found) return problemResponse(c, 401, 'TOKEN_INVALID');
      c.set('ctx', { ...ctx, tenantId: found.tenantId, actor: found.actor, log: ctx.log.child({ userId: found.actor.userId, tenantId: found.tenantId }) });
      c.set('mustChangePassword', found.mustChangePassword);
      return next();
    }
    const token = getCookie(c, sessionCookie);
    if (token) {
      const found = await resolveSession(deps.db, deps.config, token);
      if (found) {
        c.set('ctx', { ...ctx, tenantId: found.tenantId, actor: found.actor, log: ctx.log.child({ userId: found.actor.userId, tenantId: found.tenantId }) });
        c.set('session', { csrfToken: found.csrfToken });
        c.set('mustChangePassword', found.mustChangePassword);
      }
    }
    return next();
  };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// A person told to change their password may do only that (and sign out) first.
const allowedBeforePasswordChange = ['/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/auth/session'];

/**
 * Writes made with a session cookie must echo the session's CSRF token in X-CSRF-Token
 * (synchroniser token). Bearer-token clients send no cookie and need none. A person told to
 * change their password writes nothing else first, whether by cookie or by API token: the
 * token acts as the person.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const session = c.get('session');
    if (session && c.req.header('x-csrf-token') !== session.csrfToken) return problemResponse(c, 403, 'CSRF_INVALID');
    if (c.get('mustChangePassword') && !allowedBeforePasswordChange.includes(c.req.path)) {
      return problemResponse(c, 403, 'PASSWORD_CHANGE_REQUIRED');
    }
    return next();
  };
}

/**
 * The web app's Content-Security-Policy: scripts, styles, fonts and requests from Simpul's own
 * origin only. Inline style attributes and <style> elements stay allowed because Mantine sets
 * CSS variables through them; no inline script is allowed. Images may also be data: and blob:
 * URLs (QR codes, previews of an upload).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers for every response: the CSP; HSTS when Simpul is reached over https (its
 * PUBLIC_URL, or a proxy saying so in x-forwarded-proto); and `Cache-Control: no-store` on API
 * answers, which carry one person's data, unless the route chose its own (public open data).
 * The built app's assets keep their caching.
 */
export function securityHeaders(config: Pick<Config, 'PUBLIC_URL'>): MiddlewareHandler<AppEnv> {
  const httpsAlways = config.PUBLIC_URL.startsWith('https://');
  return async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    c.header('content-security-policy', contentSecurityPolicy);
    const proxiedHttps = c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
    if (httpsAlways || proxiedHttps) c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  };
}
