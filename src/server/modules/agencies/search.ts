import { and, asc, eq } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { matchesWords, startsWithRank } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { agencies } from './tables';

/** Agencies by name, code ("dinkes") or e-mail; everyone signed in reads them (agency.read), retired ones last. */
export const agencySearch: SearchProvider = {
  group: 'agency',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'agency.read')) return [];
    const rows = await db
      .select({ id: agencies.id, code: agencies.code, name: agencies.name, kind: agencies.kind, status: agencies.status })
      .from(agencies)
      .where(and(eq(agencies.tenantId, ctx.tenantId), matchesWords([agencies.name, agencies.code, agencies.email], terms.words)))
      .orderBy(asc(agencies.status), startsWithRank(agencies.code, terms.words), startsWithRank(agencies.name, terms.words), asc(agencies.name))
      .limit(limit);
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: [r.code, t(ctx.locale, `agencies.kind.${r.kind}`), r.status === 'retired' ? t(ctx.locale, 'common.status.retired') : null].filter(Boolean).join(' · '),
      path: `/agencies/${r.id}`,
    }));
  },
};
