import { describe, expect, it } from 'vitest';
import { forecastReplacements, type ForecastAsset } from './replacement-forecast';
import { resolveUsefulLives } from './asset-age';
import { ictAssetConditions } from '../../../shared/ict-assets';

const lives = resolveUsefulLives([
  { category: 'laptop', years: 4 },
  { category: 'server', years: 5 },
]);
const names = new Map([
  ['a', 'Dinas Kesehatan'],
  ['b', 'Bappeda'],
]);
const asset = (o: Partial<ForecastAsset>): ForecastAsset => ({ agencyId: 'a', category: 'laptop', acquiredOn: '2023-06-01', acquisitionValue: 10_000_000, condition: 'good', ...o });
const today = '2026-12-03';

describe('replacement forecast (Dumai 18/2019 Ps 19(5): age and condition recorded so replacement can be anticipated)', () => {
  it('covers the year of today and the four after it', () => {
    expect(forecastReplacements([], lives, today, names)).toEqual({
      years: [2026, 2027, 2028, 2029, 2030],
      rows: [],
      totals: { overdue: { count: 0, cost: 0 }, byYear: [0, 1, 2, 3, 4].map(() => ({ count: 0, cost: 0 })) },
    });
  });

  it('places each asset in the year its useful life ends, counted and costed by agency and category', () => {
    const f = forecastReplacements(
      [
        asset({ acquiredOn: '2023-06-01' }), // laptop, 4 y → 2027
        asset({ acquiredOn: '2023-01-10', acquisitionValue: 12_000_000 }), // → 2027
        asset({ category: 'server', acquiredOn: '2025-02-01', acquisitionValue: 250_000_000 }), // 5 y → 2030
        asset({ agencyId: 'b', acquiredOn: '2022-12-31' }), // → 2026 (this year, not yet overdue)
      ],
      lives,
      today,
      names,
    );
    expect(f.rows.map((r) => [r.agencyName, r.category])).toEqual([
      ['Bappeda', 'laptop'],
      ['Dinas Kesehatan', 'laptop'],
      ['Dinas Kesehatan', 'server'],
    ]);
    expect(f.rows[0].byYear[0]).toEqual({ count: 1, cost: 10_000_000 });
    expect(f.rows[1].byYear[1]).toEqual({ count: 2, cost: 22_000_000 });
    expect(f.rows[2].byYear[4]).toEqual({ count: 1, cost: 250_000_000 });
    expect(f.totals.byYear.map((b) => b.count)).toEqual([1, 2, 0, 0, 1]);
    expect(f.totals.overdue).toEqual({ count: 0, cost: 0 });
  });

  it('a life that ended before this year is due now (overdue); one ending after the fifth year is left out', () => {
    const f = forecastReplacements([asset({ acquiredOn: '2019-05-01' }), asset({ category: 'server', acquiredOn: '2026-01-01' })], lives, today, names);
    expect(f.rows).toHaveLength(1);
    expect(f.rows[0].overdue).toEqual({ count: 1, cost: 10_000_000 });
    expect(f.totals.byYear.every((b) => b.count === 0)).toBe(true);
  });

  it('only major damage (rusak berat) makes a young asset due now; every other condition keeps its year', () => {
    for (const condition of ictAssetConditions) {
      const f = forecastReplacements([asset({ acquiredOn: '2025-06-01', condition })], lives, today, names);
      const dueNow = f.totals.overdue.count === 1;
      expect(dueNow, condition).toBe(condition === 'major_damage');
      expect(f.totals.byYear[2029 - 2026].count, condition).toBe(condition === 'major_damage' ? 0 : 1);
    }
  });

  it("follows the tenant's useful life: a laptop kept 6 years instead of 4 moves two years later", () => {
    const longer = resolveUsefulLives([{ category: 'laptop', years: 6 }]);
    const f = forecastReplacements([asset({ acquiredOn: '2023-06-01' })], longer, today, names);
    expect(f.totals.byYear.map((b) => b.count)).toEqual([0, 0, 0, 1, 0]);
  });

  it('counts an entry that stands for several assets (the query groups them by acquisition year) as that many', () => {
    const f = forecastReplacements([asset({ acquiredOn: '2023-02-01', acquisitionValue: 30_000_000, count: 3 }), asset({ acquiredOn: '2020-03-01', condition: 'good', count: 2 })], lives, today, names);
    expect(f.totals.byYear[1]).toEqual({ count: 3, cost: 30_000_000 });
    expect(f.totals.overdue).toEqual({ count: 2, cost: 10_000_000 });
  });
});
