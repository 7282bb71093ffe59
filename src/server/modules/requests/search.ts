import { and, desc, eq, or } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { foldText, matchesWords } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { findAgencyNames } from '../agencies/service';
import { visibleRequests } from './queries';
import { requests } from './tables';

/**
 * Requests by letter number ("PPD/2026/000123", or part of it) or title; only those the inbox
 * shows the reader (visibleRequests: filed by them or their agency, or naming their agency;
 * a request between two other agencies stays theirs). Newest first.
 */
export const requestSearch: SearchProvider = {
  group: 'request',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'request.read')) return [];
    const number = foldText(terms.text).replace(/\s+/g, '');
    const rows = await db
      .select({ id: requests.id, number: requests.number, title: requests.title, type: requests.type, state: requests.state, requesterAgencyId: requests.requesterAgencyId })
      .from(requests)
      .where(
        and(
          eq(requests.tenantId, ctx.tenantId),
          visibleRequests(ctx.actor),
          or(matchesWords([requests.title, requests.number, requests.issuedNumber], terms.words), matchesWords([requests.number], [number])),
        ),
      )
      .orderBy(desc(requests.updatedAt), desc(requests.id))
      .limit(limit);
    const agencyNames = await findAgencyNames(db, ctx.tenantId, rows.map((r) => r.requesterAgencyId));
    return rows.map((r) => ({
      id: r.id,
      title: r.title || t(ctx.locale, `requests.type.${r.type}.name`),
      detail: [r.number, t(ctx.locale, `requests.type.${r.type}.name`), agencyNames.get(r.requesterAgencyId), t(ctx.locale, `requests.state.${r.state}`)].filter(Boolean).join(' · '),
      path: `/requests/${r.id}`,
    }));
  },
};
