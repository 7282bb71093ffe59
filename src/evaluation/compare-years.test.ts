import { describe, expect, it } from 'vitest';
import { compareYears } from './compare-years';
import { EvaluationError } from './errors';
import { findFramework } from './frameworks';
import type { Level } from './types';

const spbe = findFramework('permenpanrb-59-2020');
const pemdi = findFramework('permenpanrb-8-2026');

function allAt(count: number, level: Level): Record<number, Level> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [index + 1, level]));
}

describe('compareYears (PermenPANRB 59/2020 Pasal 10: the index is a yearly performance target)', () => {
  it('within 59/2020 it compares the index, every domain, aspect and indicator', () => {
    const comparison = compareYears(
      { year: 2023, framework: spbe, levels: allAt(47, 2) },
      { year: 2024, framework: spbe, levels: { ...allAt(47, 2), 13: 4, 42: 3 } },
    );
    expect(comparison.sameFramework).toBe(true);
    // + 2 × 2,50 + 1 × 3,00 = 8,00 → 2,00 → 2,08
    expect(comparison.index.delta.exact).toBeCloseTo(0.08, 12);
    expect(comparison.index.delta.reported).toBe(0.08);
    expect(comparison.index.predicateChanged).toBe(false);
    expect(comparison.domains).toHaveLength(4);
    expect(comparison.aspects.find((aspect) => aspect.number === 2)?.delta.reported).toBe(0.5);
    // Aspek 8: one level on one of six equal indicators = 1/6 = 0,1666…, reported 2,17 − 2,00 = 0,17
    const aspect8 = comparison.aspects.find((aspect) => aspect.number === 8)!;
    expect(aspect8.delta.exact).toBeCloseTo(1 / 6, 12);
    expect(aspect8.delta.reported).toBe(0.17);
    expect(comparison.indicators.filter((indicator) => indicator.delta !== 0)).toEqual([
      { number: 13, previous: 2, current: 4, delta: 2 },
      { number: 42, previous: 2, current: 3, delta: 1 },
    ]);
  });

  it('flags a change of predicate (Tabel 13: 2,46 Cukup → 2,61 Baik)', () => {
    const before = { ...allAt(47, 2) } as Record<number, Level>;
    for (let number = 32; number <= 47; number += 1) before[number] = 3; // 245,50 → 2,455 → 2,46
    const after = { ...before, 11: 4, 12: 4 } as Record<number, Level>; // + 10,00 → 2,555 → 2,56: still Cukup
    after[13] = 3; // + 2,50 → 2,58
    after[14] = 3; // + 2,50 → 2,605 → 2,61: Baik
    const comparison = compareYears({ year: 2024, framework: spbe, levels: before }, { year: 2025, framework: spbe, levels: after });
    expect(comparison.previous.result.predicate.name).toBe('Cukup');
    expect(comparison.current.result.predicate.name).toBe('Baik');
    expect(comparison.index.predicateChanged).toBe(true);
    expect(comparison.index.delta.reported).toBe(0.15);
  });

  it('across the change of framework (2025 on 59/2020, 2026 on 8/2026) only the index and predicate are compared', () => {
    const comparison = compareYears(
      { year: 2025, framework: spbe, levels: allAt(47, 2) },
      { year: 2026, framework: pemdi, levels: allAt(20, 3) },
    );
    expect(comparison.sameFramework).toBe(false);
    expect(comparison.index.delta.reported).toBe(1);
    expect(comparison.domains).toEqual([]);
    expect(comparison.aspects).toEqual([]);
    expect(comparison.indicators).toEqual([]);
  });

  it('refuses a "previous" year that is not earlier', () => {
    const run = () =>
      compareYears({ year: 2025, framework: spbe, levels: allAt(47, 2) }, { year: 2025, framework: spbe, levels: allAt(47, 3) });
    expect(run).toThrow(EvaluationError);
  });
});
