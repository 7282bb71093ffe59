import { z } from 'zod';
import { Uuid } from './common';

const Difference = z.number().nullable().meta({ description: 'official minus Simpul (the level or index that counts after verification); null when either is missing' });

/**
 * The official results of a cycle (as imported from the national evaluation's file) side by side
 * with the agencies' own levels and the verified levels.
 */
export const OfficialComparison = z
  .object({
    cycleId: Uuid,
    year: z.number().int(),
    imported: z.object({ at: z.string(), byName: z.string(), fileId: Uuid, fileName: z.string() }).nullable(),
    indicators: z.array(
      z.object({
        number: z.number().int(),
        code: z.string(),
        selfLevel: z.number().int().nullable(),
        verifiedLevel: z.number().int().nullable(),
        /** the level Simpul counts: verified, else the agency's own */
        finalLevel: z.number().int().nullable(),
        officialLevel: z.number().int().nullable(),
        difference: Difference,
      }),
    ),
    index: z.object({ simpul: z.number(), official: z.number().nullable(), computed: z.boolean().meta({ description: 'the file gave no index: it is computed from the official levels' }), difference: Difference }),
    predicate: z.object({ simpul: z.string(), official: z.string().nullable() }),
    domains: z.array(z.object({ number: z.number().int(), simpul: z.number(), official: z.number().nullable(), difference: Difference })),
    aspects: z.array(z.object({ number: z.number().int(), simpul: z.number(), official: z.number().nullable(), difference: Difference })),
    abilities: z.object({ import: z.boolean() }),
    summary: z.object({ compared: z.number().int(), same: z.number().int(), officialHigher: z.number().int(), officialLower: z.number().int() }),
  })
  .meta({ id: 'EvaluationOfficialComparison' });
export type OfficialComparison = z.infer<typeof OfficialComparison>;
