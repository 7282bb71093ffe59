import { and, asc, eq } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { matchesWords, startsWithRank } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { findAgencyNames } from '../agencies/service';
import { domains, subdomains } from './tables';

const retiredLabel = (locale: 'id' | 'en', status: string) => (status === 'retired' ? t(locale, 'common.status.retired') : null);

// The domain registry is readable by everyone signed in (domain.read), as its list is.
export const domainSearch: SearchProvider = {
  group: 'domain',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'domain.read')) return [];
    const rows = await db
      .select({ id: domains.id, name: domains.name, decreeRef: domains.decreeRef, status: domains.status })
      .from(domains)
      .where(and(eq(domains.tenantId, ctx.tenantId), matchesWords([domains.name, domains.decreeRef], terms.words)))
      .orderBy(asc(domains.status), startsWithRank(domains.name, terms.words), asc(domains.name))
      .limit(limit);
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: [t(ctx.locale, 'search.kind.domain'), r.decreeRef, retiredLabel(ctx.locale, r.status)].filter(Boolean).join(' · '),
      path: '/subdomains',
    }));
  },
};

/** Subdomains by full name ("dinkes" finds dinkes.palukota.go.id) or description; opened in the list filtered to that name. */
export const subdomainSearch: SearchProvider = {
  group: 'domain',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'domain.read')) return [];
    const rows = await db
      .select({ id: subdomains.id, fqdn: subdomains.fqdn, ownerAgencyId: subdomains.ownerAgencyId, status: subdomains.status })
      .from(subdomains)
      .where(and(eq(subdomains.tenantId, ctx.tenantId), matchesWords([subdomains.fqdn, subdomains.description, subdomains.usage], terms.words)))
      .orderBy(asc(subdomains.status), startsWithRank(subdomains.fqdn, terms.words), asc(subdomains.fqdn), asc(subdomains.id))
      .limit(limit);
    const agencyNames = await findAgencyNames(db, ctx.tenantId, rows.map((r) => r.ownerAgencyId));
    return rows.map((r) => ({
      id: r.id,
      title: r.fqdn,
      detail: [t(ctx.locale, 'search.kind.subdomain'), agencyNames.get(r.ownerAgencyId), retiredLabel(ctx.locale, r.status)].filter(Boolean).join(' · '),
      path: `/subdomains?${new URLSearchParams({ q: r.fqdn, status: r.status })}`,
    }));
  },
};
