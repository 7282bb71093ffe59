import {
  assertLevels,
  computeExactIndices,
  presentResult,
  roundIndex,
  type IndexResult,
  type IndexValue,
} from './calculator';
import { compareFractions, fractionToNumber, subtractFractions } from './fraction';
import type { EvaluationFramework, IndicatorLevels, Level } from './types';

export interface WhatIfResult {
  before: IndexResult;
  after: IndexResult;
  /** after − before, exact and between the reported values. */
  delta: IndexValue;
  /** The changes that differ from the current levels. */
  changes: { indicator: number; from: Level; to: Level }[];
}

/** What the index would be if some indicators had other levels ("indicator 13 to level 4"). */
export function whatIf(framework: EvaluationFramework, levels: IndicatorLevels, changes: IndicatorLevels): WhatIfResult {
  assertLevels(framework, levels, true);
  assertLevels(framework, changes, false);
  const before = computeExactIndices(framework, levels);
  const after = computeExactIndices(framework, { ...levels, ...changes });
  const reportedDelta = subtractFractions(roundIndex(framework, after.index), roundIndex(framework, before.index));
  return {
    before: presentResult(framework, before),
    after: presentResult(framework, after),
    delta: {
      exact: fractionToNumber(subtractFractions(after.index, before.index)),
      reported: fractionToNumber(reportedDelta),
    },
    changes: Object.entries(changes)
      .map(([key, to]) => ({ indicator: Number(key), from: levels[Number(key)], to }))
      .filter((change) => change.from !== change.to),
  };
}

export interface ImprovementPriority {
  indicator: number;
  code: string;
  currentLevel: Level;
  nextLevel: Level;
  /** Exact rise of the overall index when this indicator goes up one level. */
  gain: number;
}

/**
 * Indicators below level 5, ordered by how much one more level raises the overall index
 * (largest first), ties broken by indicator number.
 */
export function improvementPriorities(framework: EvaluationFramework, levels: IndicatorLevels): ImprovementPriority[] {
  assertLevels(framework, levels, true);
  const base = computeExactIndices(framework, levels).index;
  const candidates = framework.indicators
    .filter((indicator) => levels[indicator.number] < 5)
    .map((indicator) => {
      const currentLevel = levels[indicator.number];
      const nextLevel = (currentLevel + 1) as Level;
      const raised = computeExactIndices(framework, { ...levels, [indicator.number]: nextLevel }).index;
      return { indicator, currentLevel, nextLevel, gain: subtractFractions(raised, base) };
    });
  candidates.sort((a, b) => compareFractions(b.gain, a.gain) || a.indicator.number - b.indicator.number);
  return candidates.map(({ indicator, currentLevel, nextLevel, gain }) => ({
    indicator: indicator.number,
    code: indicator.code,
    currentLevel,
    nextLevel,
    gain: fractionToNumber(gain),
  }));
}
