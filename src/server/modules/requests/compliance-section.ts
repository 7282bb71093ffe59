import { eq } from 'drizzle-orm';
import type { ReadRequest } from '../../../regulations/types';
import { defineReadModelProvider } from '../compliance/read-model-providers';
import { requests } from './tables';

/**
 * The request workflow's section of the compliance read model: every request with its type,
 * state, dates and requesting agency, in one query per tenant. It feeds Dumai 18/2019 Ps 11(2),
 * 12(3) and Palu 14/2022 Ps 9(8) (requests answered by their due date).
 */
export const requestsSection = defineReadModelProvider({
  section: 'requests',
  load: async (db, { tenantId }) => {
    const rows = await db
      .select({
        id: requests.id,
        type: requests.type,
        state: requests.state,
        requesterAgencyId: requests.requesterAgencyId,
        submittedAt: requests.submittedAt,
        decidedAt: requests.decidedAt,
        dueAt: requests.dueAt,
      })
      .from(requests)
      .where(eq(requests.tenantId, tenantId));
    return rows.map(
      (r): ReadRequest => ({
        ...r,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        decidedAt: r.decidedAt?.toISOString() ?? null,
      }),
    );
  },
});
