import { defaultUsefulLifeYears, type IctAssetCategory } from '../../../shared/ict-assets';

/** Whole months from `acquiredOn` to `today` (both YYYY-MM-DD); 0 before the first full month. */
export function ageInMonths(acquiredOn: string, today: string): number {
  const [ay, am, ad] = acquiredOn.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const months = (ty - ay) * 12 + (tm - am) - (td < ad ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The day the useful life ends: the acquisition day that many years on. A 29 February
 * acquisition ends on 28 February of a year that has none (never rolls into March).
 */
export function usefulLifeEndsOn(acquiredOn: string, years: number): string {
  const [y, m, d] = acquiredOn.split('-').map(Number);
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export type UsefulLives = Readonly<Record<IctAssetCategory, number>>;

/** The tenant's settings over Simpul's defaults. */
export function resolveUsefulLives(custom: readonly { category: string; years: number }[]): UsefulLives {
  const lives: Record<string, number> = { ...defaultUsefulLifeYears };
  for (const c of custom) if (c.category in lives) lives[c.category] = c.years;
  return lives as UsefulLives;
}
