import type { AppDeps } from '../../platform/context';
import { deliverDueNotifications } from '../notifications/delivery';
import { markOverdueRequestsForAllTenants } from './overdue';

const deliveryEveryMs = 60_000;
const overdueEveryMs = 15 * 60_000;

/**
 * The server's periodic work for requests: retry the email and webhook messages that are due,
 * and mark overdue requests. Returns a function that stops both timers.
 */
export function startRequestJobs(deps: Pick<AppDeps, 'db' | 'log'>): () => void {
  let running = false;
  const guarded = (name: string, job: () => Promise<unknown>) => async () => {
    // one run at a time: a slow mail server must not pile up runs
    if (running) return;
    running = true;
    try {
      await job();
    } catch (err) {
      deps.log.warn({ err, job: name }, 'request job failed');
    } finally {
      running = false;
    }
  };
  const deliver = setInterval(guarded('deliver', () => deliverDueNotifications(deps.db, { log: deps.log })), deliveryEveryMs);
  const overdue = setInterval(guarded('overdue', () => markOverdueRequestsForAllTenants(deps.db)), overdueEveryMs);
  deliver.unref();
  overdue.unref();
  return () => {
    clearInterval(deliver);
    clearInterval(overdue);
  };
}
