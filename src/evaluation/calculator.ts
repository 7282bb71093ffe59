import { EvaluationError } from './errors';
import {
  addFractions,
  compareFractions,
  decimalToFraction,
  divideFraction,
  fractionToNumber,
  makeFraction,
  multiplyFraction,
  roundFraction,
  toHundredths,
  zeroFraction,
  type Fraction,
} from './fraction';
import type { EvaluationFramework, FrameworkId, IndicatorLevels, PredicateBand } from './types';

/**
 * The index calculator of PermenPANRB 59/2020 Lampiran Bab II huruf B angka 3–5, as pure
 * functions over a framework (data) and the level of each indicator. Each index is computed
 * from the exact values of the level below and reported rounded to `method.decimals`; see
 * `method.interpretation` in the framework data for why. The exact helpers are exported for
 * what-if.ts and compare-years.ts; the public API is index.ts.
 */

/** An index both exact and as reported (rounded). */
export interface IndexValue {
  exact: number;
  reported: number;
}

export interface NodeIndex {
  number: number;
  value: IndexValue;
}

export interface IndexResult {
  frameworkId: FrameworkId;
  index: IndexValue;
  predicate: PredicateBand;
  /** Empty when the framework has no domains. */
  domains: NodeIndex[];
  aspects: NodeIndex[];
}

export interface ExactIndices {
  aspects: Map<number, Fraction>;
  domains: Map<number, Fraction>;
  index: Fraction;
}

const validLevels: readonly number[] = [1, 2, 3, 4, 5];

/** Indicator numbers of the framework that have no level yet. */
export function findMissingIndicators(framework: EvaluationFramework, levels: IndicatorLevels): number[] {
  return framework.indicators.map((indicator) => indicator.number).filter((number) => !(number in levels));
}

export function assertLevels(framework: EvaluationFramework, levels: IndicatorLevels, requireAll: boolean): void {
  const known = new Set(framework.indicators.map((indicator) => indicator.number));
  for (const [key, level] of Object.entries(levels)) {
    if (!known.has(Number(key))) throw new EvaluationError('EVALUATION_UNKNOWN_INDICATOR', { indicator: key });
    // 59/2020 Lampiran Bab II huruf B angka 3: tingkat 1–5 diberi nilai 1–5; nothing else is a level.
    if (!validLevels.includes(level)) {
      throw new EvaluationError('EVALUATION_LEVEL_INVALID', { indicator: key, level: String(level) });
    }
  }
  const missing = requireAll ? findMissingIndicators(framework, levels) : [];
  if (missing.length > 0) throw new EvaluationError('EVALUATION_LEVELS_INCOMPLETE', { missing: missing.join(', ') });
}

/**
 * One step of Lampiran Bab II huruf B angka 4: Σ_j (child_j × weight_j) / own weight. Tabel 10
 * (aspect from indicator levels), Tabel 11 (domain from aspect indices) and Tabel 12 (SPBE index
 * from domain indices, own weight 100) are all this form.
 */
function aggregate(children: readonly { value: Fraction; weight: number }[], ownWeight: number): Fraction {
  const sum = children.reduce(
    (total, child) => addFractions(total, multiplyFraction(child.value, toHundredths(child.weight))),
    zeroFraction,
  );
  return divideFraction(sum, toHundredths(ownWeight));
}

function aspectChildren(framework: EvaluationFramework, aspectNumber: number, levels: IndicatorLevels) {
  return framework.indicators
    .filter((indicator) => indicator.aspect === aspectNumber)
    .map((indicator) => ({ value: makeFraction(levels[indicator.number], 1), weight: indicator.weight }));
}

function membersOf<T extends { number: number; weight: number }>(nodes: readonly T[], values: ReadonlyMap<number, Fraction>) {
  return nodes.map((node) => {
    const value = values.get(node.number);
    if (!value) throw new RangeError(`no index given for ${node.number}`);
    return { value, weight: node.weight };
  });
}

export function computeExactIndices(framework: EvaluationFramework, levels: IndicatorLevels): ExactIndices {
  const aspects = new Map<number, Fraction>();
  for (const aspect of framework.aspects) {
    // Tabel 10: Indeks Aspek_i = 1/BA_i × Σ_j (NI_ij × BI_ij)
    aspects.set(aspect.number, aggregate(aspectChildren(framework, aspect.number, levels), aspect.weight));
  }
  const domains = new Map<number, Fraction>();
  for (const domain of framework.domains ?? []) {
    // Tabel 11: Indeks Domain_i = 1/BD_i × Σ_j (NA_ij × BA_ij)
    const members = framework.aspects.filter((aspect) => aspect.domain === domain.number);
    domains.set(domain.number, aggregate(membersOf(members, aspects), domain.weight));
  }
  // Tabel 12: Indeks SPBE = 1/100 × Σ_j (ND_j × BD_j); a framework without domains sums its aspects.
  const top = framework.domains ? membersOf(framework.domains, domains) : membersOf(framework.aspects, aspects);
  return { aspects, domains, index: aggregate(top, framework.method.totalWeight) };
}

export function roundIndex(framework: EvaluationFramework, value: Fraction): Fraction {
  return roundFraction(value, framework.method.decimals);
}

function presentValue(framework: EvaluationFramework, value: Fraction): IndexValue {
  return { exact: fractionToNumber(value), reported: fractionToNumber(roundIndex(framework, value)) };
}

function findPredicateExactly(framework: EvaluationFramework, value: Fraction): PredicateBand {
  // 59/2020 Tabel 13: "4,2 – 5,0", "3,5 – < 4,2", …: lower bounds inclusive, first match from the top.
  const band = framework.predicates.find((candidate) => {
    return candidate.min === null || compareFractions(value, decimalToFraction(candidate.min)) >= 0;
  });
  if (!band) throw new RangeError(`no predicate band for ${fractionToNumber(value)} in ${framework.id}`);
  return band;
}

/** The predicate band an index value falls in (lower bounds inclusive). */
export function findPredicate(framework: EvaluationFramework, index: number): PredicateBand {
  return findPredicateExactly(framework, decimalToFraction(index));
}

export function presentResult(framework: EvaluationFramework, exact: ExactIndices): IndexResult {
  const predicateValue =
    framework.method.predicateBasis === 'reported_value' ? roundIndex(framework, exact.index) : exact.index;
  const present = (values: Map<number, Fraction>) =>
    [...values].map(([number, value]) => ({ number, value: presentValue(framework, value) }));
  return {
    frameworkId: framework.id,
    index: presentValue(framework, exact.index),
    predicate: findPredicateExactly(framework, predicateValue),
    domains: present(exact.domains),
    aspects: present(exact.aspects),
  };
}

/** Aspect, domain and overall index with the predicate, from every indicator's level. */
export function calculateIndex(framework: EvaluationFramework, levels: IndicatorLevels): IndexResult {
  assertLevels(framework, levels, true);
  return presentResult(framework, computeExactIndices(framework, levels));
}

function toFractionMap(values: Readonly<Record<number, number>>): Map<number, Fraction> {
  return new Map(Object.entries(values).map(([key, value]) => [Number(key), decimalToFraction(value)]));
}

/** Tabel 10 on its own: one aspect's index from the levels of its indicators. */
export function calculateAspectIndex(framework: EvaluationFramework, aspectNumber: number, levels: IndicatorLevels): IndexValue {
  const aspect = framework.aspects.find((candidate) => candidate.number === aspectNumber)!;
  assertLevels(framework, levels, false);
  const missing = framework.indicators
    .filter((indicator) => indicator.aspect === aspectNumber && !(indicator.number in levels))
    .map((indicator) => indicator.number);
  if (missing.length > 0) throw new EvaluationError('EVALUATION_LEVELS_INCOMPLETE', { missing: missing.join(', ') });
  return presentValue(framework, aggregate(aspectChildren(framework, aspectNumber, levels), aspect.weight));
}

/** Tabel 11 on its own: one domain's index from given aspect indices (e.g. 3,00; 4,00; 3,00). */
export function calculateDomainIndex(
  framework: EvaluationFramework,
  domainNumber: number,
  aspectIndices: Readonly<Record<number, number>>,
): IndexValue {
  const domain = framework.domains!.find((candidate) => candidate.number === domainNumber)!;
  const members = framework.aspects.filter((aspect) => aspect.domain === domainNumber);
  return presentValue(framework, aggregate(membersOf(members, toFractionMap(aspectIndices)), domain.weight));
}

/** Tabel 12 on its own: the overall index from given domain indices (aspect indices without domains). */
export function calculateOverallIndex(framework: EvaluationFramework, topIndices: Readonly<Record<number, number>>): IndexValue {
  const nodes = framework.domains ?? framework.aspects;
  return presentValue(framework, aggregate(membersOf(nodes, toFractionMap(topIndices)), framework.method.totalWeight));
}
