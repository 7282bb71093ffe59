import { z } from 'zod';
import { IsoDate, PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';
import { PastIsoDate, refineDateOrder } from './dates';
import { keyIdentifierKinds, validateKeyIdentifier } from './identifiers';
import { datasetCategories } from '../regulations/dataset-categories';

// Palu 14/2022 Ps 10(3) huruf a: "menetapkan klasifikasi keamanan"; the four levels of the Satu Data portals
export const datasetClassifications = ['public', 'limited', 'confidential', 'secret'] as const;
export type DatasetClassification = (typeof datasetClassifications)[number];

// Perpres 39/2019 Ps 21(1) huruf a–b, Ps 22(1) huruf c: the producer hands in, the steward checks and disseminates
export const publicationStatuses = ['draft', 'in_review', 'returned', 'published', 'retired'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

// Perpres 39/2019 Ps 27: the list of data carries its release/update schedule (jadwal rilis/pemutakhiran)
export const updateFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'biennial', 'irregular', 'once'] as const;

// Dumai 18/2019 Ps 11(6): data is kept in the Data Warehouse run by Diskominfo; Palu 14/2022 Ps 13(1), (7): in the Pusat Data
export const storageLocations = ['data_warehouse', 'regional_data_center', 'national_data_center', 'agency_server', 'other'] as const;

export const datasetCategoryCodes = datasetCategories.map((c) => c.code) as [string, ...string[]];

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);

export const DatasetFields = z.object({
  title: z.string().trim().min(3).max(300),
  description: text(10000).default(''),
  /** Produsen Data (Perpres 39/2019 Ps 1 angka 19) */
  producerAgencyId: Uuid,
  /** Walidata (Perpres 39/2019 Ps 1 angka 18); defaults to the tenant's steward agency */
  stewardAgencyId: Uuid.nullable().default(null),
  classification: z.enum(datasetClassifications),
  /** Jambi 10/2017 Ps 11(3): the 20 groups of databases */
  category: z.enum(datasetCategoryCodes).nullable().default(null),
  /** Perpres 39/2019 Ps 1 angka 10, Ps 10: Data Induk */
  isMasterData: z.boolean().default(false),
  /** Perpres 39/2019 Ps 1 angka 9, Ps 10: Kode Referensi */
  isReferenceData: z.boolean().default(false),
  keyIdentifier: z.enum(keyIdentifierKinds).nullable().default(null),
  /** sample key values, checked against the key identifier's structure */
  identifierSamples: z.array(text(40).min(1)).max(5).default([]),
  updateFrequency: z.enum(updateFrequencies).nullable().default(null),
  nextReleaseAt: IsoDate.nullable().default(null),
  lastUpdatedAt: PastIsoDate.nullable().default(null),
  /** Perpres 39/2019 Ps 9(2) huruf b: an open, machine-readable format */
  format: optionalText(60),
  /** Perpres 39/2019 Ps 4(2) huruf d–e: ukuran and satuan */
  unitOfMeasure: optionalText(120),
  /** Perpres 39/2019 Ps 4(2) huruf a–b: konsep and definisi */
  concept: optionalText(4000),
  timeCoverageStart: IsoDate.nullable().default(null),
  timeCoverageEnd: IsoDate.nullable().default(null),
  areaCoverage: optionalText(300),
  sourceApplicationId: Uuid.nullable().default(null),
  storageLocation: z.enum(storageLocations).nullable().default(null),
  qualityNotes: optionalText(4000),
  licence: optionalText(120),
  tags: z.array(text(60).min(1)).max(30).default([]),
});

function refineDataset(value: Partial<z.infer<typeof DatasetFields>>, ctx: z.RefinementCtx) {
  if (value.keyIdentifier && value.identifierSamples) {
    value.identifierSamples.forEach((sample, i) => {
      const code = validateKeyIdentifier(value.keyIdentifier!, sample);
      if (code) ctx.addIssue({ code: 'custom', path: ['identifierSamples', i], message: code });
    });
  }
  coverageOrder(value, ctx);
}

const coverageOrder = refineDateOrder('timeCoverageStart', 'timeCoverageEnd', 'DATASET_COVERAGE_ORDER');

export const DatasetInput = DatasetFields.superRefine(refineDataset).meta({ id: 'DatasetInput' });
export type DatasetInput = z.infer<typeof DatasetInput>;
export const DatasetUpdate = partialWithoutDefaults(DatasetFields).superRefine(refineDataset).meta({ id: 'DatasetUpdate' });
export type DatasetUpdate = z.infer<typeof DatasetUpdate>;

export const DatasetResourceView = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: z.enum(['file', 'url']),
    url: z.string().nullable(),
    format: z.string().nullable(),
    description: z.string().nullable(),
    file: z.object({ fileName: z.string(), size: z.number(), sha256: z.string(), mimeType: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DatasetResource' });

export const DatasetReviewView = z.object({
  action: z.enum(['submit', 'publish', 'return', 'retire']),
  notes: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const DatasetView = DatasetFields.extend({
  id: Uuid,
  slug: z.string(),
  producerAgencyName: z.string(),
  stewardAgencyName: z.string().nullable(),
  sourceApplicationName: z.string().nullable(),
  publicationStatus: z.enum(publicationStatuses),
  publishedAt: z.string().nullable(),
  revisionNotes: z.string().nullable(),
  retiredReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** null when the person may see the metadata but not the content (Dumai 18/2019 Ps 11(7)) */
  resources: z.array(DatasetResourceView).nullable(),
  reviews: z.array(DatasetReviewView),
  abilities: z.object({ update: z.boolean(), submit: z.boolean(), review: z.boolean(), retire: z.boolean(), readContent: z.boolean() }),
}).meta({ id: 'Dataset' });
export type DatasetView = z.infer<typeof DatasetView>;

export const DatasetListItem = z
  .object({
    id: Uuid,
    slug: z.string(),
    title: z.string(),
    producerAgencyId: Uuid,
    producerAgencyName: z.string(),
    stewardAgencyId: Uuid.nullable(),
    classification: z.enum(datasetClassifications),
    category: z.string().nullable(),
    publicationStatus: z.enum(publicationStatuses),
    updateFrequency: z.string().nullable(),
    nextReleaseAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DatasetListItem' });

export const DatasetPage = pageOf(DatasetListItem, 'DatasetPage');

export const DatasetListQuery = PageQuery.extend({
  status: z.enum([...publicationStatuses, 'all', 'live']).default('live'),
  classification: z.enum(datasetClassifications).optional(),
  category: z.enum(datasetCategoryCodes).optional(),
  producerAgencyId: Uuid.optional(),
  stewardAgencyId: Uuid.optional(),
  /** the steward's review queue: datasets in review that the person's agencies steward */
  queue: z.enum(['review']).optional(),
});
export type DatasetListQuery = z.infer<typeof DatasetListQuery>;

export const ReviewNotesInput = z.object({ notes: z.string().trim().max(4000).nullable().default(null) }).meta({ id: 'ReviewNotesInput' });
/** Perpres 39/2019 Ps 21(1) huruf a: a return says what to fix */
export const ReturnInput = z.object({ notes: z.string().trim().min(3).max(4000) }).meta({ id: 'ReturnInput' });

export const UrlResourceInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    url: z
      .string()
      .trim()
      .max(1000)
      .regex(/^https?:\/\/[^\s]+$/i, 'URL_FORMAT'),
    format: optionalText(40),
    description: optionalText(1000),
  })
  .meta({ id: 'UrlResourceInput' });

/** An application being registered, as the overlap check reads it (Dumai 18/2019 Ps 11(4)). */
export const OverlapQuery = z
  .object({
    ownerAgencyId: Uuid.optional(),
    name: text(200).optional(),
    businessFunction: text(200).optional(),
    description: text(5000).optional(),
    category: z.enum(datasetCategoryCodes).optional(),
    keywords: z.array(text(60)).max(20).default([]),
    sourceApplicationId: Uuid.optional(),
  })
  .meta({ id: 'OverlapQuery' });
export type OverlapQuery = z.infer<typeof OverlapQuery>;

export const OverlapMatch = z
  .object({
    id: Uuid,
    title: z.string(),
    producerAgencyId: Uuid,
    producerAgencyName: z.string(),
    matchedBy: z.array(z.enum(['category', 'keywords', 'source_application'])),
  })
  .meta({ id: 'OverlapMatch' });
export type OverlapMatch = z.infer<typeof OverlapMatch>;

/** A warning that does not stop a write, with the article it comes from. */
export const RegistryWarning = z
  .object({ code: z.string(), citation: z.string(), message: z.string(), datasets: z.array(OverlapMatch) })
  .meta({ id: 'RegistryWarning' });
export type RegistryWarning = z.infer<typeof RegistryWarning>;

export const DatasetRules = z
  .object({
    categories: z.array(z.string()),
    defaultStewardAgencyId: Uuid.nullable(),
    keyIdentifierRule: z.boolean(),
    overlapRule: z.boolean(),
  })
  .meta({ id: 'DatasetRules' });
