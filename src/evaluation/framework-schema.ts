import { z } from 'zod';
import { checkFrameworkConsistency } from './framework-consistency';
import type { EvaluationFramework } from './types';

/**
 * The shape of resources/frameworks/*.json. A framework replaced by new data (e.g. the official
 * text of PermenPANRB 8/2026) must pass this schema and the consistency checks below, so a
 * data change can never silently break the calculator.
 */

const localizedText = z.object({ id: z.string().min(1), en: z.string().min(1) });

const uncertainty = z.object({
  reason: localizedText,
  confidence: z.enum(['A', 'B', 'C', 'D']),
  fields: z.array(z.string().min(1)).optional(),
});

const sourceRef = z.object({
  location: z.string().min(1),
  pages: z.array(z.number().int().positive()).optional(),
});

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

// Weights are percentages with at most two decimals (PermenPANRB 59/2020 Tabel 7–9: "1,30",
// "16,50"); the calculator works on exact hundredths.
const weight = z
  .number()
  .positive()
  .refine((w) => Math.abs(w * 100 - Math.round(w * 100)) < 1e-9, 'weight has more than two decimals');

const scaleLevel = z.object({
  value: level,
  name: z.string().min(1),
  nameKey: z.string().min(1),
  criterion: z.string().min(1).optional(),
  uncertain: uncertainty.optional(),
});

const levelScale = z.object({
  key: z.string().min(1),
  nameKey: z.string().min(1),
  levels: z.array(scaleLevel).length(5),
  source: sourceRef,
  uncertain: uncertainty.optional(),
});

const domain = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  nameKey: z.string().min(1),
  weight,
  source: sourceRef,
  uncertain: uncertainty.optional(),
});

const aspect = z.object({
  number: z.number().int().positive(),
  domain: z.number().int().positive().optional(),
  name: z.string().min(1),
  nameKey: z.string().min(1),
  weight,
  source: sourceRef,
  uncertain: uncertainty.optional(),
});

const criterionText = z.string().min(1);
const levelCriteria = z.object({
  '1': criterionText,
  '2': criterionText,
  '3': criterionText,
  '4': criterionText,
  '5': criterionText,
});

const indicator = z.object({
  number: z.number().int().positive(),
  code: z.string().min(1),
  domain: z.number().int().positive().optional(),
  aspect: z.number().int().positive(),
  name: z.string().min(1),
  weight,
  scale: z.string().min(1),
  question: z.string().min(1).optional(),
  criteria: levelCriteria.optional(),
  source: sourceRef,
  questionnaireSource: sourceRef.optional(),
  uncertain: uncertainty.optional(),
});

const predicateBand = z.object({
  min: z.number().nullable(),
  key: z.string().min(1),
  name: z.string().min(1),
  nameKey: z.string().min(1),
  stage: z.object({ name: z.string().min(1), nameKey: z.string().min(1) }).optional(),
  uncertain: uncertainty.optional(),
});

const computationMethod = z.object({
  aggregation: z.literal('weighted_sum_over_own_weight'),
  weightBasis: z.literal('percent_of_index'),
  totalWeight: weight,
  decimals: z.number().int().min(0).max(6),
  rounding: z.literal('half_up'),
  predicateBasis: z.enum(['reported_value', 'exact_value']),
  source: sourceRef,
  interpretation: localizedText.optional(),
  uncertain: uncertainty.optional(),
});

const frameworkSource = z.object({
  regulation: z.string().min(1),
  shortName: z.string().min(1),
  enacted: z.string().optional(),
  promulgated: z.string().optional(),
  gazette: z.string().optional(),
  effectiveFrom: z.string().optional(),
  document: z.string().min(1),
});

const frameworkId = z.enum(['permenpanrb-59-2020', 'permenpanrb-8-2026']);

export const evaluationFrameworkSchema: z.ZodType<EvaluationFramework> = z
  .object({
    id: frameworkId,
    title: z.string().min(1),
    titleKey: z.string().min(1),
    version: z.string().min(1),
    source: frameworkSource,
    replaces: z.array(frameworkId).optional(),
    scales: z.array(levelScale).min(1),
    domains: z.array(domain).min(1).optional(),
    aspects: z.array(aspect).min(1),
    indicators: z.array(indicator).min(1),
    predicates: z.array(predicateBand).min(1),
    predicateSource: sourceRef,
    method: computationMethod,
    uncertain: uncertainty.optional(),
  })
  .superRefine((framework, ctx) => {
    for (const problem of checkFrameworkConsistency(framework)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  });

/** Validates framework data (parsed JSON) and returns it typed; throws a ZodError when invalid. */
export function parseFramework(data: unknown): EvaluationFramework {
  return evaluationFrameworkSchema.parse(data);
}
