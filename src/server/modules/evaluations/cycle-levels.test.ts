import { describe, expect, it } from 'vitest';
import { calculateIndex, findFramework, type Level } from '../../../evaluation';
import { collectLevels, scoreCycle, type IndicatorScore } from './cycle-levels';

const spbe = findFramework('permenpanrb-59-2020');

function scores(level: number | null, overrides: Record<number, Partial<IndicatorScore>> = {}): IndicatorScore[] {
  return spbe.indicators.map((i) => ({ indicatorNumber: i.number, selfLevel: level, verifiedLevel: null, ...overrides[i.number] }));
}

describe('cycle results through the pure calculator (PermenPANRB 59/2020 Lampiran Bab II huruf B angka 4)', () => {
  it('Dumai 67/2022 Ps 33(5): the assessor’s verified level counts over the self-assessed one', () => {
    const all = scores(3, { 13: { selfLevel: 5, verifiedLevel: 2 } });
    expect(collectLevels(all, 'self')[13]).toBe(5);
    expect(collectLevels(all, 'final')[13]).toBe(2);
    const result = scoreCycle(spbe, all);
    const expected = calculateIndex(spbe, { ...collectLevels(all, 'final') } as Record<number, Level>);
    expect(result.final).toEqual(expected);
    // 46 × 3 at their weights plus indicator 13 (BI 2,50) at 2 instead of 3: 3,00 − 0,025 = 2,975 → 2,98
    expect(result.final.index.reported).toBe(2.98);
    // the self-assessed index has 13 at 5: 3,00 + 2 × 0,025 = 3,05
    expect(result.selfAssessed.index.reported).toBe(3.05);
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('59/2020 angka 3: an unscored indicator counts at level 1, so a partial index is a lower bound', () => {
    const partial = scores(null, { 1: { selfLevel: 5 }, 2: { selfLevel: 5 } });
    const result = scoreCycle(spbe, partial);
    expect(result.complete).toBe(false);
    expect(result.missing).toHaveLength(45);
    // all at 1 = 1,00; indicators 1 and 2 (BI 1,30 each) four levels up: + 2 × 4 × 1,30/100 = 0,104 → 1,10
    expect(result.final.index.reported).toBe(1.1);
    expect(result.final.predicate.key).toBe('poor');
  });

  it('improvement priorities come from the counting levels, largest weighted gain first', () => {
    const result = scoreCycle(spbe, scores(5, { 1: { selfLevel: 2 }, 11: { selfLevel: 4, verifiedLevel: 3 } }));
    // indicator 11 (BI 2,50) gains 0,025 per level, indicator 1 (BI 1,30) 0,013
    expect(result.priorities.map((p) => p.indicator)).toEqual([11, 1]);
    expect(result.priorities[0]).toMatchObject({ currentLevel: 3, nextLevel: 4 });
  });
});
