import { describe, expect, it } from 'vitest';
import {
  calculateAspectIndex,
  calculateDomainIndex,
  calculateIndex,
  calculateOverallIndex,
  findMissingIndicators,
  findPredicate,
} from './calculator';
import { EvaluationError } from './errors';
import { findFramework } from './frameworks';
import type { EvaluationFramework, IndicatorLevels, Level } from './types';

const spbe = findFramework('permenpanrb-59-2020');
const pemdi = findFramework('permenpanrb-8-2026');

/** Levels for indicators 1..n in order. */
function levelsInOrder(levels: readonly Level[]): IndicatorLevels {
  return Object.fromEntries(levels.map((level, index) => [index + 1, level]));
}

function uniformLevels(framework: EvaluationFramework, level: Level): IndicatorLevels {
  return levelsInOrder(framework.indicators.map(() => level));
}

function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EvaluationError) return error.code;
    throw error;
  }
  return undefined;
}

/*
 * A full 47-indicator assessment, computed by hand with the weights of Tabel 7–9
 * (PermenPANRB 59/2020 Lampiran Bab II huruf B angka 2):
 *
 * Aspek 1 (ind. 1–10, BI 1,30, BA 13,00): 3 2 2 3 1 2 2 3 1 2 → Σ levels 21 → Σ NI×BI 27,30 → 27,30/13 = 2,10
 * Aspek 2 (ind. 11–14, BI 2,50, BA 10,00): 3 2 2 1 → 8 → 20,00 → 20,00/10 = 2,00
 * Aspek 3 (ind. 15–18, BI 2,50, BA 10,00): 3 3 2 2 → 10 → 25,00 → 25,00/10 = 2,50
 * Aspek 4 (ind. 19–20, BI 2,50, BA 5,00):  3 2 → 5 → 12,50 → 12,50/5 = 2,50
 * Aspek 5 (ind. 21–28, BI 1,50, BA 12,00): 2 1 2 1 2 1 1 2 → 12 → 18,00 → 18,00/12 = 1,50
 * Aspek 6 (ind. 29–31, BI 1,50, BA 4,50):  1 1 2 → 4 → 6,00 → 6,00/4,5 = 1,3333… → 1,33
 * Aspek 7 (ind. 32–41, BI 2,75, BA 27,50): 3 3 4 3 3 2 3 2 3 2 → 28 → 77,00 → 77,00/27,5 = 2,80
 * Aspek 8 (ind. 42–47, BI 3,00, BA 18,00): 3 2 3 2 2 1 → 13 → 39,00 → 39,00/18 = 2,1666… → 2,17
 *
 * Domain 1 (BD 13,00): 2,10×13 / 13 = 2,10
 * Domain 2 (BD 25,00): (2,00×10 + 2,50×10 + 2,50×5) / 25 = 57,50/25 = 2,30
 * Domain 3 (BD 16,50): (1,50×12 + 1,3333…×4,5) / 16,5 = (18,00 + 6,00)/16,5 = 1,4545… → 1,45
 * Domain 4 (BD 45,50): (2,80×27,5 + 2,1666…×18) / 45,5 = (77,00 + 39,00)/45,5 = 2,5494… → 2,55
 *
 * Indeks SPBE = (2,10×13 + 2,30×25 + 1,4545…×16,5 + 2,5494…×45,5) / 100
 *             = (27,30 + 57,50 + 24,00 + 116,00) / 100 = 224,80/100 = 2,248 → 2,25 → Cukup (1,8 ≤ 2,25 < 2,6)
 */
const handComputedLevels = levelsInOrder([
  3, 2, 2, 3, 1, 2, 2, 3, 1, 2, // aspek 1
  3, 2, 2, 1, // aspek 2
  3, 3, 2, 2, // aspek 3
  3, 2, // aspek 4
  2, 1, 2, 1, 2, 1, 1, 2, // aspek 5
  1, 1, 2, // aspek 6
  3, 3, 4, 3, 3, 2, 3, 2, 3, 2, // aspek 7
  3, 2, 3, 2, 2, 1, // aspek 8
]);

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 4: worked examples', () => {
  it('Tabel 10: Aspek 2 with NI 3, 4, 3, 2 × BI 2,50 gives Σ 30,00 and 1/10 × 30,00 = 3,00', () => {
    expect(calculateAspectIndex(spbe, 2, { 11: 3, 12: 4, 13: 3, 14: 2 })).toEqual({ exact: 3, reported: 3 });
  });

  it('Tabel 11: Domain 2 with NA 3,00 / 4,00 / 3,00 × BA 10 / 10 / 5 gives Σ 85,00 and 1/25 × 85,00 = 3,40', () => {
    expect(calculateDomainIndex(spbe, 2, { 2: 3.0, 3: 4.0, 4: 3.0 })).toEqual({ exact: 3.4, reported: 3.4 });
  });

  it('Tabel 12: ND 3,70 / 3,40 / 3,00 / 3,20 × BD 13 / 25 / 16,5 / 45,5 gives Σ 328,20 and 1/100 × 328,20 = 3,28', () => {
    const index = calculateOverallIndex(spbe, { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 });
    expect(index.exact).toBeCloseTo(3.282, 12);
    expect(index.reported).toBe(3.28);
    // Tabel 13: 2,6 ≤ 3,28 < 3,5
    expect(findPredicate(spbe, index.reported).name).toBe('Baik');
  });

  it('Tabel 10–11 through the full calculator: the example levels give Aspek 2 = 3,00 and Domain 2 = 3,40', () => {
    // Aspek 3 all at 4 gives its NA 4,00, Aspek 4 all at 3 gives 3,00, as in Tabel 11.
    const levels = { ...uniformLevels(spbe, 3), 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4 } as IndicatorLevels;
    const result = calculateIndex(spbe, levels);
    expect(result.aspects.find((aspect) => aspect.number === 2)?.value.reported).toBe(3);
    expect(result.aspects.find((aspect) => aspect.number === 3)?.value.reported).toBe(4);
    expect(result.domains.find((domain) => domain.number === 2)?.value.reported).toBe(3.4);
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 4: a full 47-indicator computation', () => {
  const result = calculateIndex(spbe, handComputedLevels);

  it('aspect indices match the hand computation (Tabel 10 form)', () => {
    expect(result.aspects.map((aspect) => aspect.value.reported)).toEqual([2.1, 2.0, 2.5, 2.5, 1.5, 1.33, 2.8, 2.17]);
    expect(result.aspects[5]?.value.exact).toBeCloseTo(4 / 3, 12);
  });

  it('domain indices match the hand computation (Tabel 11 form)', () => {
    expect(result.domains.map((domain) => domain.value.reported)).toEqual([2.1, 2.3, 1.45, 2.55]);
    expect(result.domains[3]?.value.exact).toBeCloseTo(116 / 45.5, 12);
  });

  it('Indeks SPBE is 224,80/100 = 2,248, reported 2,25, predicate Cukup (Tabel 12, Tabel 13)', () => {
    expect(result.index.exact).toBeCloseTo(2.248, 12);
    expect(result.index.reported).toBe(2.25);
    expect(result.predicate.key).toBe('fair');
    expect(result.predicate.name).toBe('Cukup');
  });

  it('Tabel 9 gives weights in percent of the index, so Indeks SPBE = Σ(NI × BI)/100 over all 47 indicators', () => {
    let seed = 7;
    for (let round = 0; round < 25; round += 1) {
      const levels = levelsInOrder(
        spbe.indicators.map(() => {
          seed = (seed * 48271) % 2147483647;
          return ((seed % 5) + 1) as Level;
        }),
      );
      const direct = spbe.indicators.reduce((sum, indicator) => sum + levels[indicator.number] * indicator.weight, 0) / 100;
      expect(calculateIndex(spbe, levels).index.exact).toBeCloseTo(direct, 10);
    }
  });

  it('all indicators at level 1 give 1,00 (Kurang) and all at level 5 give 5,00 (Memuaskan)', () => {
    expect(calculateIndex(spbe, uniformLevels(spbe, 1)).index).toEqual({ exact: 1, reported: 1 });
    expect(calculateIndex(spbe, uniformLevels(spbe, 1)).predicate.key).toBe('poor');
    expect(calculateIndex(spbe, uniformLevels(spbe, 5)).index).toEqual({ exact: 5, reported: 5 });
    expect(calculateIndex(spbe, uniformLevels(spbe, 5)).predicate.key).toBe('satisfactory');
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 5, Tabel 13: predicate bands, lower bounds inclusive', () => {
  it.each([
    [5.0, 'Memuaskan'],
    [4.2, 'Memuaskan'],
    [4.19, 'Sangat Baik'],
    [3.5, 'Sangat Baik'],
    [3.49, 'Baik'],
    [2.6, 'Baik'],
    [2.59, 'Cukup'],
    [1.8, 'Cukup'],
    [1.79, 'Kurang'],
    [1.0, 'Kurang'],
  ])('index %s is %s', (index, name) => {
    expect(findPredicate(spbe, index).name).toBe(name);
  });

  // Σ NI×BI = 500 − 2 × 2,75 (ind. 32–33 at level 4) − 10 × 3 × 2,50 (ind. 11–20 at level 2) = 419,50
  const onBoundary = { ...uniformLevels(spbe, 5), 32: 4, 33: 4 } as Record<number, Level>;
  for (let number = 11; number <= 20; number += 1) onBoundary[number] = 2;

  it('Tabel 12 reports two decimals: an exact 4,195 is reported 4,20 (half up) and so is Memuaskan', () => {
    const result = calculateIndex(spbe, onBoundary);
    expect(result.index.exact).toBeCloseTo(4.195, 12);
    expect(result.index.reported).toBe(4.2);
    expect(result.predicate.name).toBe('Memuaskan');
  });

  it('a framework whose method reads the predicate from the exact value puts the same 4,195 in Sangat Baik', () => {
    const exactBasis: EvaluationFramework = { ...spbe, method: { ...spbe.method, predicateBasis: 'exact_value' } };
    expect(calculateIndex(exactBasis, onBoundary).predicate.name).toBe('Sangat Baik');
  });
});

describe('PermenPANRB 59/2020 Lampiran Bab II huruf B angka 3: input levels', () => {
  it('every one of the 47 indicators needs a level before an index exists', () => {
    const { 47: _last, ...withoutLast } = handComputedLevels;
    expect(findMissingIndicators(spbe, withoutLast)).toEqual([47]);
    expect(errorCodeOf(() => calculateIndex(spbe, withoutLast))).toBe('EVALUATION_LEVELS_INCOMPLETE');
  });

  it('a level is one of tingkat 1–5; 0 and 6 are refused', () => {
    expect(errorCodeOf(() => calculateIndex(spbe, { ...handComputedLevels, 5: 0 as Level }))).toBe('EVALUATION_LEVEL_INVALID');
    expect(errorCodeOf(() => calculateIndex(spbe, { ...handComputedLevels, 5: 6 as Level }))).toBe('EVALUATION_LEVEL_INVALID');
  });

  it('there is no indicator 48', () => {
    expect(errorCodeOf(() => calculateIndex(spbe, { ...handComputedLevels, 48: 3 }))).toBe('EVALUATION_UNKNOWN_INDICATOR');
  });
});

describe('PermenPANRB 8/2026 (secondary sources): the same calculator without a domain level', () => {
  it('all indicators at level 3 give aspect indices and an index of 3,00, and no domains', () => {
    const result = calculateIndex(pemdi, uniformLevels(pemdi, 3));
    expect(result.domains).toEqual([]);
    expect(result.aspects).toHaveLength(7);
    expect(result.index).toEqual({ exact: 3, reported: 3 });
  });

  it('unequal weights inside Aspek 3 (5, 3, 3, 4) weigh the indicators: levels 5, 1, 1, 1 give (25+3+3+4)/15 = 2,33', () => {
    const levels = { ...uniformLevels(pemdi, 1), 5: 5 } as IndicatorLevels;
    const result = calculateIndex(pemdi, levels);
    expect(result.aspects.find((aspect) => aspect.number === 3)?.value.reported).toBe(2.33);
    // Index: (Σ all at 1 = 100, plus 4 × 5 for indicator 5) / 100 = 1,20
    expect(result.index.exact).toBeCloseTo(1.2, 12);
    expect(result.predicate.name).toBe('Kurang');
  });
});
