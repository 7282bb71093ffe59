import { forecastYears, type IctAssetCategory, type ReplacementForecastView } from '../../../shared/ict-assets';
import { usefulLifeEndsOn, type UsefulLives } from './asset-age';

export interface ForecastAsset {
  agencyId: string;
  category: IctAssetCategory;
  acquiredOn: string;
  /** of all the assets this entry stands for */
  acquisitionValue: number;
  condition: 'good' | 'minor_damage' | 'major_damage';
  /** how many assets this entry stands for (the query groups those acquired in one year); 1 when absent */
  count?: number;
}

interface Bucket {
  count: number;
  cost: number;
}

const empty = (): Bucket => ({ count: 0, cost: 0 });
const add = (b: Bucket, cost: number, count: number) => {
  b.count += count;
  b.cost += cost;
};

/**
 * Dumai 18/2019 Ps 19(5): every ICT device's age and condition are recorded "agar dapat
 * diantisipasi penggantiannya". For the year of `today` and the four after it, per agency and
 * category, the number of active assets whose useful life ends that year and what replacing
 * them costs. Interpretations (docs/ict-assets.md): the estimated cost is the acquisition
 * value (no price index is held); a life that ended before this year, or an asset broken
 * beyond repair (rusak berat), is due now and counted as overdue.
 */
export function forecastReplacements(
  assets: readonly ForecastAsset[],
  lives: UsefulLives,
  today: string,
  agencyNames: ReadonlyMap<string, string>,
): ReplacementForecastView {
  const first = Number(today.slice(0, 4));
  const years = Array.from({ length: forecastYears }, (_, i) => first + i);
  const rows = new Map<string, ReplacementForecastView['rows'][number]>();
  const totals = { overdue: empty(), byYear: years.map(empty) };
  for (const asset of assets) {
    const endYear = Number(usefulLifeEndsOn(asset.acquiredOn, lives[asset.category]).slice(0, 4));
    const due = asset.condition === 'major_damage' || endYear < first;
    const index = endYear - first;
    if (!due && index >= forecastYears) continue;
    const key = `${asset.agencyId}|${asset.category}`;
    let row = rows.get(key);
    if (!row) {
      row = { agencyId: asset.agencyId, agencyName: agencyNames.get(asset.agencyId) ?? '', category: asset.category, overdue: empty(), byYear: years.map(empty) };
      rows.set(key, row);
    }
    const n = asset.count ?? 1;
    if (due) {
      add(row.overdue, asset.acquisitionValue, n);
      add(totals.overdue, asset.acquisitionValue, n);
    } else {
      add(row.byYear[index], asset.acquisitionValue, n);
      add(totals.byYear[index], asset.acquisitionValue, n);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'id') || a.category.localeCompare(b.category));
  return { years, rows: sorted, totals };
}
