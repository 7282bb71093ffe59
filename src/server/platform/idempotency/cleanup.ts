import type { AppDeps } from '../context';
import { deleteExpiredIdempotencyKeys } from './idempotency-store';

const everyMs = 60 * 60_000;

/** Removes expired idempotency keys hourly; returns a function that stops the timer. */
export function startIdempotencyCleanup(deps: Pick<AppDeps, 'db' | 'log'>): () => void {
  const timer = setInterval(() => {
    deleteExpiredIdempotencyKeys(deps.db).catch((err) => deps.log.warn({ err }, 'idempotency clean-up failed'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
