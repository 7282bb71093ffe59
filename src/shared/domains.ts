import { z } from 'zod';
import { PageQuery, Uuid, pageOf, partialWithoutDefaults } from './common';
import { subdomainUsages } from '../workflow/types/subdomain';

const Hostname = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'DOMAIN_FORMAT');

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv6 = /^[0-9a-f:]+$/i;
const hostname = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}\.?$/i;

/** Where a subdomain points: an IPv4 or IPv6 address, or a host name (a CNAME target). */
const Target = z
  .string()
  .trim()
  .max(253)
  .refine((v) => ipv4.test(v) || (v.includes(':') && ipv6.test(v)) || hostname.test(v), 'TARGET_FORMAT');

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const DomainInput = z
  .object({ name: Hostname, decreeRef: optionalText(200), notes: optionalText(2000) })
  .meta({ id: 'DomainInput' });
export const DomainUpdate = partialWithoutDefaults(DomainInput).meta({ id: 'DomainUpdate' });

export const DomainView = z
  .object({
    id: Uuid,
    name: z.string(),
    decreeRef: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(['active', 'retired']),
    retiredReason: z.string().nullable(),
    subdomainCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Domain' });

export const SubdomainFields = z.object({
  /** the domain it sits under; the tenant's own domain when left out */
  domainId: Uuid.nullable().default(null),
  /** "disdik" or "disdik.<domain>" */
  name: z.string().trim().min(1).max(253),
  target: Target.nullable().default(null),
  ownerAgencyId: Uuid,
  applicationId: Uuid.nullable().default(null),
  usage: z.enum(subdomainUsages).nullable().default(null),
  description: optionalText(2000),
  /** Jambi 10/2017 Ps 10(4): the mayor's decree that set its use */
  decreeRef: optionalText(200),
});
export const SubdomainInput = SubdomainFields.meta({ id: 'SubdomainInput' });
export type SubdomainInput = z.infer<typeof SubdomainInput>;
export const SubdomainUpdate = partialWithoutDefaults(SubdomainFields.omit({ domainId: true, name: true })).meta({ id: 'SubdomainUpdate' });
export type SubdomainUpdate = z.infer<typeof SubdomainUpdate>;

export const SubdomainView = z
  .object({
    id: Uuid,
    domainId: Uuid,
    domainName: z.string(),
    label: z.string(),
    fqdn: z.string(),
    target: z.string().nullable(),
    ownerAgencyId: Uuid,
    ownerAgencyName: z.string(),
    applicationId: Uuid.nullable(),
    applicationName: z.string().nullable(),
    usage: z.string().nullable(),
    description: z.string().nullable(),
    decreeRef: z.string().nullable(),
    requestId: Uuid.nullable(),
    status: z.enum(['active', 'retired']),
    retiredReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ update: z.boolean(), retire: z.boolean() }),
  })
  .meta({ id: 'Subdomain' });

export const SubdomainPage = pageOf(SubdomainView, 'SubdomainPage');

export const SubdomainListQuery = PageQuery.extend({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  domainId: Uuid.optional(),
  ownerAgencyId: Uuid.optional(),
  /** only subdomains without the decree the regulation asks for */
  withoutDecree: z.enum(['true', 'false']).optional(),
});
export type SubdomainListQuery = z.infer<typeof SubdomainListQuery>;

export const MailboxInput = z
  .object({
    domainId: Uuid,
    /** the part before @ */
    localPart: z
      .string()
      .trim()
      .toLowerCase()
      .max(64)
      .regex(/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/, 'MAILBOX_FORMAT'),
    ownerAgencyId: Uuid,
    holderName: optionalText(200),
  })
  .meta({ id: 'MailboxInput' });

export const MailboxView = z
  .object({
    id: Uuid,
    domainId: Uuid,
    address: z.string(),
    ownerAgencyId: Uuid,
    ownerAgencyName: z.string(),
    holderName: z.string().nullable(),
    status: z.enum(['active', 'retired']),
    createdAt: z.string(),
  })
  .meta({ id: 'Mailbox' });

export const DomainRules = z
  .object({ tenantDomain: z.string(), decreeRequired: z.boolean() })
  .meta({ id: 'DomainRules' });
