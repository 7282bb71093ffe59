import { toHundredths } from './fraction';
import type { EvaluationFramework } from './types';

export interface ConsistencyProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what a JSON schema cannot: that the tree hangs together and the weights add up the way
 * PermenPANRB 59/2020 Lampiran Bab II huruf B angka 2 defines them (Tabel 7–9: indicator weights
 * sum to their aspect's weight, aspect weights to their domain's, domain weights to 100).
 */
export function checkFrameworkConsistency(framework: EvaluationFramework): ConsistencyProblem[] {
  return [
    ...checkScales(framework),
    ...checkTree(framework),
    ...checkWeights(framework),
    ...checkPredicates(framework),
  ];
}

function findDuplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function checkScales(framework: EvaluationFramework): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  for (const key of findDuplicates(framework.scales.map((scale) => scale.key))) {
    problems.push({ path: ['scales'], message: `duplicate scale key ${key}` });
  }
  framework.scales.forEach((scale, index) => {
    if (scale.levels.some((level, position) => level.value !== position + 1)) {
      problems.push({ path: ['scales', index, 'levels'], message: 'levels must be 1, 2, 3, 4, 5 in order' });
    }
  });
  return problems;
}

function checkTree(framework: EvaluationFramework): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const { domains, aspects, indicators } = framework;
  const domainNumbers = new Set(domains?.map((domain) => domain.number));
  const scaleKeys = new Set(framework.scales.map((scale) => scale.key));

  for (const number of findDuplicates(domains?.map((domain) => domain.number) ?? [])) {
    problems.push({ path: ['domains'], message: `duplicate domain ${number}` });
  }
  for (const number of findDuplicates(aspects.map((aspect) => aspect.number))) {
    problems.push({ path: ['aspects'], message: `duplicate aspect ${number}` });
  }
  for (const code of findDuplicates(indicators.map((indicator) => indicator.code))) {
    problems.push({ path: ['indicators'], message: `duplicate indicator code ${code}` });
  }
  aspects.forEach((aspect, index) => {
    if (domains && (aspect.domain === undefined || !domainNumbers.has(aspect.domain))) {
      problems.push({ path: ['aspects', index, 'domain'], message: `aspect ${aspect.number} has no known domain` });
    }
    if (!domains && aspect.domain !== undefined) {
      problems.push({ path: ['aspects', index, 'domain'], message: 'framework has no domains' });
    }
    if (!indicators.some((indicator) => indicator.aspect === aspect.number)) {
      problems.push({ path: ['aspects', index], message: `aspect ${aspect.number} has no indicator` });
    }
  });
  domains?.forEach((domain, index) => {
    if (!aspects.some((aspect) => aspect.domain === domain.number)) {
      problems.push({ path: ['domains', index], message: `domain ${domain.number} has no aspect` });
    }
  });
  indicators.forEach((indicator, index) => {
    // Indicators are numbered 1..n as in the questionnaire; levels are keyed by that number.
    if (indicator.number !== index + 1) {
      problems.push({ path: ['indicators', index, 'number'], message: `expected indicator ${index + 1}` });
    }
    const aspect = aspects.find((candidate) => candidate.number === indicator.aspect);
    if (!aspect) {
      problems.push({ path: ['indicators', index, 'aspect'], message: `unknown aspect ${indicator.aspect}` });
    } else if (aspect.domain !== indicator.domain) {
      problems.push({ path: ['indicators', index, 'domain'], message: `domain differs from aspect ${aspect.number}` });
    }
    if (!scaleKeys.has(indicator.scale)) {
      problems.push({ path: ['indicators', index, 'scale'], message: `unknown scale ${indicator.scale}` });
    }
  });
  return problems;
}

function sumHundredths(weights: readonly number[]): number {
  return weights.reduce((sum, weight) => sum + toHundredths(weight), 0);
}

function checkWeights(framework: EvaluationFramework): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const { domains, aspects, indicators, method } = framework;
  aspects.forEach((aspect, index) => {
    const sum = sumHundredths(indicators.filter((i) => i.aspect === aspect.number).map((i) => i.weight));
    if (sum !== toHundredths(aspect.weight)) {
      problems.push({ path: ['aspects', index, 'weight'], message: `indicator weights sum to ${sum / 100}` });
    }
  });
  domains?.forEach((domain, index) => {
    const sum = sumHundredths(aspects.filter((a) => a.domain === domain.number).map((a) => a.weight));
    if (sum !== toHundredths(domain.weight)) {
      problems.push({ path: ['domains', index, 'weight'], message: `aspect weights sum to ${sum / 100}` });
    }
  });
  const top = sumHundredths((domains ?? aspects).map((node) => node.weight));
  if (top !== toHundredths(method.totalWeight)) {
    problems.push({ path: ['method', 'totalWeight'], message: `top-level weights sum to ${top / 100}` });
  }
  return problems;
}

function checkPredicates(framework: EvaluationFramework): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const { predicates } = framework;
  for (const key of findDuplicates(predicates.map((band) => band.key))) {
    problems.push({ path: ['predicates'], message: `duplicate predicate ${key}` });
  }
  predicates.forEach((band, index) => {
    const isLowest = index === predicates.length - 1;
    if (band.min === null && !isLowest) {
      problems.push({ path: ['predicates', index, 'min'], message: 'only the lowest band may be open below' });
    }
    const above = predicates[index - 1];
    if (above && band.min !== null && above.min !== null && band.min >= above.min) {
      problems.push({ path: ['predicates', index, 'min'], message: 'bands must be ordered from the highest down' });
    }
    // Every index is at least 1 (the lowest level), so the lowest band must reach down to it.
    if (isLowest && band.min !== null && band.min > 1) {
      problems.push({ path: ['predicates', index, 'min'], message: 'lowest band leaves indices from 1 unclassified' });
    }
  });
  return problems;
}
