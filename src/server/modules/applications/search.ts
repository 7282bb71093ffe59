import { and, asc, eq, or, sql } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { matchesWords, startsWithRank } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { findAgencyNames } from '../agencies/service';
import { visibleApplications } from './queries';
import { applications } from './tables';

/**
 * Applications by name, business function or address, and by the words of their search column
 * (name, description, function); only those the application list shows the reader
 * (visibleApplications: an agency's own and operated ones, and every Aplikasi Umum).
 */
export const applicationSearch: SearchProvider = {
  group: 'application',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'application.read')) return [];
    const rows = await db
      .select({ id: applications.id, name: applications.name, kind: applications.kind, ownerAgencyId: applications.ownerAgencyId, status: applications.status })
      .from(applications)
      .where(
        and(
          eq(applications.tenantId, ctx.tenantId),
          visibleApplications(ctx.actor),
          or(sql`${applications.search} @@ websearch_to_tsquery('simple', ${terms.text})`, matchesWords([applications.name, applications.businessFunction, applications.url], terms.words)),
        ),
      )
      .orderBy(asc(applications.status), startsWithRank(applications.name, terms.words), asc(applications.name), asc(applications.id))
      .limit(limit);
    const agencyNames = await findAgencyNames(db, ctx.tenantId, rows.map((r) => r.ownerAgencyId));
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: [agencyNames.get(r.ownerAgencyId), t(ctx.locale, `applications.kind.${r.kind}`), r.status === 'retired' ? t(ctx.locale, 'common.status.retired') : null].filter(Boolean).join(' · '),
      path: `/applications/${r.id}`,
    }));
  },
};
