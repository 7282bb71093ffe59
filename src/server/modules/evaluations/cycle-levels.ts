import { calculateIndex, improvementPriorities, type ImprovementPriority, type IndexResult } from '../../../evaluation';
import type { EvaluationFramework, IndicatorLevels, Level } from '../../../evaluation';

export interface IndicatorScore {
  indicatorNumber: number;
  selfLevel: number | null;
  verifiedLevel: number | null;
}

/**
 * The level that counts for an indicator: the assessor's (Dumai 67/2022 Ps 33(5): the internal
 * assessor team does the technical evaluation) once verified, the agency's own before that.
 */
export function finalLevel(score: IndicatorScore): number | null {
  return score.verifiedLevel ?? score.selfLevel;
}

export function collectLevels(scores: readonly IndicatorScore[], basis: 'self' | 'final'): IndicatorLevels {
  const levels: Record<number, Level> = {};
  for (const score of scores) {
    const level = basis === 'self' ? score.selfLevel : finalLevel(score);
    if (level !== null) levels[score.indicatorNumber] = level as Level;
  }
  return levels;
}

export interface CycleScore {
  complete: boolean;
  /** indicators with no level yet; counted at level 1 so a partial index is a lower bound */
  missing: number[];
  selfAssessed: IndexResult;
  final: IndexResult;
  priorities: ImprovementPriority[];
}

/**
 * The cycle's results through the pure calculator. While indicators are still unscored they
 * count at level 1, the lowest level 59/2020 Lampiran Bab II huruf B angka 3 knows: the index
 * shown is then the least the cycle can still reach, and `complete` says so.
 */
export function scoreCycle(framework: EvaluationFramework, scores: readonly IndicatorScore[]): CycleScore {
  const byNumber = new Map(scores.map((s) => [s.indicatorNumber, s]));
  const missing = framework.indicators.map((i) => i.number).filter((n) => finalLevel(byNumber.get(n) ?? { indicatorNumber: n, selfLevel: null, verifiedLevel: null }) === null);
  const finalLevels = fillLevels(framework, collectLevels(scores, 'final'));
  return {
    complete: missing.length === 0,
    missing,
    selfAssessed: calculateIndex(framework, fillLevels(framework, collectLevels(scores, 'self'))),
    final: calculateIndex(framework, finalLevels),
    priorities: improvementPriorities(framework, finalLevels),
  };
}

/** Every indicator's level, unscored ones at level 1 (see scoreCycle). */
export function fillLevels(framework: EvaluationFramework, levels: IndicatorLevels): IndicatorLevels {
  const full: Record<number, Level> = {};
  for (const indicator of framework.indicators) full[indicator.number] = levels[indicator.number] ?? 1;
  return full;
}
