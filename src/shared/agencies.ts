import { z } from 'zod';
import { agencyKinds, agencySpecialRoles } from '../server/platform/policy/roles';
import { PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';

export const AgencyInput = z
  .object({
    code: z.string().trim().min(1).max(30).regex(/^[A-Za-z0-9._-]+$/, 'CODE_FORMAT'),
    name: z.string().trim().min(3).max(200),
    kind: z.enum(agencyKinds),
    parentId: Uuid.nullable().default(null),
    specialRoles: z.array(z.enum(agencySpecialRoles)).max(agencySpecialRoles.length).default([]),
    ictSelfReliant: z.boolean().default(false),
    ictSelfRelianceDecree: z.string().trim().max(200).nullable().default(null),
    email: z.string().trim().toLowerCase().email().max(254).nullable().default(null),
  })
  .meta({ id: 'AgencyInput' });

export const AgencyUpdate = partialWithoutDefaults(AgencyInput).meta({ id: 'AgencyUpdate' });

export const AgencyView = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    parentId: Uuid.nullable(),
    specialRoles: z.array(z.string()),
    ictSelfReliant: z.boolean(),
    ictSelfRelianceDecree: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(['active', 'retired']),
    retiredAt: z.string().nullable(),
    retiredReason: z.string().nullable(),
    abilities: z.object({ update: z.boolean(), retire: z.boolean() }),
  })
  .meta({ id: 'Agency' });

export const AgencyPage = pageOf(AgencyView, 'AgencyPage');

export const AgencyListQuery = PageQuery.extend({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  kind: z.enum(agencyKinds).optional(),
  specialRole: z.enum(agencySpecialRoles).optional(),
  parentId: Uuid.optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuery>;
