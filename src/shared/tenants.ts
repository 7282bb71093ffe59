import { z } from 'zod';
import { IsoDate, Uuid } from './common';
import { Password } from './people';

export const regulationIds = ['dumai-18-2019', 'palu-14-2022', 'dumai-67-2022', 'jambi-10-2017'] as const;
export const RegulationIdSchema = z.enum(regulationIds);

export const RegulationEntry = z
  .object({ regulation: RegulationIdSchema, effectiveFrom: IsoDate, effectiveUntil: IsoDate.nullable().default(null) })
  .refine((e) => !e.effectiveUntil || e.effectiveUntil >= e.effectiveFrom, { message: 'EFFECTIVE_UNTIL_BEFORE_FROM', path: ['effectiveUntil'] })
  .meta({ id: 'RegulationEntry' });

// Kemendagri region codes: 2-digit province, then kabupaten/kota, kecamatan, desa (e.g. 14.72 for Dumai).
const RegionCode = z.string().trim().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'REGION_CODE_FORMAT');
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'DOMAIN_FORMAT');

export const TenantProfileInput = z
  .object({
    name: z.string().trim().min(3).max(200),
    kind: z.enum(['kota', 'kabupaten', 'provinsi']),
    regionCode: RegionCode,
    primaryDomain: Domain,
    /** the domain of staff e-mail addresses: sign-in at /login finds the tenant from it */
    emailDomain: Domain.nullable().optional(),
    regulations: z.array(RegulationEntry).min(1).max(10),
  })
  .meta({ id: 'TenantProfileInput' });

export const SetupInput = TenantProfileInput.extend({
  admin: z.object({
    name: z.string().trim().min(2).max(200),
    email: z.string().trim().toLowerCase().email().max(254),
    password: Password,
  }),
}).meta({ id: 'SetupInput' });

export const TenantView = z
  .object({
    id: Uuid,
    slug: z.string(),
    name: z.string(),
    kind: z.enum(['kota', 'kabupaten', 'provinsi']),
    regionCode: z.string(),
    primaryDomain: z.string(),
    emailDomain: z.string().nullable(),
    isDemo: z.boolean(),
    regulations: z.array(
      z.object({
        regulation: RegulationIdSchema,
        effectiveFrom: z.string(),
        effectiveUntil: z.string().nullable(),
        /** binds the tenant today */
        inForce: z.boolean(),
        /** recorded when a later regulation replaced this one: which one, by whom, when */
        revocation: z.object({ byRegulation: RegulationIdSchema, byUserId: Uuid.nullable(), byUserName: z.string().nullable(), at: z.string() }).nullable(),
      }),
    ),
    /** months Simpul reads "secara periodik" as; null: the default (12) */
    periodicReadingMonths: z.number().int().nullable(),
    /** who set that reading and when (ISO); null while it is the default */
    periodicReadingSetByName: z.string().nullable(),
    periodicReadingSetAt: z.string().nullable(),
  })
  .meta({ id: 'Tenant' });

/** No list of tenants: sign-in finds the tenant from the address or the e-mail's domain. */
export const SetupStatus = z.object({ needsSetup: z.boolean() }).meta({ id: 'SetupStatus' });

/**
 * What the public sign-in page at /t/<slug>/login shows of its tenant: the name the address
 * names, and whether its letterhead logo (printed on every letter it issues) can be shown.
 */
export const PublicTenantView = z.object({ slug: z.string(), name: z.string(), hasLogo: z.boolean() }).meta({ id: 'PublicTenant' });
