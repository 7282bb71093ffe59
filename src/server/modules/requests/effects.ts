/**
 * What a completed request does elsewhere, as a registry: the module that owns the effect
 * registers its handler (the domain registry registers `register_subdomain`), so the requests
 * module never imports them. A handler runs inside the transaction of the completing step:
 * if it refuses (a subdomain already taken), the step is refused too.
 */
import type { Tx } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import type { RequestEffect } from '../../../workflow/types';

export interface CompletedRequest {
  id: string;
  number: string | null;
  type: string;
  requesterUserId: string;
  requesterAgencyId: string;
  stewardAgencyId: string | null;
  fields: Record<string, unknown>;
  outcome: Record<string, unknown>;
  /** the instant of the completing step */
  at: Date;
}

/** Returns what the effect created (ids, numbers), kept on the request as `effectResult`. */
export type RequestEffectHandler = (
  tx: Tx,
  ctx: Pick<RequestContext, 'tenantId' | 'actor'>,
  request: CompletedRequest,
) => Promise<Record<string, unknown>>;

const handlers = new Map<RequestEffect['kind'], RequestEffectHandler>();

export function registerRequestEffectHandler(kind: RequestEffect['kind'], handler: RequestEffectHandler): void {
  handlers.set(kind, handler);
}

/**
 * Runs the handler of an effect. An effect nobody handles yet (its module is not installed)
 * is recorded as pending, so it can be carried out by hand and the request still completes.
 */
export async function runRequestEffect(
  tx: Tx,
  ctx: Pick<RequestContext, 'tenantId' | 'actor'>,
  effect: RequestEffect,
  request: CompletedRequest,
): Promise<Record<string, unknown>> {
  const handler = handlers.get(effect.kind);
  if (!handler) return { effect: effect.kind, status: 'pending' };
  return { effect: effect.kind, status: 'done', ...(await handler(tx, ctx, request)) };
}
