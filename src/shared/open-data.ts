import { z } from 'zod';

/** The public portal's shapes: only published, public datasets ever take these forms. */
export const PublicResource = z
  .object({ id: z.string(), name: z.string(), format: z.string().nullable(), url: z.string(), description: z.string().nullable(), sha256: z.string().nullable(), size: z.number().nullable() })
  .meta({ id: 'PublicResource' });

export const PublicDataset = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    producer: z.object({ name: z.string(), title: z.string() }),
    steward: z.object({ name: z.string(), title: z.string() }).nullable(),
    category: z.string().nullable(),
    tags: z.array(z.string()),
    isMasterData: z.boolean(),
    isReferenceData: z.boolean(),
    updateFrequency: z.string().nullable(),
    nextReleaseAt: z.string().nullable(),
    lastUpdatedAt: z.string().nullable(),
    format: z.string().nullable(),
    unitOfMeasure: z.string().nullable(),
    concept: z.string().nullable(),
    timeCoverageStart: z.string().nullable(),
    timeCoverageEnd: z.string().nullable(),
    areaCoverage: z.string().nullable(),
    licence: z.string().nullable(),
    publishedAt: z.string().nullable(),
    modifiedAt: z.string(),
    resources: z.array(PublicResource),
  })
  .meta({ id: 'PublicDataset' });
export type PublicDataset = z.infer<typeof PublicDataset>;

export const PublicDatasetPage = z
  .object({ tenant: z.object({ slug: z.string(), name: z.string() }), items: z.array(PublicDataset), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'PublicDatasetPage' });

export const PublicDatasetQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: z.string().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
