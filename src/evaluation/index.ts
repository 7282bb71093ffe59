export type * from './types';
export {
  calculateIndex,
  calculateAspectIndex,
  calculateDomainIndex,
  calculateOverallIndex,
  findMissingIndicators,
  findPredicate,
  type IndexResult,
  type IndexValue,
  type NodeIndex,
} from './calculator';
export { whatIf, improvementPriorities, type WhatIfResult, type ImprovementPriority } from './what-if';
export { compareYears, type YearAssessment, type YearComparison, type NodeChange } from './compare-years';
export { evaluationFrameworks, findFramework } from './frameworks';
export { parseFramework, evaluationFrameworkSchema } from './framework-schema';
export { EvaluationError, evaluationErrorCodes, type EvaluationErrorCode } from './errors';
