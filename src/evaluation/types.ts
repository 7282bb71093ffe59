/**
 * SPBE evaluation frameworks as data.
 *
 * A framework is the tree a national regulation scores an instansi on: optional domains,
 * aspects, indicators with weights, a 1–5 level scale, predicate bands and the way the
 * index is computed. PermenPANRB 59/2020 has four levels of tree (index → domain → aspect →
 * indicator); its successor PermenPANRB 8/2026 is reported to drop the domain level
 * (index → aspect → indicator). Both are JSON files under resources/frameworks/, validated by
 * framework-schema.ts, and one calculator serves both.
 *
 * Texts that come from a regulation (names, questions, level criteria) are kept in Indonesian
 * exactly as the regulation prints them; `nameKey`s point into the i18n namespace `evaluation`.
 */

export type FrameworkId = 'permenpanrb-59-2020' | 'permenpanrb-8-2026';

export type Level = 1 | 2 | 3 | 4 | 5;

/** The level of each indicator, keyed by indicator number. */
export type IndicatorLevels = Readonly<Record<number, Level>>;

/** Text shown to users in both UI languages, for facts that are data rather than UI copy. */
export interface LocalizedText {
  id: string;
  en: string;
}

/**
 * How sure a value is, with the marks of resources/reference/frameworks-notes.md:
 * A read in the regulation's own text, B two or more secondary sources agree,
 * C a single or disagreeing secondary source, D not found (best understanding only).
 */
export type Confidence = 'A' | 'B' | 'C' | 'D';

/** A value that is not (or not exactly) in the regulation's own text; the UI shows the reason. */
export interface Uncertainty {
  reason: LocalizedText;
  confidence: Confidence;
  /** Which fields of the marked item are uncertain; absent means the whole item. */
  fields?: string[];
}

/** Where in a document a fact stands. */
export interface SourceRef {
  /** e.g. "Lampiran Bab II huruf B angka 2, Tabel 9" or a secondary source. */
  location: string;
  /** Page numbers of the document (the SALINAN's own page headers). */
  pages?: number[];
}

export interface FrameworkSource {
  /** Full title as promulgated. */
  regulation: string;
  shortName: string;
  enacted?: string;
  promulgated?: string;
  gazette?: string;
  effectiveFrom?: string;
  /** The copy the data was taken from. */
  document: string;
}

export interface ScaleLevel {
  value: Level;
  /** Official name, e.g. "Rintisan". */
  name: string;
  nameKey: string;
  /** Generic criterion of the level, as the regulation prints it. */
  criterion?: string;
  uncertain?: Uncertainty;
}

/** A 1–5 maturity scale; 59/2020 has two (process and service capability). */
export interface LevelScale {
  key: string;
  nameKey: string;
  levels: ScaleLevel[];
  source: SourceRef;
  uncertain?: Uncertainty;
}

/** A domain of the evaluation (59/2020 Tabel 7), not an internet domain (GLOSSARY `domain`). */
export interface EvaluationDomain {
  number: number;
  name: string;
  nameKey: string;
  /** Weight as the regulation defines it (see ComputationMethod.weightBasis). */
  weight: number;
  source: SourceRef;
  uncertain?: Uncertainty;
}

/** An aspect of the evaluation (59/2020 Tabel 8), not a roadmap aspect. */
export interface EvaluationAspect {
  number: number;
  /** Present exactly when the framework has domains. */
  domain?: number;
  name: string;
  nameKey: string;
  weight: number;
  source: SourceRef;
  uncertain?: Uncertainty;
}

export type LevelCriteria = Readonly<Record<'1' | '2' | '3' | '4' | '5', string>>;

export interface Indicator {
  number: number;
  code: string;
  domain?: number;
  aspect: number;
  /** Official name. */
  name: string;
  weight: number;
  /** Key of the LevelScale this indicator is scored on. */
  scale: string;
  /** The questionnaire's question, when known. */
  question?: string;
  /** The questionnaire's level 1–5 criteria, as printed, when known. */
  criteria?: LevelCriteria;
  /** Where the name and weight stand. */
  source: SourceRef;
  /** Where the question and criteria stand. */
  questionnaireSource?: SourceRef;
  uncertain?: Uncertainty;
}

/** A predicate band; the first band (from the top) whose `min` ≤ the index applies. */
export interface PredicateBand {
  /** Inclusive lower bound; null for the lowest band (everything below the next band). */
  min: number | null;
  key: string;
  name: string;
  nameKey: string;
  /** A second label some frameworks give the band (8/2026: "Merintis" … "Unggul"). */
  stage?: { name: string; nameKey: string };
  uncertain?: Uncertainty;
}

export interface ComputationMethod {
  /**
   * Each index is Σ(child value × child weight) / own weight: aspect from indicator levels,
   * domain from aspect indices, the total from domain indices (or from aspect indices when
   * the framework has no domains), divided by `totalWeight`.
   */
  aggregation: 'weighted_sum_over_own_weight';
  /** 59/2020 gives every weight as a percentage of the whole index. */
  weightBasis: 'percent_of_index';
  totalWeight: number;
  /** Decimals of every reported index. */
  decimals: number;
  rounding: 'half_up';
  /** Whether the predicate is read from the reported (rounded) index or the exact one. */
  predicateBasis: 'reported_value' | 'exact_value';
  source: SourceRef;
  /** Why the rounding / predicate basis was chosen where the regulation is silent. */
  interpretation?: LocalizedText;
  uncertain?: Uncertainty;
}

export interface EvaluationFramework {
  id: FrameworkId;
  title: string;
  titleKey: string;
  version: string;
  source: FrameworkSource;
  /** Framework ids this one replaces. */
  replaces?: FrameworkId[];
  scales: LevelScale[];
  domains?: EvaluationDomain[];
  aspects: EvaluationAspect[];
  indicators: Indicator[];
  predicates: PredicateBand[];
  predicateSource: SourceRef;
  method: ComputationMethod;
  uncertain?: Uncertainty;
}
