import {
  assertLevels,
  computeExactIndices,
  presentResult,
  roundIndex,
  type ExactIndices,
  type IndexResult,
  type IndexValue,
} from './calculator';
import { EvaluationError } from './errors';
import { fractionToNumber, subtractFractions, type Fraction } from './fraction';
import type { EvaluationFramework, IndicatorLevels, Level } from './types';

export interface YearAssessment {
  year: number;
  framework: EvaluationFramework;
  levels: IndicatorLevels;
}

export interface NodeChange {
  number: number;
  previous: IndexValue;
  current: IndexValue;
  delta: IndexValue;
}

export interface YearComparison {
  previous: { year: number; result: IndexResult };
  current: { year: number; result: IndexResult };
  /** Domains, aspects and indicators are compared only when both years use one framework. */
  sameFramework: boolean;
  index: { delta: IndexValue; predicateChanged: boolean };
  domains: NodeChange[];
  aspects: NodeChange[];
  indicators: { number: number; previous: Level; current: Level; delta: number }[];
}

interface Scored {
  framework: EvaluationFramework;
  exact: ExactIndices;
  result: IndexResult;
}

function score(assessment: YearAssessment): Scored {
  assertLevels(assessment.framework, assessment.levels, true);
  const exact = computeExactIndices(assessment.framework, assessment.levels);
  return { framework: assessment.framework, exact, result: presentResult(assessment.framework, exact) };
}

function subtractIndex(previous: Scored, a: Fraction, current: Scored, b: Fraction): IndexValue {
  const reported = subtractFractions(roundIndex(current.framework, b), roundIndex(previous.framework, a));
  return { exact: fractionToNumber(subtractFractions(b, a)), reported: fractionToNumber(reported) };
}

type NodeKind = 'domains' | 'aspects';

function compareNodes(previous: Scored, current: Scored, kind: NodeKind): NodeChange[] {
  const reported = (scored: Scored, number: number) =>
    scored.result[kind].find((node) => node.number === number)!.value;
  return [...current.exact[kind]].map(([number, after]) => {
    const before = previous.exact[kind].get(number)!;
    return {
      number,
      previous: reported(previous, number),
      current: reported(current, number),
      delta: subtractIndex(previous, before, current, after),
    };
  });
}

/** Change from one annual evaluation to a later one, also across a change of framework. */
export function compareYears(previous: YearAssessment, current: YearAssessment): YearComparison {
  if (previous.year >= current.year) {
    throw new EvaluationError('EVALUATION_YEARS_OUT_OF_ORDER', { previous: previous.year, current: current.year });
  }
  const before = score(previous);
  const after = score(current);
  const sameFramework = previous.framework.id === current.framework.id;
  return {
    previous: { year: previous.year, result: before.result },
    current: { year: current.year, result: after.result },
    sameFramework,
    index: {
      delta: subtractIndex(before, before.exact.index, after, after.exact.index),
      predicateChanged: before.result.predicate.key !== after.result.predicate.key,
    },
    domains: sameFramework ? compareNodes(before, after, 'domains') : [],
    aspects: sameFramework ? compareNodes(before, after, 'aspects') : [],
    indicators: sameFramework
      ? current.framework.indicators.map(({ number }) => ({
          number,
          previous: previous.levels[number],
          current: current.levels[number],
          delta: current.levels[number] - previous.levels[number],
        }))
      : [],
  };
}
