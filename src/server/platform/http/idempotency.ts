import type { MiddlewareHandler } from 'hono';
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
 * A POST sent with an Idempotency-Key runs once per person and key: a repeat gets the first
 * answer (with `Idempotent-Replayed: true`), a repeat while the first still runs waits for
 * it, and the same key with another body is refused. Answers of 5xx are not kept, so the
 * request can be retried. Requests without the header, without a signed-in person, or with a
 * multipart upload, pass.
 */
export function idempotencyMiddleware(deps: Pick<AppDeps, 'db'>, options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const waitMs = options.waitMs ?? 10_000;
  return async (c, next) => {
    const key = c.req.header(idempotencyHeader);
    const ctx = c.get('ctx');
    if (c.req.method !== 'POST' || key === undefined || !ctx.actor) return next();
    // uploads are read as a stream by their routes (and an import matches rows, so a repeat changes nothing)
    if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return next();
    if (!keyFormat.test(key)) return problemResponse(c, 400, 'IDEMPOTENCY_KEY_INVALID');
    const scope: IdempotencyScope = { tenantId: ctx.tenantId, userId: ctx.actor.userId, key };
    const route = `${c.req.method} ${c.req.path}`;
    const body = new Uint8Array(await c.req.arrayBuffer());
    const requestHash = createHash('sha256').update(route).update('\n').update(body).digest('hex');

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
