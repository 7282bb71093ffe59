import { and, asc, eq } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { matchesWords, startsWithRank } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { users } from './tables';

/** People by name or e-mail, only for who may read the people directory (user.list: the administrator). */
export const personSearch: SearchProvider = {
  group: 'person',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'user.list')) return [];
    const rows = await db
      .select({ id: users.id, name: users.name, email: users.email, status: users.status })
      .from(users)
      .where(and(eq(users.tenantId, ctx.tenantId), matchesWords([users.name, users.email], terms.words)))
      .orderBy(asc(users.status), startsWithRank(users.name, terms.words), asc(users.name), asc(users.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, title: r.name, detail: [r.email, r.status === 'disabled' ? t(ctx.locale, 'web.people.status.disabled') : null].filter(Boolean).join(' · '), path: `/people/${r.id}` }));
  },
};
