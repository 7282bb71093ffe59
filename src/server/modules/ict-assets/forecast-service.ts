import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { listAllAgencies } from '../agencies/service';
import { findForecastAssets, findUsefulLives } from './queries';
import { forecastReplacements } from './replacement-forecast';

/** Dumai 18/2019 Ps 19(5): the replacement forecast over the assets the person may see. */
export async function getReplacementForecast(db: DB, ctx: RequestContext, agencyId?: string) {
  authorize(ctx.actor, 'ictAsset.read');
  const [assets, lives, all] = await Promise.all([findForecastAssets(db, ctx.tenantId, ctx.actor, agencyId), findUsefulLives(db, ctx.tenantId), listAllAgencies(db, ctx.tenantId)]);
  return forecastReplacements(assets, lives, new Date().toISOString().slice(0, 10), new Map(all.map((a) => [a.id, a.name])));
}
