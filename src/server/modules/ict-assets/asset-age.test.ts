import { describe, expect, it } from 'vitest';
import { ageInMonths, resolveUsefulLives, usefulLifeEndsOn } from './asset-age';
import { defaultUsefulLifeYears } from '../../../shared/ict-assets';

describe('asset age (Dumai 18/2019 Ps 19(5): every device has its age recorded)', () => {
  it('counts whole months, the month completing on the acquisition day', () => {
    expect(ageInMonths('2023-03-15', '2023-03-15')).toBe(0);
    expect(ageInMonths('2023-03-15', '2023-04-14')).toBe(0);
    expect(ageInMonths('2023-03-15', '2023-04-15')).toBe(1);
    expect(ageInMonths('2023-03-15', '2026-12-03')).toBe(44);
    expect(ageInMonths('2020-01-31', '2020-02-29')).toBe(0);
  });

  it('is never negative (a day ahead in the easternmost zone)', () => {
    expect(ageInMonths('2026-12-04', '2026-12-03')).toBe(0);
  });

  it('the useful life ends on the acquisition day that many years on; 29 February ends on 28 February', () => {
    expect(usefulLifeEndsOn('2023-03-15', 4)).toBe('2027-03-15');
    expect(usefulLifeEndsOn('2024-02-29', 5)).toBe('2029-02-28');
    expect(usefulLifeEndsOn('2024-02-29', 4)).toBe('2028-02-29');
  });

  it("the tenant's years override Simpul's defaults per category; unknown categories are ignored", () => {
    const lives = resolveUsefulLives([
      { category: 'server', years: 7 },
      { category: 'toaster', years: 1 },
    ]);
    expect(lives.server).toBe(7);
    expect(lives.laptop).toBe(defaultUsefulLifeYears.laptop);
    expect(Object.keys(lives)).not.toContain('toaster');
  });
});
