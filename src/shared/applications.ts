import { z } from 'zod';
import { IsoDate, PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';
import { commonApplicationCategoryCodes } from '../regulations/common-application-categories';
import { RegistryWarning } from './datasets';
import { PastIsoDate } from './dates';

export const applicationKinds = ['common', 'specific'] as const;
// Dumai 18/2019 Ps 14(3): web or mobile; desktop kept for legacy applications being registered
export const applicationPlatforms = ['web', 'mobile', 'desktop'] as const;
export const applicationHostings = [
  'national_data_center',
  'regional_data_center_colocation',
  'regional_data_center_vps',
  'agency_server',
  'third_party_cloud',
] as const;
export const fundingSources = ['apbd', 'apbn', 'grant', 'csr', 'other'] as const;
/**
 * Who supplies the application, which decides whether the duties on applications built "atas
 * biaya Pemerintah Daerah" bind it (Dumai 67/2022 Ps 18(10); Palu 14/2022 Ps 15(4), 31(4);
 * Dumai 18/2019 Ps 13(6)) and whether the Pemda procured it (Dumai 18/2019 Ps 6(5)):
 * built or developed at the Pemda's cost (in-house or contracted); a national application a
 * ministry or central agency supplies (SIPD, SRIKANDI, SP4N-LAPOR!); one the province supplies;
 * a vendor's service the Pemda subscribes to without owning its build.
 */
export const applicationSuppliers = ['pemda', 'central_government', 'provincial_government', 'vendor_service'] as const;

const Url = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/i, 'URL_FORMAT');
const Hostname = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'DOMAIN_FORMAT');

/** Palu 14/2022 Ps 29(4) huruf a–d: the conditions under which an agency may run an app like a common one. */
export const SpecificConditions = z
  .object({
    operatedBeforeCommon: z.boolean(),
    costBenefitStudy: z.boolean(),
    alignedWithCommonProcess: z.boolean(),
    ministerConsidered: z.boolean(),
  })
  .meta({ id: 'SpecificConditions' });

export const ApplicationFields = z.object({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(5000).default(''),
  ownerAgencyId: Uuid,
  operatorAgencyId: Uuid.nullable().default(null),
  kind: z.enum(applicationKinds),
  commonCategory: z.enum(commonApplicationCategoryCodes as [string, ...string[]]).nullable().default(null),
  businessFunction: z.string().trim().min(2).max(200),
  stage: z.string().trim().min(1).max(60),
  platforms: z.array(z.enum(applicationPlatforms)).min(1).max(3),
  url: Url.nullable().default(null),
  subdomain: Hostname.nullable().default(null),
  hosting: z.enum(applicationHostings).nullable().default(null),
  repositoryLocation: z.string().trim().max(500).nullable().default(null),
  licence: z.string().trim().max(200).nullable().default(null),
  copyrightOwner: z.string().trim().max(200).nullable().default(null),
  fundingSource: z.enum(fundingSources).nullable().default(null),
  supplier: z.enum(applicationSuppliers).nullable().default(null),
  sso: z.boolean().default(false),
  ictOfficeSuperAdmin: z.boolean().default(false),
  hasCertificate: z.boolean().default(false),
  certificateExpiresAt: IsoDate.nullable().default(null),
  apisProvided: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  apisUsed: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  lastServiceEvaluationAt: PastIsoDate.nullable().default(null),
  recommendationRef: z.string().trim().max(100).nullable().default(null),
  /** Dumai 18/2019 Ps 14(2): why a second application for the same function is registered anyway */
  duplicateJustification: z.string().trim().min(10).max(2000).nullable().default(null),
  specificConditions: SpecificConditions.nullable().default(null),
});

export const ApplicationInput = ApplicationFields.meta({ id: 'ApplicationInput' });
export const ApplicationUpdate = partialWithoutDefaults(ApplicationFields).meta({ id: 'ApplicationUpdate' });
export type ApplicationInput = z.infer<typeof ApplicationInput>;

export const HandoverItemView = z.object({
  code: z.string(),
  required: z.boolean(),
  delivered: z.boolean(),
  deliveredAt: z.string().nullable(),
  note: z.string().nullable(),
  file: z.object({ id: Uuid, fileName: z.string(), size: z.number(), sha256: z.string(), mimeType: z.string() }).nullable(),
});

export const ApplicationView = ApplicationFields.extend({
  id: Uuid,
  ownerAgencyName: z.string(),
  operatorAgencyName: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  retiredAt: z.string().nullable(),
  retiredReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  handover: z.array(HandoverItemView),
  abilities: z.object({ update: z.boolean(), retire: z.boolean() }),
  /** on create only: rules that warn without refusing, e.g. Dumai 18/2019 Ps 11(4) */
  warnings: z.array(RegistryWarning).optional(),
}).meta({ id: 'Application' });

export const ApplicationListItem = z
  .object({
    id: Uuid,
    name: z.string(),
    ownerAgencyId: Uuid,
    ownerAgencyName: z.string(),
    kind: z.enum(applicationKinds),
    businessFunction: z.string(),
    stage: z.string(),
    hosting: z.string().nullable(),
    url: z.string().nullable(),
    status: z.enum(['active', 'retired']),
    updatedAt: z.string(),
  })
  .meta({ id: 'ApplicationListItem' });

export const ApplicationPage = pageOf(ApplicationListItem, 'ApplicationPage');

/** The lead time for renewing an application's electronic certificate: the home page and the registry's filter agree on it. */
export const certificateRenewalDays = 60;

export const ApplicationListQuery = PageQuery.extend({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  kind: z.enum(applicationKinds).optional(),
  ownerAgencyId: Uuid.optional(),
  stage: z.string().max(60).optional(),
  hosting: z.enum(applicationHostings).optional(),
  /** `expiring`: a certificate that has expired or expires within `certificateRenewalDays` */
  certificate: z.enum(['expiring']).optional(),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const HandoverItemInput = z
  .object({ delivered: z.boolean(), deliveredAt: PastIsoDate.nullable().default(null), note: z.string().trim().max(1000).nullable().default(null) })
  .meta({ id: 'HandoverItemInput' });

/** What the registry form needs from the tenant's regulations in force today. */
export const ApplicationRules = z
  .object({
    stages: z.array(z.string()),
    requiredHandoverDocuments: z.array(z.string()),
    commonCategories: z.array(z.string()),
    cityDomain: z.string(),
    duplicateFunctionRule: z.boolean(),
    commonApplicationRule: z.boolean(),
  })
  .meta({ id: 'ApplicationRules' });
