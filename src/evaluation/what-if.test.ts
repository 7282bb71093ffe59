import { describe, expect, it } from 'vitest';
import { findFramework } from './frameworks';
import type { IndicatorLevels, Level } from './types';
import { improvementPriorities, whatIf } from './what-if';

const spbe = findFramework('permenpanrb-59-2020');
const pemdi = findFramework('permenpanrb-8-2026');

function allAt(count: number, level: Level): Record<number, Level> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [index + 1, level]));
}

describe('whatIf over PermenPANRB 59/2020 Lampiran Bab II huruf B angka 4', () => {
  // All at 2, so Indeks SPBE = 2,00 (Cukup).
  const levels: IndicatorLevels = allAt(47, 2);

  it('indicator 13 (Tabel 9: BI 2,50) from level 2 to 4 raises the index by 2 × 2,50/100 = 0,05', () => {
    const result = whatIf(spbe, levels, { 13: 4 });
    expect(result.before.index.reported).toBe(2);
    expect(result.after.index.reported).toBe(2.05);
    expect(result.delta.exact).toBeCloseTo(0.05, 12);
    expect(result.delta.reported).toBe(0.05);
    expect(result.changes).toEqual([{ indicator: 13, from: 2, to: 4 }]);
    // Tabel 10: Aspek 2 becomes (2+2+4+2) × 2,50 / 10 = 2,50; Tabel 11: Domain 2 = (25+20+10)/25 = 2,20
    expect(result.after.aspects.find((aspect) => aspect.number === 2)?.value.reported).toBe(2.5);
    expect(result.after.domains.find((domain) => domain.number === 2)?.value.reported).toBe(2.2);
  });

  it('Tabel 13: changes that lift the index across 2,6 turn Cukup into Baik', () => {
    const domain4ToThree = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [32 + index, 3 as Level]));
    const result = whatIf(spbe, levels, domain4ToThree);
    // Σ NI×BI = 200 + 45,50 (each of ind. 32–47 one level up) = 245,50 → 2,455 → reported 2,46: still Cukup
    expect(result.after.index.exact).toBeCloseTo(2.455, 12);
    expect(result.after.index.reported).toBe(2.46);
    expect(result.after.predicate.name).toBe('Cukup');
    const further = whatIf(spbe, levels, { ...domain4ToThree, 11: 5, 12: 5 });
    // + 2 × 3 × 2,50 = 15,00 → 260,50 → 2,605 → 2,61 ≥ 2,6: Baik
    expect(further.after.index.reported).toBe(2.61);
    expect(further.after.predicate.name).toBe('Baik');
  });

  it('changes to the level an indicator already has are not listed and do not move the index', () => {
    const result = whatIf(spbe, levels, { 7: 2 });
    expect(result.changes).toEqual([]);
    expect(result.delta).toEqual({ exact: 0, reported: 0 });
  });
});

describe('improvementPriorities: gain of one more level on the final index (PermenPANRB 59/2020 Tabel 9 weights)', () => {
  it('ranks Aspek 8 indicators (BI 3,00) first, then Aspek 7 (2,75), 2–4 (2,50), 5–6 (1,50), 1 (1,30); ties by number', () => {
    const priorities = improvementPriorities(spbe, allAt(47, 3));
    expect(priorities).toHaveLength(47);
    expect(priorities.slice(0, 7).map((priority) => priority.indicator)).toEqual([42, 43, 44, 45, 46, 47, 32]);
    expect(priorities[0]).toMatchObject({ indicator: 42, code: 'I42', currentLevel: 3, nextLevel: 4 });
    expect(priorities[0]?.gain).toBeCloseTo(0.03, 12);
    expect(priorities[6]?.gain).toBeCloseTo(0.0275, 12);
    expect(priorities[16]).toMatchObject({ indicator: 11 });
    expect(priorities[16]?.gain).toBeCloseTo(0.025, 12);
    expect(priorities[26]).toMatchObject({ indicator: 21 });
    expect(priorities[26]?.gain).toBeCloseTo(0.015, 12);
    expect(priorities.at(-1)).toMatchObject({ indicator: 10 });
    expect(priorities.at(-1)?.gain).toBeCloseTo(0.013, 12);
  });

  it('leaves out indicators already at level 5 (Optimum), and each gain equals the whatIf delta', () => {
    const levels = { ...allAt(47, 3), 42: 5, 43: 5 } as IndicatorLevels;
    const priorities = improvementPriorities(spbe, levels);
    expect(priorities).toHaveLength(45);
    expect(priorities[0]?.indicator).toBe(44);
    const first = priorities[0]!;
    expect(whatIf(spbe, levels, { [first.indicator]: first.nextLevel }).delta.exact).toBeCloseTo(first.gain, 12);
  });

  it('8/2026 weights (secondary sources): indicator 20 (bobot 15) comes first, then 19 (10)', () => {
    const priorities = improvementPriorities(pemdi, allAt(20, 2));
    expect(priorities.slice(0, 2).map((priority) => priority.indicator)).toEqual([20, 19]);
    expect(priorities[0]?.gain).toBeCloseTo(0.15, 12);
  });
});
