import { RequestListQuery, type InboxBox } from '../../../shared/requests';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { listRequests } from '../requests/inbox-service';

/** How many items a list panel shows; its total links to the whole list. */
export const panelSize = 5;

/** One inbox box (optionally narrowed by type or state), as the inbox answers it: the panel's total is the box's total. */
export async function findRequestPanel(db: DB, ctx: RequestContext, box: InboxBox, filter: { type?: string; state?: string } = {}, now = new Date()) {
  const page = await listRequests(db, ctx, RequestListQuery.parse({ box, pageSize: panelSize, ...filter }), now);
  return { total: page.total, items: page.items };
}
