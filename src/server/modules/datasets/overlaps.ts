import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import type { Actor } from '../../platform/policy/actor';
import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { OverlapMatch, OverlapQuery, RegistryWarning } from '../../../shared/datasets';
import { agencies } from '../agencies/tables';
import { datasets } from './tables';
import { visibleDatasets } from './queries';
import { extractKeywords, toPrefixQuery } from './overlap-keywords';
import { findDatasetRules } from './rules-for-tenant';

/**
 * Dumai 18/2019 Ps 11(4): "OPD dilarang membuat aplikasi yang menghasilkan data sejenis yang
 * dimiliki oleh Produsen Data atau Walidata". The live datasets another agency produces that look
 * like the data an application draft would produce: the same database group, words of its name
 * or function in their title, description or tags, or the same source application. When an
 * actor is given, only records that person may read are named.
 */
export async function findOverlappingDatasets(db: Queryable, tenantId: string, draft: OverlapQuery, actor?: Actor): Promise<OverlapMatch[]> {
  const words = extractKeywords([draft.name, draft.businessFunction, ...draft.keywords]);
  const prefixQuery = toPrefixQuery(words);
  const byCategory = draft.category ? sql<boolean>`${datasets.category} = ${draft.category}` : sql<boolean>`false`;
  const byKeywords = prefixQuery
    ? sql<boolean>`${datasets.search} @@ to_tsquery('simple', ${prefixQuery})`
    : sql<boolean>`false`;
  const bySource = draft.sourceApplicationId ? sql<boolean>`${datasets.sourceApplicationId} = ${draft.sourceApplicationId}` : sql<boolean>`false`;
  const rows = await db
    .select({
      id: datasets.id,
      title: datasets.title,
      producerAgencyId: datasets.producerAgencyId,
      producerAgencyName: agencies.name,
      category: byCategory,
      keywords: byKeywords,
      source: bySource,
    })
    .from(datasets)
    .innerJoin(agencies, and(eq(agencies.tenantId, datasets.tenantId), eq(agencies.id, datasets.producerAgencyId)))
    .where(
      and(
        eq(datasets.tenantId, tenantId),
        ne(datasets.publicationStatus, 'retired'),
        // an agency's own data is not "data another producer owns"
        draft.ownerAgencyId ? ne(datasets.producerAgencyId, draft.ownerAgencyId) : undefined,
        actor ? visibleDatasets(actor) : undefined,
        or(byCategory, byKeywords, bySource),
      ),
    )
    .orderBy(datasets.title)
    .limit(20);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    producerAgencyId: r.producerAgencyId,
    producerAgencyName: r.producerAgencyName,
    matchedBy: [
      ...(r.category ? (['category'] as const) : []),
      ...(r.keywords ? (['keywords'] as const) : []),
      ...(r.source ? (['source_application'] as const) : []),
    ],
  }));
}

/**
 * The warning an application's create response carries when the tenant's regulations include
 * Dumai 18/2019 and other producers already own data of the kind; none otherwise.
 */
export async function findOverlapWarnings(
  db: Queryable,
  tenantId: string,
  locale: Locale,
  draft: OverlapQuery,
  actor?: Actor,
): Promise<RegistryWarning[]> {
  const rules = await findDatasetRules(db, tenantId);
  if (!rules.overlapRule) return [];
  const matches = await findOverlappingDatasets(db, tenantId, draft, actor);
  if (matches.length === 0) return [];
  return [
    {
      code: 'DATASET_OVERLAP',
      citation: 'Dumai 18/2019 Ps 11(4)',
      message: t(locale, 'datasets.warning.overlap', { count: matches.length, titles: matches.map((m) => m.title).join(', ') }),
      datasets: matches,
    },
  ];
}
