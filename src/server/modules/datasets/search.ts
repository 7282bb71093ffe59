import { and, asc, eq, or, sql } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import { matchesWords, startsWithRank } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { findAgencyNames } from '../agencies/service';
import { visibleDatasets } from './queries';
import { datasets } from './tables';

/**
 * Datasets by title, tags or slug, and by the words of their search column; only those the
 * catalogue list shows the reader (visibleDatasets: another agency's draft or dataset under
 * review stays its producer's and steward's).
 */
export const datasetSearch: SearchProvider = {
  group: 'dataset',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'dataset.read')) return [];
    const rows = await db
      .select({ id: datasets.id, title: datasets.title, producerAgencyId: datasets.producerAgencyId, publicationStatus: datasets.publicationStatus })
      .from(datasets)
      .where(
        and(
          eq(datasets.tenantId, ctx.tenantId),
          visibleDatasets(ctx.actor),
          or(sql`${datasets.search} @@ websearch_to_tsquery('simple', ${terms.text})`, matchesWords([datasets.title, datasets.tagsText, datasets.slug], terms.words)),
        ),
      )
      .orderBy(sql`${datasets.publicationStatus} = 'retired'`, startsWithRank(datasets.title, terms.words), asc(datasets.title), asc(datasets.id))
      .limit(limit);
    const agencyNames = await findAgencyNames(db, ctx.tenantId, rows.map((r) => r.producerAgencyId));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: [agencyNames.get(r.producerAgencyId), t(ctx.locale, `datasets.status.${r.publicationStatus}`)].filter(Boolean).join(' · '),
      path: `/datasets/${r.id}`,
    }));
  },
};
