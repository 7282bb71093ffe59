/**
 * Permohonan subdomain: an agency asks the ICT office for a subdomain of the tenant's domain.
 * Palu 14/2022 Ps 18(1), (3); Jambi 10/2017 Ps 10(3)–(4); Dumai 18/2019 Ps 15(4)–(6).
 */
import { z } from 'zod';
import type { Citation } from '../../regulations/types';
import type { RequestTypeDefinition } from '../types';
import {
  buildLifecycleStates,
  buildRejectTransition,
  buildRequesterTransitions,
  buildReturnTransition,
  defaultReviewWorkingDays,
  ictOfficeHead,
  ictOfficeStaff,
} from './common';
import { toSubdomainLabel, validateSubdomainName } from './subdomain-name';

const text = z.string().trim().min(1);

export const subdomainUsages = [
  // Dumai 18/2019 Ps 15(4): "website OPD, produk, ataupun layanan daerah"
  'agency_website',
  'product',
  'regional_service',
  // Palu 14/2022 Ps 18(1): "untuk Aplikasi SPBE dan situs layanan informasi"
  'spbe_application',
] as const;

export function buildSubdomainForm(tenantDomain: string) {
  return z.object({
    // The stored name is the label alone ("disdik"), whatever form the person typed.
    name: z
      .string()
      .superRefine((value, ctx) => {
        const code = validateSubdomainName(value, tenantDomain);
        if (code) ctx.addIssue({ code: 'custom', message: code });
      })
      .transform((value) => toSubdomainLabel(value, tenantDomain)),
    usage: z.enum(subdomainUsages),
    description: text,
    applicationId: z.uuid().optional(),
  });
}

export type SubdomainForm = z.infer<ReturnType<typeof buildSubdomainForm>>;

export const subdomainRejectionReasons = [
  // Simpul: the name is taken or too close to an existing one
  'name_unavailable',
  // Dumai 18/2019 Ps 15(4): subdomains serve agency websites, products and regional services
  'usage_not_permitted',
] as const;

export interface SubdomainOptions {
  tenantDomain: string;
  /** Jambi 10/2017 Ps 10(4): "Penggunaan subdomain ... ditetapkan dengan Keputusan Walikota" */
  decreeRequired: boolean;
  reviewWorkingDays?: number;
}

export function buildSubdomainType(options: SubdomainOptions): RequestTypeDefinition {
  const citations: Citation[] = [
    { regulation: 'palu-14-2022', pasal: '18', ayat: '3' },
    { regulation: 'jambi-10-2017', pasal: '10', ayat: '3' },
    { regulation: 'dumai-18-2019', pasal: '15', ayat: '6' },
  ];
  // The decree is the mayor's, not the requester's: the ICT office records it when it approves.
  const decree = options.decreeRequired ? { outcome: z.object({ decreeRef: text }) } : {};
  return {
    code: 'subdomain',
    citations,
    states: buildLifecycleStates([
      { code: 'submitted', deadline: { workingDays: options.reviewWorkingDays ?? defaultReviewWorkingDays } },
    ]),
    initialState: 'draft',
    transitions: [
      ...buildRequesterTransitions({ submitRequires: { form: true }, openStates: ['submitted'] }),
      buildReturnTransition('submitted', ictOfficeStaff),
      {
        name: 'approve',
        from: ['submitted'],
        to: 'approved',
        actor: ictOfficeHead,
        review: true,
        requires: decree,
        citations: options.decreeRequired ? [...citations, { regulation: 'jambi-10-2017', pasal: '10', ayat: '4' }] : citations,
      },
      { ...buildRejectTransition('submitted', ictOfficeHead, subdomainRejectionReasons), citations },
    ],
    addressees: { to: [{ kind: 'special_agency', specialRole: 'ict_office' }], copies: [], citations },
    onComplete: { state: 'approved', effect: { kind: 'register_subdomain' } },
    form: buildSubdomainForm(options.tenantDomain),
  };
}
