import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database';
import { actorAgencyIds, readsWholeTenant, type Actor } from '../../platform/policy/actor';
import type { IctAssetListQuery } from '../../../shared/ict-assets';
import { ictAssetSearchText, ictAssets, ictAssetUsefulLives } from './tables';
import { resolveUsefulLives } from './asset-age';

export async function findIctAsset(db: Queryable, tenantId: string, id: string) {
  const [row] = await db.select().from(ictAssets).where(and(eq(ictAssets.tenantId, tenantId), eq(ictAssets.id, id)));
  return row ?? null;
}

/** The rows an actor may see, as a WHERE fragment (mirrors the policy's ictAsset.read). */
export function visibleIctAssets(actor: Actor): SQL | undefined {
  if (readsWholeTenant(actor)) return undefined;
  const mine = actorAgencyIds(actor);
  // a person with no role in any agency sees none
  return mine.length === 0 ? sql`false` : inArray(ictAssets.agencyId, mine);
}

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

export function ictAssetListWhere(tenantId: string, actor: Actor, query: IctAssetListQuery) {
  return and(
    eq(ictAssets.tenantId, tenantId),
    visibleIctAssets(actor),
    query.status === 'all' ? undefined : eq(ictAssets.status, query.status),
    query.agencyId ? eq(ictAssets.agencyId, query.agencyId) : undefined,
    query.category ? eq(ictAssets.category, query.category) : undefined,
    query.condition ? eq(ictAssets.condition, query.condition) : undefined,
    query.receivedFrom === 'any' ? isNotNull(ictAssets.receivedFrom) : undefined,
    query.q
      ? sql`(${ictAssetSearchText(ictAssets)}) ILIKE ${like(query.q)}`
      : undefined,
  );
}

export async function findCustomUsefulLives(db: Queryable, tenantId: string) {
  return db.select({ category: ictAssetUsefulLives.category, years: ictAssetUsefulLives.years }).from(ictAssetUsefulLives).where(eq(ictAssetUsefulLives.tenantId, tenantId));
}

export async function findUsefulLives(db: Queryable, tenantId: string) {
  return resolveUsefulLives(await findCustomUsefulLives(db, tenantId));
}

/**
 * Active assets with what the forecast reads, among those the actor may see, grouped by agency,
 * category, year of acquisition and whether broken beyond repair: the useful life ends in the
 * acquisition year plus the life (usefulLifeEndsOn), so one entry per group forecasts exactly what
 * its assets would one by one, and a city's 50,000 assets leave the database as a few thousand
 * rows (bench/ict-assets.ts: sending every row cost more than the 300 ms target on PGlite).
 */
export async function findForecastAssets(db: Queryable, tenantId: string, actor: Actor, agencyId?: string) {
  const year = sql`extract(year from ${ictAssets.acquiredOn})`;
  const broken = sql`(${ictAssets.condition} = 'major_damage')`;
  const rows = await db
    .select({
      agencyId: ictAssets.agencyId,
      category: ictAssets.category,
      acquiredOn: sql<string>`min(${ictAssets.acquiredOn})::text`,
      acquisitionValue: sql<string>`sum(${ictAssets.acquisitionValue})::text`,
      broken: sql<boolean>`${broken}`,
      count: sql<number>`count(*)::int`,
    })
    .from(ictAssets)
    .where(and(eq(ictAssets.tenantId, tenantId), eq(ictAssets.status, 'active'), visibleIctAssets(actor), agencyId ? eq(ictAssets.agencyId, agencyId) : undefined))
    .groupBy(ictAssets.agencyId, ictAssets.category, year, broken);
  return rows.map((r) => ({
    agencyId: r.agencyId,
    category: r.category,
    acquiredOn: r.acquiredOn,
    acquisitionValue: Number(r.acquisitionValue),
    // the forecast only asks whether an asset is broken beyond repair
    condition: r.broken ? ('major_damage' as const) : ('good' as const),
    count: r.count,
  }));
}
