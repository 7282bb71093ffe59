import type { Context, MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import type { AppDeps } from '../context';
import type { AppEnv } from './env';
import { problemResponse } from './problem';
import { claimIdempotencyKey, releaseIdempotencyKey, storeIdempotentAnswer, type IdempotencyScope } from '../idempotency/idempotency-store';

export const idempotencyHeader = 'idempotency-key';
const keyFormat = /^[\x21-\x7e]{8,200}$/;
const waitStepMs = 50;

export interface IdempotencyOptions {
  /** how long a repeat waits for the first request before answering 409 */
  waitMs?: number;
}

/**
 * What makes two requests "the same": the route with its query, and the body. A multipart
 * body is hashed by its parts (names, texts, file names, types and contents), not its bytes:
 * every send of the same form gets a new boundary.
 */
async function hashRequest(c: Context<AppEnv>, route: string): Promise<string> {
  const hash = createHash('sha256').update(route).update('\n');
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return hash.update(new Uint8Array(await c.req.arrayBuffer())).digest('hex');
  // Hono keeps the parsed form, so the route's parseBody reads the same parts
  const form = await c.req.formData().catch(() => null);
  if (!form) return hash.update('malformed').digest('hex');
  for (const [name, value] of form) {
    const part = typeof value === 'string' ? { name, text: value } : { name, file: value.name, type: value.type, sha256: createHash('sha256').update(new Uint8Array(await value.arrayBuffer())).digest('hex') };
    hash.update(JSON.stringify(part)).update('\n');
  }
  return hash.digest('hex');
}

/**
 * A POST sent with an Idempotency-Key runs once per person and key: a repeat gets the first
 * answer (with `Idempotent-Replayed: true`), a repeat while the first still runs waits for
 * it, and the same key with another body is refused. Answers of 5xx are not kept, so the
 * request can be retried. Uploads (multipart) included: a double click on an upload stores one
 * file. Requests without the header or without a signed-in person pass.
 */
export function idempotencyMiddleware(deps: Pick<AppDeps, 'db'>, options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const waitMs = options.waitMs ?? 10_000;
  return async (c, next) => {
    const key = c.req.header(idempotencyHeader);
    const ctx = c.get('ctx');
    if (c.req.method !== 'POST' || key === undefined || !ctx.actor) return next();
    if (!keyFormat.test(key)) return problemResponse(c, 400, 'IDEMPOTENCY_KEY_INVALID');
    const scope: IdempotencyScope = { tenantId: ctx.tenantId, userId: ctx.actor.userId, key };
    const url = new URL(c.req.url);
    const route = `${c.req.method} ${url.pathname}${url.search}`;
    const requestHash = await hashRequest(c, route);

    const deadline = Date.now() + waitMs;
    for (;;) {
      const claim = await claimIdempotencyKey(deps.db, scope, route, requestHash);
      if (claim.kind === 'mismatch') return problemResponse(c, 422, 'IDEMPOTENCY_KEY_REUSED');
      if (claim.kind === 'replay') {
        return c.body(claim.answer.body, claim.answer.status as 200, { 'content-type': claim.answer.contentType, 'idempotent-replayed': 'true' });
      }
      if (claim.kind === 'claimed') break;
      if (Date.now() >= deadline) return problemResponse(c, 409, 'IDEMPOTENCY_IN_FLIGHT');
      await new Promise((r) => setTimeout(r, waitStepMs));
    }

    try {
      await next();
    } catch (err) {
      await releaseIdempotencyKey(deps.db, scope);
      throw err;
    }
    const res = c.res;
    const contentType = res.headers.get('content-type') ?? '';
    // only JSON answers are kept; a file answer or a server error lets the request run again
    if (res.status >= 500 || !/json/.test(contentType)) {
      await releaseIdempotencyKey(deps.db, scope);
      return;
    }
    await storeIdempotentAnswer(deps.db, scope, { status: res.status, contentType, body: await res.clone().text() });
  };
}
