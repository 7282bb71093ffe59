import { z } from 'zod';
import { PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';
import { PastIsoDate } from './dates';
import { fundingSources } from './applications';

/** Perangkat TIK (GLOSSARY `asset`): the kinds of hardware and software the registry holds. */
export const ictAssetCategories = ['server', 'pc', 'laptop', 'printer', 'network_device', 'storage', 'ups', 'cctv', 'software_licence', 'other'] as const;
export type IctAssetCategory = (typeof ictAssetCategories)[number];

/** Kondisi barang as the asset office records it: baik, rusak ringan, rusak berat. */
export const ictAssetConditions = ['good', 'minor_damage', 'major_damage'] as const;

/**
 * Dumai 18/2019 Ps 20(6): a device an agency receives "dari pemerintah pusat/provinsi atau
 * lainnya" is coordinated with the ICT office for integration; null: procured by the Pemda.
 */
export const ictAssetOrigins = ['central_government', 'provincial_government', 'other'] as const;

/**
 * Useful life (masa manfaat) in years per category when the tenant has set none. These are
 * Simpul's defaults, an interpretation: the national tables of masa manfaat for fixed assets
 * are not among the references Simpul holds, so no figure here is cited from them, and each
 * tenant sets its own (docs/ict-assets.md).
 */
export const defaultUsefulLifeYears: Readonly<Record<IctAssetCategory, number>> = {
  server: 5,
  pc: 4,
  laptop: 4,
  printer: 4,
  network_device: 5,
  storage: 5,
  ups: 4,
  cctv: 4,
  software_licence: 3,
  other: 4,
};

/** How many years ahead the replacement forecast looks (Dumai 18/2019 Ps 19(5): anticipate replacement). */
export const forecastYears = 5;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const IctAssetFields = z.object({
  agencyId: Uuid,
  category: z.enum(ictAssetCategories),
  brand: Text(100),
  model: Text(150),
  serialNumber: Text(100).nullable().default(null),
  /** kode barang of the city asset system (Dumai 18/2019 Ps 20(4)) */
  itemCode: Text(60).nullable().default(null),
  /** nomor register of the city asset system */
  registerNumber: Text(60).nullable().default(null),
  acquiredOn: PastIsoDate,
  /** Rupiah, whole */
  acquisitionValue: z.number().int().min(0).max(1_000_000_000_000),
  fundingSource: z.enum(fundingSources).nullable().default(null),
  /** site and room, free text until the network registry holds sites */
  location: Text(300).nullable().default(null),
  responsiblePerson: Text(200).nullable().default(null),
  condition: z.enum(ictAssetConditions),
  /** Dumai 18/2019 Ps 19(5): "kondisi kinerjanya" */
  performanceNote: Text(2000).nullable().default(null),
  receivedFrom: z.enum(ictAssetOrigins).nullable().default(null),
});

export const IctAssetInput = IctAssetFields.meta({ id: 'IctAssetInput' });
export const IctAssetUpdate = partialWithoutDefaults(IctAssetFields).meta({ id: 'IctAssetUpdate' });
export type IctAssetInput = z.infer<typeof IctAssetInput>;
export type IctAssetUpdate = z.infer<typeof IctAssetUpdate>;

/** Penghapusan (Palu 14/2022 Ps 41(2)): the day and the reason. */
export const IctAssetDisposal = z
  .object({ disposedOn: PastIsoDate, reason: z.string().trim().min(3).max(1000) })
  .meta({ id: 'IctAssetDisposal' });
export type IctAssetDisposal = z.infer<typeof IctAssetDisposal>;

export const ictAssetStatuses = ['active', 'disposed'] as const;

export const IctAssetView = IctAssetFields.extend({
  id: Uuid,
  agencyName: z.string(),
  status: z.enum(ictAssetStatuses),
  disposedOn: z.string().nullable(),
  disposalReason: z.string().nullable(),
  /** whole months since acquisition, as of today */
  ageMonths: z.number().int(),
  usefulLifeYears: z.number().int(),
  /** the day the useful life ends */
  usefulLifeEndsOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), dispose: z.boolean() }),
}).meta({ id: 'IctAsset' });

export const IctAssetListItem = z
  .object({
    id: Uuid,
    agencyId: Uuid,
    agencyName: z.string(),
    category: z.enum(ictAssetCategories),
    brand: z.string(),
    model: z.string(),
    serialNumber: z.string().nullable(),
    itemCode: z.string().nullable(),
    registerNumber: z.string().nullable(),
    acquiredOn: z.string(),
    ageMonths: z.number().int(),
    condition: z.enum(ictAssetConditions),
    receivedFrom: z.enum(ictAssetOrigins).nullable(),
    status: z.enum(ictAssetStatuses),
    updatedAt: z.string(),
  })
  .meta({ id: 'IctAssetListItem' });

export const IctAssetPage = pageOf(IctAssetListItem, 'IctAssetPage');

export const IctAssetListQuery = PageQuery.extend({
  status: z.enum(['active', 'disposed', 'all']).default('active'),
  agencyId: Uuid.optional(),
  category: z.enum(ictAssetCategories).optional(),
  condition: z.enum(ictAssetConditions).optional(),
  /** `any`: received from another government (Dumai 18/2019 Ps 20(6)) */
  receivedFrom: z.enum(['any']).optional(),
});
export type IctAssetListQuery = z.infer<typeof IctAssetListQuery>;

/** The tenant's useful life per category; `custom` false where Simpul's default applies. */
export const UsefulLifeView = z
  .object({ items: z.array(z.object({ category: z.enum(ictAssetCategories), years: z.number().int(), defaultYears: z.number().int(), custom: z.boolean() })) })
  .meta({ id: 'IctAssetUsefulLife' });

/** PUT: the years per category; a category left out (or null) goes back to the default. */
export const UsefulLifeInput = z
  .object({ years: z.partialRecord(z.enum(ictAssetCategories), z.number().int().min(1).max(50).nullable()) })
  .meta({ id: 'IctAssetUsefulLifeInput' });
export type UsefulLifeInput = z.infer<typeof UsefulLifeInput>;

const Bucket = z.object({ count: z.number().int(), cost: z.number() });

export const ReplacementForecastView = z
  .object({
    years: z.array(z.number().int()),
    rows: z.array(
      z.object({
        agencyId: Uuid,
        agencyName: z.string(),
        category: z.enum(ictAssetCategories),
        /** life ended before the first year (or broken beyond repair): due now */
        overdue: Bucket,
        byYear: z.array(Bucket),
      }),
    ),
    totals: z.object({ overdue: Bucket, byYear: z.array(Bucket) }),
  })
  .meta({ id: 'IctAssetReplacementForecast' });
export type ReplacementForecastView = z.infer<typeof ReplacementForecastView>;

export const ForecastQuery = z.object({ agencyId: Uuid.optional() });
